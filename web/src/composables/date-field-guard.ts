// A form never sends a date the reader can see is wrong: a form holding DateFields calls `useDateFieldGuard()`, each
// DateField inside it reports whether it holds typed text that is not a day (unreadable, no such day, out of
// bounds), and the form keeps its submit disabled with `reason` beside it while any does. The field says what is
// wrong under itself; the server never sees the text.
import { computed, inject, onBeforeUnmount, provide, reactive, watch, type ComputedRef, type InjectionKey } from 'vue';
import { useI18n } from 'vue-i18n';

type DateFieldRegistry = { report: (id: string, refused: boolean) => void };

const REGISTRY: InjectionKey<DateFieldRegistry> = Symbol('date-field-guard');

export type DateFieldGuard = {
  /** Why the form cannot be sent while a date field holds text that is not a day; null when every field reads. */
  reason: ComputedRef<string | null>;
};

/** Called by a form: its DateFields (its own, or inside its dialogs' slots) report to it. */
export function useDateFieldGuard(): DateFieldGuard {
  const { t } = useI18n();
  const refused = reactive(new Set<string>());
  provide(REGISTRY, {
    report: (id, isRefused) => (isRefused ? refused.add(id) : refused.delete(id)),
  });
  return { reason: computed(() => (refused.size > 0 ? t('dateField.fixBeforeSending') : null)) };
}

/** Called by DateField: tells the enclosing form, if any, whether its text is refused. */
export function reportToDateFieldGuard(id: () => string, refused: () => boolean): void {
  const registry = inject(REGISTRY, null);
  if (!registry) return;
  watch(
    () => ({ key: id(), isRefused: refused() }),
    (now, before) => {
      if (before && before.key !== now.key) registry.report(before.key, false);
      registry.report(now.key, now.isRefused);
    },
    { immediate: true },
  );
  onBeforeUnmount(() => registry.report(id(), false));
}
