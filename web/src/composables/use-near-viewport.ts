// Content far below the first screen is built only once the reader scrolls near it (or prints the page), so a
// phone's first render and its main thread are spent on what is on screen. Printing needs every section: the
// browser's print (Ctrl+P) fires `beforeprint`, and a page's own print button calls `revealAll()` first. The first
// Tab key builds everything too, so keyboard order never skips a section.
import { onBeforeUnmount, onMounted, ref, watch, type Ref } from 'vue';

/** Set once anything asks for the whole page (a print, a keyboard): every deferred section renders from then on. */
const everything = ref(false);

// Someone moving with Tab must reach every link and button in page order: a section still waiting would be skipped
// over to the footer. A Tab builds them all (again after a print has put them back to waiting).
if (typeof window !== 'undefined') {
  const onTab = (event: KeyboardEvent) => {
    if (event.key !== 'Tab') return;
    everything.value = true;
  };
  window.addEventListener('keydown', onTab, true);
}

/**
 * Renders every deferred section on the page and waits (up to 3 s) until none has been waiting for a moment: a
 * section's code may still be on its way, and sections inside it appear only once it is in.
 */
export async function revealAll(): Promise<void> {
  everything.value = true;
  window.addEventListener('afterprint', () => (everything.value = false), { once: true });
  const waiting = () => document.querySelector('[data-deferred]') !== null;
  for (let quiet = 0, tries = 0; quiet < 3 && tries < 30; tries++) {
    await new Promise((done) => setTimeout(done, 100));
    quiet = waiting() ? 0 : quiet + 1;
  }
}

/**
 * Turns true once `target` comes within `margin` of the viewport (or the page is printed), and stays true.
 * Without IntersectionObserver (very old browsers) it is true at once. The margin is a short scroll: a section
 * just below a desktop screen waits until the reader moves towards it instead of being built with the first screen
 * (the fund page's ledger tables were half of its start-up on a desktop).
 */
export function useNearViewport(target: Ref<HTMLElement | null>, margin = '100px'): Ref<boolean> {
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
