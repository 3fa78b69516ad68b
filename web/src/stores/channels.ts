// The program's partners (added and edited by managers) and pilots, and the board's view of state support.
import { defineStore } from 'pinia';
import { ref } from 'vue';
import { request } from '../api/client';
import { useReloadingStore } from './load-state';
import {
  AddPartnerAgreementMutation,
  CreatePartnerMutation,
  CreatePilotMutation,
  PartnersAndPilotsQuery,
  PilotFormOptionsQuery,
  StateSupportOverviewQuery,
  UpdatePartnerMutation,
  UpdatePilotMutation,
} from '../api/channels';
import type {
  CreatePilotAgreementInput,
  PartnerAgreementInput,
  PartnersAndPilotsQuery as PartnersData,
  StateSupportOverviewQuery as OverviewData,
  StrategicPartnerInput,
  UpdatePilotAgreementInput,
} from '../api/generated/graphql';

export type StrategicPartner = PartnersData['strategicPartners'][number];
export type Pilot = PartnersData['pilotAgreements'][number];
export type SupportOverview = OverviewData['stateSupportOverview'];

/** What a new pilot may name: a startup, and an accepted PPP proposal not yet turned into anything. */
export interface PilotOptions {
  startups: { id: string; name: string }[];
  proposals: { id: string; code: string; title: string }[];
}

export const useChannelsStore = defineStore('channels', () => {
  const partners = ref<StrategicPartner[]>([]);
  const pilots = ref<Pilot[]>([]);
  const support = ref<SupportOverview | null>(null);
  const { loading, loadError, load, saveThenLoad } = useReloadingStore(async () => {
    const data = await request(PartnersAndPilotsQuery);
    partners.value = data.strategicPartners;
    pilots.value = data.pilotAgreements;
  });

  async function loadSupport(): Promise<void> {
    support.value = (await request(StateSupportOverviewQuery)).stateSupportOverview;
  }

  const createPartner = (input: StrategicPartnerInput) => saveThenLoad(() => request(CreatePartnerMutation, { input }));
  const updatePartner = (id: string, input: StrategicPartnerInput) =>
    saveThenLoad(() => request(UpdatePartnerMutation, { id, input }));
  const addAgreement = (input: PartnerAgreementInput) =>
    saveThenLoad(() => request(AddPartnerAgreementMutation, { input }));

  async function pilotOptions(): Promise<PilotOptions> {
    const data = await request(PilotFormOptionsQuery);
    return {
      startups: data.startups.edges.map((e) => e.node),
      proposals: data.pppProposals.filter((p) => !p.outcome),
    };
  }

  const createPilot = (input: CreatePilotAgreementInput) => saveThenLoad(() => request(CreatePilotMutation, { input }));
  const updatePilot = (id: string, input: UpdatePilotAgreementInput) =>
    saveThenLoad(() => request(UpdatePilotMutation, { id, input }));

  return {
    partners,
    pilots,
    support,
    loading,
    loadError,
    load,
    loadSupport,
    createPartner,
    updatePartner,
    addAgreement,
    pilotOptions,
    createPilot,
    updatePilot,
  };
});
