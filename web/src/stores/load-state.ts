// The shape stores share: a load that shows `loading` and keeps its error for the page to show (never thrown), and
// changes that, once the server accepted them, load the data again so the page shows what the server kept.
import { ref } from 'vue';

/** `loading` while a load runs and the error of the last one; `track` runs a load under them. */
export function useLoadState() {
  const loading = ref(false);
  const loadError = ref<unknown>(null);

  async function track(run: () => Promise<void>): Promise<void> {
    loading.value = true;
    loadError.value = null;
    try {
      await run();
    } catch (error) {
      loadError.value = error;
    } finally {
      loading.value = false;
    }
  }

  return { loading, loadError, track };
}

/**
 * A store's one load (`fetch` reads the server and fills the store) and `saveThenLoad`, which sends a change and
 * loads again; a refused change is thrown to the form that sent it and nothing is loaded.
 */
export function useReloadingStore(fetch: () => Promise<void>) {
  const { loading, loadError, track } = useLoadState();
  const load = () => track(fetch);

  async function saveThenLoad(send: () => Promise<unknown>): Promise<void> {
    await send();
    await load();
  }

  return { loading, loadError, load, saveThenLoad };
}
