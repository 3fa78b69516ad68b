// The editing state shared by the manager's startup page and the founder's page: which dialog is open,
// saving flags, server refusals per dialog, and the announcement after a change.
import { ref } from 'vue';
import { useI18n } from 'vue-i18n';
import type { ChecklistItemFieldsFragment, MilestoneFieldsFragment } from '../api/generated/graphql';
import type { MilestoneFormValue } from '../components/program/MilestoneDialog.vue';
import type { ChecklistFormValue } from '../components/program/ChecklistDialog.vue';
import type { MetricFormValue } from '../components/program/MetricReportDialog.vue';
import { useStartupStore } from '../stores/startups';
import { useApiError } from './use-api-error';
import { useLabels } from './use-labels';

type ServerError = { message: string; field: string | null } | null;

export function useProgressEditing() {
  const { t } = useI18n();
  const { explain } = useApiError();
  const labels = useLabels();
  const store = useStartupStore();

  /** Polite status line after a successful change. */
  const announcement = ref('');
  /** An error outside any dialog (e.g. verify refused). */
  const actionError = ref<string | null>(null);

  const milestoneDialog = ref(false);
  const editedMilestone = ref<MilestoneFieldsFragment | null>(null);
  const milestoneSaving = ref(false);
  const milestoneError = ref<ServerError>(null);
  const verifyingId = ref<string | null>(null);

  const checklistDialog = ref(false);
  const editedItem = ref<ChecklistItemFieldsFragment | null>(null);
  const checklistSaving = ref(false);
  const checklistError = ref<ServerError>(null);

  const metricDialog = ref(false);
  const metricSaving = ref(false);
  const metricError = ref<ServerError>(null);

  function openMilestone(m: MilestoneFieldsFragment | null): void {
    editedMilestone.value = m;
    milestoneError.value = null;
    milestoneDialog.value = true;
  }

  /** Saves the dialog's milestone; true once saved (a refusal stays in the dialog). */
  async function saveMilestone(value: MilestoneFormValue): Promise<boolean> {
    milestoneSaving.value = true;
    milestoneError.value = null;
    try {
      const m = editedMilestone.value;
      if (m) {
        const saved = await store.updateMilestone(m.id, {
          title: value.title,
          dueDate: value.dueDate,
          status: value.status,
          evidenceUrl: value.evidenceUrl,
          evidenceText: value.evidenceText,
          ...(value.pilot ? { pilot: value.pilot } : {}),
        });
        announcement.value = t('milestones.updated', { title: saved.title });
      } else {
        const saved = await store.createMilestone({
          kind: value.kind,
          title: value.title,
          dueDate: value.dueDate,
          status: value.status,
          evidenceUrl: value.evidenceUrl,
          evidenceText: value.evidenceText,
          ...(value.pilot ? { pilot: value.pilot } : {}),
        });
        announcement.value = t('milestones.added', { title: saved.title });
      }
      milestoneDialog.value = false;
      return true;
    } catch (error) {
      const e = explain(error);
      milestoneError.value = { message: e.message, field: e.field?.replace(/^input\./, '') ?? null };
      return false;
    } finally {
      milestoneSaving.value = false;
    }
  }

  async function verifyMilestone(m: MilestoneFieldsFragment): Promise<void> {
    verifyingId.value = m.id;
    actionError.value = null;
    try {
      await store.verifyMilestone(m.id);
      announcement.value = t('milestones.verified', { title: m.title });
    } catch (error) {
      actionError.value = explain(error).message;
    } finally {
      verifyingId.value = null;
    }
  }

  function openChecklist(item: ChecklistItemFieldsFragment): void {
    editedItem.value = item;
    checklistError.value = null;
    checklistDialog.value = true;
  }

  async function saveChecklist(value: ChecklistFormValue): Promise<void> {
    checklistSaving.value = true;
    checklistError.value = null;
    try {
      await store.updateChecklistItem(value);
      announcement.value = t('checklist.updated', { item: labels.label('checklistKind', value.kind) });
      checklistDialog.value = false;
    } catch (error) {
      const e = explain(error);
      checklistError.value = { message: e.message, field: e.field };
    } finally {
      checklistSaving.value = false;
    }
  }

  function openMetric(): void {
    metricError.value = null;
    metricDialog.value = true;
  }

  /** Sends the dialog's report; true once sent. */
  async function saveMetric(value: MetricFormValue): Promise<boolean> {
    metricSaving.value = true;
    metricError.value = null;
    try {
      await store.submitMetricReport(value);
      announcement.value = t('metrics.submitted', { period: labels.month(value.period) });
      metricDialog.value = false;
      return true;
    } catch (error) {
      const e = explain(error);
      metricError.value = { message: e.message, field: e.field };
      return false;
    } finally {
      metricSaving.value = false;
    }
  }

  return {
    announcement,
    actionError,
    milestoneDialog,
    editedMilestone,
    milestoneSaving,
    milestoneError,
    verifyingId,
    openMilestone,
    saveMilestone,
    verifyMilestone,
    checklistDialog,
    editedItem,
    checklistSaving,
    checklistError,
    openChecklist,
    saveChecklist,
    metricDialog,
    metricSaving,
    metricError,
    openMetric,
    saveMetric,
  };
}
