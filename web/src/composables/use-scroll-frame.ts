// A table wider than a phone scrolls inside its frame (PrimeVue's table container). The frame takes the keyboard focus
// (arrow keys scroll it) and names itself, or a keyboard user could never reach the columns past the screen's edge.
import { computed, toValue, type MaybeRefOrGetter } from 'vue';
import { useI18n } from 'vue-i18n';

/** PrimeVue pass-through options for a DataTable; `label` names the frame (a generic name when absent). */
export function useScrollFrame(label?: MaybeRefOrGetter<string | undefined>) {
  const { t } = useI18n();
  return computed(() => ({
    tableContainer: { tabindex: 0, role: 'region', 'aria-label': toValue(label) ?? t('table.scrollFrame') },
  }));
}
