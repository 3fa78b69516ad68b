// The managers' side of the PPP portal: every priority task (drafts and closed ones too) and the legal documents
// that govern them; create, edit, publish and close tasks, and list a new legal document.
import { defineStore } from 'pinia';
import { ref } from 'vue';
import { request } from '../api/client';
import { useReloadingStore } from './load-state';
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
  const { loading, loadError, load, saveThenLoad } = useReloadingStore(async () => {
    const data = await request(PriorityTasksAdminQuery);
    tasks.value = data.allPriorityTasks;
    documents.value = data.legalDocuments;
  });

  const save = (id: string | null, input: PriorityTaskInput) =>
    saveThenLoad(() =>
      id ? request(UpdatePriorityTaskMutation, { id, input }) : request(CreatePriorityTaskMutation, { input }),
    );
  const publish = (id: string) => saveThenLoad(() => request(PublishPriorityTaskMutation, { id }));
  const close = (id: string) => saveThenLoad(() => request(ClosePriorityTaskMutation, { id }));
  const addDocument = (input: LegalDocumentInput) =>
    saveThenLoad(() => request(CreateLegalDocumentMutation, { input }));

  return { tasks, documents, loading, loadError, load, save, publish, close, addDocument };
});
