// Splits a data page's first render in two: what the first screen needs is built at once, the rest in the task
// after the browser has painted it. A phone's main thread is then never held for a whole page at once (each long
// task there delays a tap and counts as blocking time), and the reader sees the top of the page no later.
import { onMounted, ref, type Ref } from 'vue';

/** False during the component's first render; true from the task after that render has been painted. */
export function useAfterFirstPaint(): Ref<boolean> {
  const painted = ref(false);
  onMounted(() => {
    const build = () => {
      painted.value = true;
    };
    // A frame callback runs just before the paint; the timeout set there runs just after it. A hidden tab paints
    // nothing and runs no frames, so it builds on the next task instead.
    if (document.visibilityState === 'visible') requestAnimationFrame(() => setTimeout(build, 0));
    else setTimeout(build, 0);
  });
  return painted;
}
