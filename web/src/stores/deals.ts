// The investment-decision pipeline as the web sees it: the board's cards, the deal being viewed, the writes
// (each answers the deal again), and the files (documents and the dossier) over the HTTP routes.
import { defineStore } from 'pinia';
import { ref } from 'vue';
import { ApiError, request } from '../api/client';
import {
  CastVoteMutation,
  CreateDealMutation,
  DealQuery,
  DealsQuery,
  DecideDealMutation,
  DeclareCommitteeConflictMutation,
  MoveDealMutation,
  DueDiligenceAreasQuery,
  OpenCommitteeMeetingMutation,
  SetDueDiligenceAreasMutation,
  UpdateDueDiligenceItemMutation,
} from '../api/deals';
import type {
  CreateDealInput,
  DealCardFieldsFragment,
  DealFieldsFragment,
  DealStep,
  DocumentKind,
  DueDiligenceStatus,
  OpenCommitteeMeetingInput,
  VoteChoice,
} from '../api/generated/graphql';
import { useAuthStore } from './auth';

export type DealCard = DealCardFieldsFragment;
export type DealDetail = DealFieldsFragment;

export const useDealsStore = defineStore('deals', () => {
  const auth = useAuthStore();
  /** The board's deals, newest change first. */
  const cards = ref<DealCard[]>([]);
  /** The deal being viewed; null until loaded or when it does not exist. */
  const deal = ref<DealDetail | null>(null);

  async function loadBoard(fundId?: string | null): Promise<void> {
    cards.value = (await request(DealsQuery, { fundId: fundId ?? null })).deals;
  }

  /** Approved decisions of a fund for a startup that still have money left (the round form offers them). */
  async function approvedDecisions(fundId: string, startupId: string): Promise<DealCard[]> {
    const { deals } = await request(DealsQuery, { fundId, startupId, step: 'APPROVED' });
    return deals.filter((d) => d.decisionId && BigInt(d.decisionRemaining ?? '0') > 0n);
  }

  async function load(id: string): Promise<void> {
    deal.value = (await request(DealQuery, { id })).deal ?? null;
  }

  async function create(input: CreateDealInput): Promise<DealDetail> {
    const created = (await request(CreateDealMutation, { input })).createDeal;
    deal.value = created;
    return created;
  }

  async function move(id: string, to: DealStep, reason: string | null): Promise<void> {
    deal.value = (await request(MoveDealMutation, { id, to, reason })).moveDeal;
  }

  async function recordFinding(id: string, status: DueDiligenceStatus, finding: string | null): Promise<void> {
    await request(UpdateDueDiligenceItemMutation, { id, status, finding });
    if (deal.value) await load(deal.value.id);
  }

  async function openMeeting(input: OpenCommitteeMeetingInput): Promise<void> {
    deal.value = (await request(OpenCommitteeMeetingMutation, { input })).openCommitteeMeeting;
  }

  async function declare(memberId: string, conflicted: boolean, statement: string | null): Promise<void> {
    deal.value = (
      await request(DeclareCommitteeConflictMutation, { memberId, conflicted, statement })
    ).declareCommitteeConflict;
  }

  async function vote(memberId: string, choice: VoteChoice, reason: string): Promise<void> {
    deal.value = (await request(CastVoteMutation, { memberId, choice, reason })).castVote;
  }

  async function decide(dealId: string, minutes: string, approvedAmount: string | null): Promise<void> {
    deal.value = (await request(DecideDealMutation, { dealId, minutes, approvedAmount })).decideDeal;
  }

  /** A fund's due-diligence areas, in order (the default list until the fund edits it). */
  async function loadAreas(fundId: string): Promise<string[]> {
    return (await request(DueDiligenceAreasQuery, { fundId })).dueDiligenceAreas;
  }

  /** Replaces a fund's areas; deals sourced from now on start their checklist from them. */
  async function saveAreas(fundId: string, areas: string[]): Promise<string[]> {
    return (await request(SetDueDiligenceAreasMutation, { fundId, areas })).setDueDiligenceAreas;
  }

  function authHeaders(): Record<string, string> {
    return auth.token ? { authorization: `Bearer ${auth.token}` } : {};
  }

  async function refusalOf(response: Response): Promise<ApiError> {
    const body = (await response.json().catch(() => null)) as {
      error?: { code: string; message: string; field?: string; reason?: string };
    } | null;
    const error = body?.error;
    return new ApiError(error?.code ?? 'NETWORK_ERROR', error?.message ?? response.statusText, {
      field: error?.field ?? undefined,
      reason: error?.reason ?? undefined,
    });
  }

  async function upload(dealId: string, file: File, kind: DocumentKind, area: string | null): Promise<void> {
    const form = new FormData();
    form.append('file', file, file.name);
    const query = new URLSearchParams({ kind, ...(area ? { area } : {}) });
    const response = await fetch(`/api/deals/${dealId}/documents?${query.toString()}`, {
      method: 'POST',
      headers: authHeaders(),
      body: form,
    });
    if (!response.ok) throw await refusalOf(response);
    await load(dealId);
  }

  /** Fetches a file with the signed-in user's token and hands it to the browser as a download. */
  async function download(url: string, fallbackName: string): Promise<void> {
    const response = await fetch(url, { headers: authHeaders() });
    if (!response.ok) throw await refusalOf(response);
    const disposition = response.headers.get('content-disposition') ?? '';
    const encoded = /filename\*=UTF-8''([^;]+)/.exec(disposition)?.[1];
    const name = encoded ? decodeURIComponent(encoded) : fallbackName;
    const blob = await response.blob();
    const link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = name;
    document.body.append(link);
    link.click();
    link.remove();
    URL.revokeObjectURL(link.href);
  }

  const downloadDocument = (id: string, name: string) => download(`/api/documents/${id}`, name);
  const downloadDossier = (dealId: string) => download(`/api/deals/${dealId}/dossier`, 'dossier.zip');

  return {
    cards,
    deal,
    loadBoard,
    approvedDecisions,
    load,
    create,
    move,
    recordFinding,
    openMeeting,
    declare,
    vote,
    decide,
    loadAreas,
    saveAreas,
    upload,
    downloadDocument,
    downloadDossier,
  };
});
