// An action behind a confirm button: busy while it runs (a second click does nothing), its refusal in words after.
import { ref } from 'vue';
import { useApiError } from './use-api-error';

export function useBusyAction() {
  const { explain } = useApiError();
  const busy = ref(false);
  const error = ref<string | null>(null);

  async function run(action: () => Promise<void>): Promise<void> {
    if (busy.value) return;
    busy.value = true;
    error.value = null;
    try {
      await action();
    } catch (caught) {
      error.value = explain(caught).message;
    } finally {
      busy.value = false;
    }
  }

  return { busy, error, run };
}
