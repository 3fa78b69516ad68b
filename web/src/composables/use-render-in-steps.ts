// A long page built in steps: once its data is in, the first screen renders and paints, then each further step
// (the sections below it) in a task of its own after the next frame. The largest paint does not wait for tables
// and charts below the fold, and one long task becomes several shorter ones. Content is only ever added below
// what is shown, so nothing already painted moves.
import { onBeforeUnmount, ref, watch, type Ref } from 'vue';

/** Counts from 0 up to `steps`, one step per frame after `ready()` first turns true. */
export function useRenderInSteps(ready: () => boolean, steps: number): Ref<number> {
  const shown = ref(0);
  let frame = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const next = () => {
    // After the frame is painted, not within it: a task of its own.
    frame = requestAnimationFrame(() => {
      timer = setTimeout(() => {
        shown.value += 1;
        if (shown.value < steps) next();
      });
    });
  };
  const stop = watch(
    ready,
    (isReady) => {
      if (!isReady || shown.value > 0 || frame) return;
      next();
    },
    { immediate: true },
  );
  onBeforeUnmount(() => {
    stop();
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  });
  return shown;
}
