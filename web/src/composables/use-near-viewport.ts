// Content far below the first screen is built only once the reader scrolls near it (or prints the page), so a
// phone's first render and its main thread are spent on what is on screen. Printing needs every section: the
// browser's print (Ctrl+P) fires `beforeprint`, and a page's own print button calls `revealAll()` first.
import { onBeforeUnmount, onMounted, ref, watch, type Ref } from 'vue';

/** Set once anything asks for the whole page (a print): every deferred section renders from then on. */
const everything = ref(false);

/** Renders every deferred section on the page, then waits for Vue to have put them in the document. */
export async function revealAll(): Promise<void> {
  everything.value = true;
  window.addEventListener('afterprint', () => (everything.value = false), { once: true });
  await new Promise((done) => requestAnimationFrame(() => done(undefined)));
}

/**
 * Turns true once `target` comes within `margin` of the viewport (or the page is printed), and stays true.
 * Without IntersectionObserver (very old browsers) it is true at once.
 */
export function useNearViewport(target: Ref<HTMLElement | null>, margin = '400px'): Ref<boolean> {
  const near = ref(everything.value || typeof IntersectionObserver === 'undefined');
  let observer: IntersectionObserver | undefined;
  const reveal = () => {
    near.value = true;
  };
  const stop = () => {
    observer?.disconnect();
    window.removeEventListener('beforeprint', reveal);
  };
  onMounted(() => {
    if (near.value || !target.value) return;
    observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && reveal(), {
      rootMargin: `${margin} 0px`,
    });
    observer.observe(target.value);
    window.addEventListener('beforeprint', reveal);
  });
  watch(everything, (all) => all && reveal());
  watch(near, (isNear) => isNear && stop());
  onBeforeUnmount(stop);
  return near;
}
