// A dialog's code is fetched and built the first time it is opened, not with the page: most visits never open it.
// Once opened it stays mounted, so its closing animation plays and a reopened form keeps its state.
import { ref, watch, type Ref } from 'vue';

export function useOpenedOnce(open: () => boolean): Readonly<Ref<boolean>> {
  const opened = ref(open());
  watch(open, (isOpen) => isOpen && (opened.value = true), { flush: 'sync' });
  return opened;
}
