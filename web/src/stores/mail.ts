// What the program told people (ADMIN): the job queue of e-mails not yet delivered, and the mailbox of sent e-mail.
import { defineStore } from 'pinia';
import { ref } from 'vue';
import { request } from '../api/client';
import { JobQueueQuery, MailboxQuery, RetryJobMutation } from '../api/notifications';
import type { JobQueueQuery as JobQueueData, MailboxQuery as MailboxData } from '../api/generated/graphql';

export type MailJob = JobQueueData['jobQueue'][number];
export type SentMail = MailboxData['mailbox'][number];

/** How many sent e-mails the mailbox shows, newest first. */
const MAILBOX_SIZE = 50;

export const useMailStore = defineStore('mail', () => {
  const jobs = ref<MailJob[]>([]);
  const mails = ref<SentMail[]>([]);

  async function load(): Promise<void> {
    const [queue, box] = await Promise.all([
      request(JobQueueQuery, {}),
      request(MailboxQuery, { first: MAILBOX_SIZE }),
    ]);
    jobs.value = queue.jobQueue;
    mails.value = box.mailbox;
  }

  /** Sends a failed or waiting e-mail again now, then reloads both lists. */
  async function retry(jobId: string): Promise<void> {
    await request(RetryJobMutation, { id: jobId });
    await load();
  }

  return { jobs, mails, load, retry };
});
