// The PPP portal: published priority tasks and the channels' public figures (GET, cacheable), the anonymous
// proposal and its status by receipt code, and the managers' review of proposals.
import { defineStore } from 'pinia';
import { ref } from 'vue';
import { request, requestPublic } from '../api/client';
import { downloadFile, postForm } from '../api/files';
import { useAuthStore } from './auth';
import { useLoadState } from './load-state';
import {
  ChannelsSummaryQuery,
  ConvertPppProposalMutation,
  MovePppProposalMutation,
  PppContractStartupsQuery,
  PppProposalStatusQuery,
  PppProposalsQuery,
  PriorityTasksQuery,
  SubmitPppProposalMutation,
} from '../api/channels';
import type {
  ChannelsSummaryQuery as ChannelsSummaryData,
  PppOutcome,
  PppProposalsQuery as PppProposalsData,
  PppStatus,
  PriorityTaskFieldsFragment,
  SubmitPppProposalInput,
} from '../api/generated/graphql';

export type PriorityTask = PriorityTaskFieldsFragment;
export type PppProposal = PppProposalsData['pppProposals'][number];
export type ChannelsSummary = ChannelsSummaryData['channelsSummary'];

export const usePppStore = defineStore('ppp', () => {
  /** Published priority tasks, nearest deadline first. */
  const tasks = ref<PriorityTask[]>([]);
  const summary = ref<ChannelsSummary | null>(null);
  /** Proposals as managers see them, newest first. */
  const proposals = ref<PppProposal[]>([]);
  const { loading, loadError, track } = useLoadState();

  const loadPublic = () =>
    track(async () => {
      const [t, s] = await Promise.all([requestPublic(PriorityTasksQuery), requestPublic(ChannelsSummaryQuery)]);
      tasks.value = t.priorityTasks;
      summary.value = s.channelsSummary;
    });

  const loadProposals = (status: PppStatus | null) =>
    track(async () => {
      proposals.value = (await request(PppProposalsQuery, { status })).pppProposals;
    });

  /** Sends a proposal; with files, as one multipart request (the proposal as JSON beside its attachments). */
  async function submit(input: SubmitPppProposalInput, files: readonly File[] = []) {
    if (files.length === 0) return (await request(SubmitPppProposalMutation, { input })).submitPppProposal;
    const form = new FormData();
    form.append('proposal', JSON.stringify(input));
    for (const file of files) form.append('attachments', file, file.name);
    return postForm<{ code: string; status: PppStatus; submittedAt: string }>('/api/ppp/proposals', form);
  }

  /** A proposal's attachment, for managers and the board. */
  function downloadAttachment(id: string, fileName: string): Promise<void> {
    return downloadFile(`/api/ppp/attachments/${id}`, fileName, useAuthStore().token);
  }

  async function statusOf(code: string) {
    return (await request(PppProposalStatusQuery, { code })).pppProposalStatus;
  }

  async function move(id: string, to: PppStatus, reason: string | null): Promise<void> {
    await request(MovePppProposalMutation, { id, to, reason });
  }

  /** An accepted proposal becomes a draft problem statement, or a PPP contract with the startup `startupId`. */
  async function convert(id: string, outcome: PppOutcome, startupId: string | null): Promise<void> {
    await request(ConvertPppProposalMutation, { id, input: { outcome, startupId } });
  }

  /** The startups a PPP contract may be signed with, by name. */
  async function contractStartups(): Promise<{ id: string; name: string }[]> {
    return (await request(PppContractStartupsQuery)).startups.edges.map((edge) => edge.node);
  }

  return {
    tasks,
    summary,
    proposals,
    loading,
    loadError,
    loadPublic,
    loadProposals,
    submit,
    downloadAttachment,
    statusOf,
    move,
    convert,
    contractStartups,
  };
});
