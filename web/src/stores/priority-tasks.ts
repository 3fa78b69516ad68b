// The managers' side of the PPP portal: every priority task (drafts and closed ones too) and the legal documents
// that govern them; create, edit, publish and close tasks, and list a new legal document.
import { defineStore } from 'pinia';
import { ref } from 'vue';
import { request } from '../api/client';
import {
  ClosePriorityTaskMutation,
  CreateLegalDocumentMutation,
  CreatePriorityTaskMutation,
  PriorityTasksAdminQuery,
  PublishPriorityTaskMutation,
  UpdatePriorityTaskMutation,
} from '../api/channels';
import type {
  LegalDocumentInput,
  PriorityTaskFieldsFragment,
  PriorityTaskInput,
  PriorityTasksAdminQuery as AdminData,
} from '../api/generated/graphql';

export type LegalDocument = AdminData['legalDocuments'][number];

export const usePriorityTasksStore = defineStore('priority-tasks', () => {
  const tasks = ref<PriorityTaskFieldsFragment[]>([]);
  const documents = ref<LegalDocument[]>([]);
  const loading = ref(false);
  const loadError = ref<unknown>(null);

  async function load(): Promise<void> {
    loading.value = true;
    loadError.value = null;
    try {
      const data = await request(PriorityTasksAdminQuery);
      tasks.value = data.allPriorityTasks;
      documents.value = data.legalDocuments;
    } catch (error) {
      loadError.value = error;
    } finally {
      loading.value = false;
    }
  }

  async function save(id: string | null, input: PriorityTaskInput): Promise<void> {
    if (id) await request(UpdatePriorityTaskMutation, { id, input });
    else await request(CreatePriorityTaskMutation, { input });
    await load();
  }

  async function publish(id: string): Promise<void> {
    await request(PublishPriorityTaskMutation, { id });
    await load();
  }

  async function close(id: string): Promise<void> {
    await request(ClosePriorityTaskMutation, { id });
    await load();
  }

  async function addDocument(input: LegalDocumentInput): Promise<void> {
    await request(CreateLegalDocumentMutation, { input });
    await load();
  }

  return { tasks, documents, loading, loadError, load, save, publish, close, addDocument };
});
