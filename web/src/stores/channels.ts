// The program's partners and pilots, and the board's view of state support.
import { defineStore } from 'pinia';
import { ref } from 'vue';
import { request } from '../api/client';
import {
  AddPartnerAgreementMutation,
  CreatePartnerMutation,
  CreatePilotMutation,
  PartnersAndPilotsQuery,
  PilotFormOptionsQuery,
  StateSupportOverviewQuery,
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
  const loading = ref(false);
  const loadError = ref<unknown>(null);

  async function load(): Promise<void> {
    loading.value = true;
    loadError.value = null;
    try {
      const data = await request(PartnersAndPilotsQuery);
      partners.value = data.strategicPartners;
      pilots.value = data.pilotAgreements;
    } catch (error) {
      loadError.value = error;
    } finally {
      loading.value = false;
    }
  }

  async function loadSupport(): Promise<void> {
    support.value = (await request(StateSupportOverviewQuery)).stateSupportOverview;
  }

  async function createPartner(input: StrategicPartnerInput): Promise<void> {
    await request(CreatePartnerMutation, { input });
    await load();
  }

  async function addAgreement(input: PartnerAgreementInput): Promise<void> {
    await request(AddPartnerAgreementMutation, { input });
    await load();
  }

  async function pilotOptions(): Promise<PilotOptions> {
    const data = await request(PilotFormOptionsQuery);
    return {
      startups: data.startups.edges.map((e) => e.node),
      proposals: data.pppProposals.filter((p) => !p.outcome),
    };
  }

  async function createPilot(input: CreatePilotAgreementInput): Promise<void> {
    await request(CreatePilotMutation, { input });
    await load();
  }

  async function updatePilot(id: string, input: UpdatePilotAgreementInput): Promise<void> {
    await request(UpdatePilotMutation, { id, input });
    await load();
  }

  return {
    partners,
    pilots,
    support,
    loading,
    loadError,
    load,
    loadSupport,
    createPartner,
    addAgreement,
    pilotOptions,
    createPilot,
    updatePilot,
  };
});
