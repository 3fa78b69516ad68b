// The sector list: loaded once for the labels every page shows (a startup or problem statement stores the
// sector's code) and the options of every sector picker; ADMIN adds, renames and merges sectors.
import { defineStore } from 'pinia';
import { computed, ref } from 'vue';
import { compareVietnamese } from '@launchpad/shared';
import { request } from '../api/client';
import { CreateSectorMutation, MergeSectorMutation, RenameSectorMutation, SectorsQuery } from '../api/sectors';
import type { CreateSectorInput, RenameSectorInput, SectorFieldsFragment } from '../api/generated/graphql';
import { useLocaleStore } from './locale';

export type Sector = SectorFieldsFragment;

export const useSectorsStore = defineStore('sectors', () => {
  const locale = useLocaleStore();
  /** Every sector, as the server keeps it. */
  const list = ref<Sector[]>([]);
  const loading = ref(false);
  const loadError = ref<unknown>(null);
  let loaded: Promise<void> | null = null;

  /** A sector's name in the interface language. */
  function nameOf(sector: Pick<Sector, 'nameVi' | 'nameEn'>): string {
    return locale.locale === 'en' ? sector.nameEn : sector.nameVi;
  }

  const byCode = computed(() => new Map(list.value.map((sector) => [sector.code, sector])));

  /** The label of a stored sector code (the code itself until the list is loaded or if it is unknown). */
  function label(code: string | null | undefined): string {
    if (!code) return '';
    const sector = byCode.value.get(code);
    return sector ? nameOf(sector) : code;
  }

  /** Picker options in the interface language, in Vietnamese (or English) alphabetical order. */
  const options = computed(() =>
    list.value
      .map((sector) => ({ value: sector.code, label: nameOf(sector) }))
      .sort((a, b) => compareVietnamese(a.label, b.label)),
  );

  async function fetchList(): Promise<void> {
    loading.value = true;
    loadError.value = null;
    try {
      list.value = (await request(SectorsQuery)).sectors;
    } catch (error) {
      loadError.value = error;
      loaded = null;
    } finally {
      loading.value = false;
    }
  }

  /** Loads the list once per page load (call it from every page that shows sectors). */
  function ensureLoaded(): Promise<void> {
    loaded ??= fetchList();
    return loaded;
  }

  async function create(input: CreateSectorInput): Promise<Sector> {
    const created = (await request(CreateSectorMutation, { input })).createSector;
    await fetchList();
    return created;
  }

  async function rename(code: string, input: RenameSectorInput): Promise<Sector> {
    const renamed = (await request(RenameSectorMutation, { code, input })).renameSector;
    await fetchList();
    return renamed;
  }

  /** Merges a duplicate into the sector kept; the duplicate leaves the list. */
  async function merge(code: string, into: string): Promise<Sector> {
    const kept = (await request(MergeSectorMutation, { code, into })).mergeSector;
    await fetchList();
    return kept;
  }

  return { list, loading, loadError, nameOf, label, options, ensureLoaded, reload: fetchList, create, rename, merge };
});
