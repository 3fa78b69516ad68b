// Startups: one startup's full page (a manager's view by id, or the founder's own), its progress
// (milestones, checklist, metric reports) and stage moves. Refusals are thrown as ApiError for the page.
import { defineStore } from 'pinia';
import { computed, ref } from 'vue';
import { useLoadState } from './load-state';
import { request } from '../api/client';
import { CreateStartupMutation, MoveStartupMutation, MyStartupsQuery, StartupQuery } from '../api/startups';
import { InviteFounderMutation, StartupInvitationsQuery } from '../api/invitations';
import {
  CreateMilestoneMutation,
  SubmitMetricReportMutation,
  UpdateChecklistItemMutation,
  UpdateMilestoneMutation,
  VerifyMilestoneMutation,
} from '../api/progress';
import { AssignStartupToCohortMutation } from '../api/cohorts';
import type {
  CreateMilestoneInput,
  CreateStartupInput,
  StartupInvitationsQuery as InvitationsData,
  Stage,
  StartupDetailFieldsFragment,
  SubmitMetricReportInput,
  UpdateChecklistItemInput,
  UpdateMilestoneInput,
} from '../api/generated/graphql';

export type StartupDetail = StartupDetailFieldsFragment;
export type StartupInvitation = InvitationsData['invitations'][number];

export const useStartupStore = defineStore('startup', () => {
  /** The startup shown on the page, with its history and progress. */
  const current = ref<StartupDetail | null>(null);
  /** For a founder: every startup they belong to (usually one). */
  const mine = ref<StartupDetail[]>([]);
  /** `loading` while a load runs, and its failure (the page explains it). */
  const { loading, loadError, track: guardedLoad } = useLoadState();

  const id = computed(() => current.value?.id ?? null);

  function load(startupId: string): Promise<void> {
    return guardedLoad(async () => {
      const data = await request(StartupQuery, { id: startupId });
      current.value = data.startup;
    });
  }

  /** The founder's startups; shows `preferredId` when it is one of them, else the first. */
  function loadMine(preferredId?: string | null): Promise<void> {
    return guardedLoad(async () => {
      const data = await request(MyStartupsQuery);
      mine.value = data.myStartups;
      current.value = data.myStartups.find((s) => s.id === preferredId) ?? data.myStartups[0] ?? null;
    });
  }

  /** Reloads the current startup after a change (history, gate and progress all move together). */
  async function refresh(): Promise<void> {
    if (!current.value) return;
    const data = await request(StartupQuery, { id: current.value.id });
    if (data.startup) {
      current.value = data.startup;
      mine.value = mine.value.map((s) => (s.id === data.startup?.id ? data.startup : s));
    }
  }

  async function move(startupId: string, to: Stage, reason?: string | null) {
    const data = await request(MoveStartupMutation, { id: startupId, to, reason: reason ?? null });
    if (current.value?.id === startupId) await refresh();
    return data.moveStartup;
  }

  async function assignCohort(cohortId: string | null): Promise<void> {
    if (!id.value) return;
    await request(AssignStartupToCohortMutation, { startupId: id.value, cohortId });
    await refresh();
  }

  async function createMilestone(input: Omit<CreateMilestoneInput, 'startupId'>) {
    if (!id.value) throw new Error('No startup loaded');
    const data = await request(CreateMilestoneMutation, { input: { ...input, startupId: id.value } });
    await refresh();
    return data.createMilestone;
  }

  async function updateMilestone(milestoneId: string, input: UpdateMilestoneInput) {
    const data = await request(UpdateMilestoneMutation, { id: milestoneId, input });
    await refresh();
    return data.updateMilestone;
  }

  async function verifyMilestone(milestoneId: string) {
    const data = await request(VerifyMilestoneMutation, { id: milestoneId });
    await refresh();
    return data.verifyMilestone;
  }

  async function updateChecklistItem(input: Omit<UpdateChecklistItemInput, 'startupId'>) {
    if (!id.value) throw new Error('No startup loaded');
    const data = await request(UpdateChecklistItemMutation, { input: { ...input, startupId: id.value } });
    await refresh();
    return data.updateChecklistItem;
  }

  async function submitMetricReport(input: Omit<SubmitMetricReportInput, 'startupId'>) {
    if (!id.value) throw new Error('No startup loaded');
    const data = await request(SubmitMetricReportMutation, { input: { ...input, startupId: id.value } });
    await refresh();
    return data.submitMetricReport;
  }

  /** Invitations sent for the loaded startup (managers only), newest first. */
  const invitations = ref<StartupInvitation[]>([]);

  async function loadInvitations(): Promise<void> {
    if (!id.value) return;
    const data = await request(StartupInvitationsQuery, { startupId: id.value });
    invitations.value = [...data.invitations].sort((a, b) =>
      a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0,
    );
  }

  /** Invites a founder by email (again, for a new link, when the last one expired or was lost). */
  async function inviteFounder(email: string): Promise<StartupInvitation> {
    if (!id.value) throw new Error('No startup loaded');
    const data = await request(InviteFounderMutation, { startupId: id.value, email });
    await loadInvitations();
    return data.inviteFounder;
  }

  /** Creates a startup; resolves with its id. */
  async function createStartup(input: CreateStartupInput): Promise<string> {
    return (await request(CreateStartupMutation, { input })).createStartup.id;
  }

  return {
    current,
    mine,
    invitations,
    loadInvitations,
    inviteFounder,
    createStartup,
    loading,
    loadError,
    load,
    loadMine,
    refresh,
    move,
    assignCohort,
    createMilestone,
    updateMilestone,
    verifyMilestone,
    updateChecklistItem,
    submitMetricReport,
  };
});
