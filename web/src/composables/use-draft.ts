// A form's draft kept in this browser (localStorage) until it is sent: restored when the page opens again
// (after a reload or a wrong click), and a prompt before leaving while something typed is not yet sent.
import { onBeforeUnmount, onMounted, ref, toValue, watch, type MaybeRefOrGetter } from 'vue';
import { onBeforeRouteLeave } from 'vue-router';
import { useI18n } from 'vue-i18n';

const PREFIX = 'launchpad.draft.';

function read(key: string): unknown {
  try {
    const raw = localStorage.getItem(PREFIX + key);
    return raw ? JSON.parse(raw) : null;
  } catch {
    return null;
  }
}

/**
 * Keeps `state` (a reactive object) as the draft under `key`. `restored` tells the page to say so;
 * `clear()` forgets the draft once the form is sent (or the person discards it).
 * `guardRoute`: false inside a dialog, whose page may not be the route being left.
 */
export function useDraft<T extends object>(
  key: MaybeRefOrGetter<string | null>,
  state: T,
  options: { guardRoute?: boolean } = {},
) {
  const { t } = useI18n();
  const restored = ref(false);
  /** Something typed is not sent yet. */
  const dirty = ref(false);
  const blank = JSON.stringify(state);

  /** Puts the stored draft (if any) into the form. */
  function restore(): void {
    const k = toValue(key);
    const draft = k ? read(k) : null;
    restored.value = false;
    if (!draft || typeof draft !== 'object') return;
    Object.assign(state, draft);
    restored.value = true;
    dirty.value = true;
  }

  watch(
    () => JSON.stringify(state),
    (json) => {
      const k = toValue(key);
      if (!k) return;
      dirty.value = json !== blank;
      try {
        if (dirty.value) localStorage.setItem(PREFIX + k, json);
        else localStorage.removeItem(PREFIX + k);
      } catch {
        // A full or disabled storage only costs the draft, never the form.
      }
    },
  );

  function clear(): void {
    const k = toValue(key);
    if (k) localStorage.removeItem(PREFIX + k);
    dirty.value = false;
    restored.value = false;
  }

  /** Resets the form to its blank state and forgets the draft. */
  function discard(): void {
    Object.assign(state, JSON.parse(blank));
    clear();
  }

  const onBeforeUnload = (event: BeforeUnloadEvent) => {
    if (!dirty.value) return;
    event.preventDefault();
    // Older browsers show the prompt only when returnValue is set.
    event.returnValue = '';
  };
  onMounted(() => window.addEventListener('beforeunload', onBeforeUnload));
  onBeforeUnmount(() => window.removeEventListener('beforeunload', onBeforeUnload));
  if (options.guardRoute !== false) {
    onBeforeRouteLeave(() => (dirty.value ? window.confirm(t('drafts.leave')) : true));
  }

  return { restored, dirty, restore, clear, discard };
}
