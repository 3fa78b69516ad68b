// The fields of a cohort's form (create and edit share them): name, start and end dates in order.
import { computed, type ComputedRef } from 'vue';
import { useI18n } from 'vue-i18n';
import type { FormField } from '../FormDialog.vue';

export function useCohortFields(): ComputedRef<FormField[]> {
  const { t } = useI18n();
  return computed(() => [
    { key: 'name', label: t('manage.cohortName'), required: true },
    { key: 'startDate', label: t('manage.cohortStart'), type: 'date', required: true },
    {
      key: 'endDate',
      label: t('manage.cohortEnd'),
      type: 'date',
      required: true,
      check: (end, values) => (values.startDate && end < values.startDate ? t('manage.endBeforeStart') : null),
    },
  ]);
}
