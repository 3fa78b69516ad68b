// Sending one e-mail job at most once: over SMTP (nodemailer) when SMTP_URL is set, otherwise into the development
// mailbox (a table an ADMIN reads). The mail log, keyed by the job's idempotency key, is written after a successful
// send; a retried job whose key is already there is done without sending again.
import type { EntityManager } from '@mikro-orm/postgresql';
import nodemailer, { type Transporter } from 'nodemailer';
import type { MailConfig } from '../../config';
import { MailMessageSchema, OutboxSchema } from './entities';
import type { MailJob } from './emit';
import { mailOf, type RenderedMail } from './templates';

export interface Mailer {
  /** Delivers the outbox entry `id`; throws (and records the error) so the queue retries it. */
  deliver(em: EntityManager, id: string): Promise<void>;
  close(): void;
}

function redact(mail: RenderedMail, link: string): RenderedMail {
  return { subject: mail.subject, text: mail.text.split(link).join('[…]'), html: mail.html.split(link).join('[…]') };
}

export function createMailer(config: MailConfig): Mailer {
  const transport: Transporter | null = config.smtpUrl ? nodemailer.createTransport(config.smtpUrl) : null;
  return {
    async deliver(em, id) {
      const entry = await em.findOne(OutboxSchema, id);
      if (!entry) return;
      if (await em.count(MailMessageSchema, { idempotencyKey: id })) {
        if (!entry.deliveredAt) await em.nativeUpdate(OutboxSchema, { id }, { deliveredAt: new Date() });
        return;
      }
      const job = entry.payload as unknown as MailJob;
      const link = job.path ? `${config.publicUrl}${job.path}` : null;
      const mail = mailOf(job, job.locale, link);
      try {
        if (transport) {
          await transport.sendMail({
            from: config.from,
            to: job.to,
            subject: mail.subject,
            text: mail.text,
            html: mail.html,
            headers: { 'Content-Language': job.locale, 'X-Launchpad-Kind': job.kind },
            messageId: `<${id}@launchpad>`,
            ...(job.icalEvent
              ? { icalEvent: { filename: 'invitation.ics', method: 'PUBLISH', content: job.icalEvent } }
              : {}),
          });
        }
      } catch (error) {
        await em.nativeUpdate(
          OutboxSchema,
          { id },
          { attempts: entry.attempts + 1, lastError: String((error as Error).message ?? error).slice(0, 2000) },
        );
        throw error;
      }
      // A secret link (a reset token) is kept only where it is the delivery itself: the development mailbox.
      const logged = job.secret && transport && link ? redact(mail, link) : mail;
      await em.transactional(async (tx) => {
        tx.create(MailMessageSchema, {
          idempotencyKey: id,
          toAddress: job.to,
          subject: logged.subject,
          textBody: logged.text,
          htmlBody: logged.html,
          locale: job.locale,
          kind: job.kind,
          transport: transport ? 'smtp' : 'mailbox',
        });
        await tx.nativeUpdate(
          OutboxSchema,
          { id },
          {
            deliveredAt: new Date(),
            attempts: entry.attempts + 1,
            lastError: null,
            ...(job.secret ? { payload: { ...job, path: null } } : {}),
          },
        );
      });
    },
    close() {
      transport?.close();
    },
  };
}
