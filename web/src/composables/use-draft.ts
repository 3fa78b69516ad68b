// A form's draft kept in this browser (localStorage) until it is sent: put back when the form opens again (after a
// reload, a wrong click or a closed dialog), and a prompt before leaving while something typed is not yet sent.
// One mechanism for every long form — the public pages and the dialogs alike.
import { isRef, onBeforeUnmount, onMounted, ref, toValue, watch, type MaybeRefOrGetter, type Ref } from 'vue';
import { onBeforeRouteLeave, onBeforeRouteUpdate, type RouteLocationNormalized } from 'vue-router';
import { useI18n } from 'vue-i18n';
import { useAuthStore } from '../stores/auth';

const PREFIX = 'launchpad.draft.';

type Json = Record<string, unknown>;

function read(key: string): Json | null {
  try {
    const raw = localStorage.getItem(key);
    const value = raw ? (JSON.parse(raw) as unknown) : null;
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as Json) : null;
  } catch {
    return null;
  }
}

function write(key: string, draft: Json | null): void {
  try {
    if (draft) localStorage.setItem(key, JSON.stringify(draft));
    else localStorage.removeItem(key);
  } catch {
    // A full or disabled storage only costs the draft, never the form.
  }
}

const copy = <T>(value: T): T => (value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T));

/**
 * Several forms of one page share a navigation: the person is asked once, and every form abides by the answer.
 * (Each form's guard receives the same target location.)
 */
let lastAnswer: { to: RouteLocationNormalized; leave: boolean } | null = null;
function askOnce(to: RouteLocationNormalized, ask: () => boolean): boolean {
  if (lastAnswer?.to !== to) lastAnswer = { to, leave: ask() };
  return lastAnswer.leave;
}

export interface DraftOptions {
  /** While false (a closed dialog) nothing is stored and nothing asks; the default is always on. */
  active?: MaybeRefOrGetter<boolean>;
  /** While true the form is being sent: leaving (to the record just created) asks nothing. */
  sending?: MaybeRefOrGetter<boolean>;
}

/**
 * Keeps the form `state` (a reactive object, or a ref of one) as a draft under `key` (null: not kept).
 * What is stored is only what differs from the form as it was opened: the top-level fields changed.
 *
 * - `begin()` when the form opens, once its fields hold their starting values (blank, or the record being edited):
 *   those become the form "as opened", and a stored draft is put over them (`restored` then says so).
 * - `clear()` once the form is sent: nothing is unsent any more. `clear(...fields)` for a form whose top-level
 *   fields are sent apart (a finding per area).
 * - `discard()` puts the form back as it was opened and forgets the draft.
 */
export function useDraft<T extends object>(
  key: MaybeRefOrGetter<string | null>,
  state: T | Ref<T>,
  options: DraftOptions = {},
) {
  const { t } = useI18n();
  const auth = useAuthStore();
  /** The form was filled from a draft when it opened. */
  const restored = ref(false);
  /** Something typed is not sent yet. */
  const dirty = ref(false);

  const current = (): Json => (isRef(state) ? state.value : state) as Json;
  const active = () => toValue(options.active ?? true);
  /** Drafts are the person's own: a shared computer does not show one account's draft to another. */
  const storageKey = (): string | null => {
    const k = toValue(key);
    return k ? `${PREFIX}${auth.me?.id ?? 'public'}.${k}` : null;
  };
  let opened: Json = copy(current());
  /** The storage key `begin()` opened the form under: nothing is written for a key the form was not opened with. */
  let begun: string | null = null;

  /** The top-level fields that differ from the form as opened, or null when none does. */
  function changes(): Json | null {
    const now = current();
    const changed = Object.keys(now).filter((field) => JSON.stringify(now[field]) !== JSON.stringify(opened[field]));
    return changed.length ? Object.fromEntries(changed.map((field) => [field, copy(now[field])])) : null;
  }

  function persist(): void {
    const k = storageKey();
    if (!k || k !== begun || !active()) return;
    const draft = changes();
    dirty.value = draft !== null;
    write(k, draft);
  }

  function assign(values: Json): void {
    if (isRef(state)) state.value = { ...current(), ...copy(values) } as T;
    else Object.assign(state, copy(values));
  }

  function begin(): void {
    opened = copy(current());
    const k = storageKey();
    const stored = k ? read(k) : null;
    // Only the fields this form still has (a draft from an older form leaves out what it no longer asks).
    const draft = stored ? Object.fromEntries(Object.entries(stored).filter(([field]) => field in opened)) : {};
    const again = k === begun;
    begun = k;
    assign(draft);
    // Opened again while still open (the record reloaded after a part was sent): nothing new was restored.
    if (!again) restored.value = changes() !== null;
    persist();
  }

  watch(() => JSON.stringify(current()), persist);
  // A closed dialog opens afresh next time.
  watch(active, (on) => {
    if (!on) begun = null;
  });

  function clear(...fields: (keyof T & string)[]): void {
    if (fields.length) for (const field of fields) opened = { ...opened, [field]: copy(current()[field]) };
    else {
      opened = copy(current());
      restored.value = false;
    }
    const k = storageKey();
    const draft = changes();
    dirty.value = draft !== null;
    if (k) write(k, draft);
  }

  function discard(): void {
    assign(opened);
    clear();
  }

  const unsent = () => active() && dirty.value && !toValue(options.sending ?? false);
  const onBeforeUnload = (event: BeforeUnloadEvent) => {
    if (!unsent()) return;
    event.preventDefault();
    // Older browsers show the prompt only when returnValue is set.
    event.returnValue = '';
  };
  onMounted(() => window.addEventListener('beforeunload', onBeforeUnload));
  onBeforeUnmount(() => window.removeEventListener('beforeunload', onBeforeUnload));
  const guard = (to: RouteLocationNormalized) =>
    unsent() ? askOnce(to, () => window.confirm(t('drafts.leave'))) : true;
  onBeforeRouteLeave(guard);
  // The same page for another record (another deal) is a leave too.
  onBeforeRouteUpdate((to, from) => (to.path === from.path ? true : guard(to)));

  return { restored, dirty, begin, clear, discard };
}
