// The managers' work on problem statements: create, edit a draft's text and rubric, publish, close.
// The list it keeps is every statement in every status (the public list lives in the challenges store).
import { defineStore } from 'pinia';
import { ref } from 'vue';
import { request } from '../api/client';
import { ChallengesQuery } from '../api/challenges';
import {
  CloseChallengeMutation,
  CreateChallengeMutation,
  PublishChallengeMutation,
  UpdateChallengeMutation,
} from '../api/challenge-admin';
import type { ChallengeFieldsFragment, ChallengeInput } from '../api/generated/graphql';

export type ManagedChallenge = ChallengeFieldsFragment;

export const useChallengeAdminStore = defineStore('challenge-admin', () => {
  const list = ref<ManagedChallenge[]>([]);
  const loading = ref(false);
  const loadError = ref<unknown>(null);

  async function load(): Promise<void> {
    loading.value = true;
    loadError.value = null;
    try {
      list.value = (await request(ChallengesQuery, {})).challenges;
    } catch (error) {
      loadError.value = error;
    } finally {
      loading.value = false;
    }
  }

  /** Puts the server's answer in place of the listed statement (or first, when new). */
  function replace(challenge: ManagedChallenge): ManagedChallenge {
    const index = list.value.findIndex((c) => c.id === challenge.id);
    if (index >= 0) list.value.splice(index, 1, challenge);
    else list.value.unshift(challenge);
    return challenge;
  }

  // Refusals are thrown for the dialog or the page to explain.
  const create = async (input: ChallengeInput) =>
    replace((await request(CreateChallengeMutation, { input })).createChallenge);
  const update = async (id: string, input: ChallengeInput) =>
    replace((await request(UpdateChallengeMutation, { id, input })).updateChallenge);
  const publish = async (id: string) => replace((await request(PublishChallengeMutation, { id })).publishChallenge);
  const close = async (id: string) => replace((await request(CloseChallengeMutation, { id })).closeChallenge);

  return { list, loading, loadError, load, create, update, publish, close };
});
