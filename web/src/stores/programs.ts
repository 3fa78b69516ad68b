// Programs and their stage gates: everyone signed in reads them; the admin replaces a program's gates.
import { defineStore } from 'pinia';
import { ref } from 'vue';
import { request } from '../api/client';
import { ProgramQuery, ProgramsQuery, SetProgramGatesMutation } from '../api/challenge-admin';
import type { ProgramFieldsFragment, StageGateInput } from '../api/generated/graphql';

export type Program = ProgramFieldsFragment;

export const useProgramsStore = defineStore('programs', () => {
  const list = ref<Program[]>([]);
  const loading = ref(false);
  const loadError = ref<unknown>(null);

  async function load(): Promise<void> {
    loading.value = true;
    loadError.value = null;
    try {
      const ids = (await request(ProgramsQuery)).programs.map((p) => p.id);
      const programs = await Promise.all(ids.map(async (id) => (await request(ProgramQuery, { id })).program));
      list.value = programs.filter((p): p is Program => p !== null);
    } catch (error) {
      loadError.value = error;
    } finally {
      loading.value = false;
    }
  }

  async function setGates(id: string, gates: StageGateInput[]): Promise<void> {
    const saved = (await request(SetProgramGatesMutation, { id, gates })).setProgramGates;
    list.value = list.value.map((p) => (p.id === id ? saved : p));
  }

  return { list, loading, loadError, load, setGates };
});
