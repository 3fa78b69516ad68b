// The program's partners and pilots, and the board's view of state support.
import { defineStore } from 'pinia';
import { ref } from 'vue';
import { request } from '../api/client';
import {
  CreatePartnerMutation,
  CreatePilotMutation,
  PartnersAndPilotsQuery,
  StateSupportOverviewQuery,
  UpdatePilotMutation,
} from '../api/channels';
import type {
  CreatePilotAgreementInput,
  PartnersAndPilotsQuery as PartnersData,
  StateSupportOverviewQuery as OverviewData,
  StrategicPartnerInput,
  UpdatePilotAgreementInput,
} from '../api/generated/graphql';

export type StrategicPartner = PartnersData['strategicPartners'][number];
export type Pilot = PartnersData['pilotAgreements'][number];
export type SupportOverview = OverviewData['stateSupportOverview'];

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

  async function createPilot(input: CreatePilotAgreementInput): Promise<void> {
    await request(CreatePilotMutation, { input });
    await load();
  }

  async function updatePilot(id: string, input: UpdatePilotAgreementInput): Promise<void> {
    await request(UpdatePilotMutation, { id, input });
    await load();
  }

  return { partners, pilots, support, loading, loadError, load, loadSupport, createPartner, createPilot, updatePilot };
});
