// The one path of the account-free public forms (an application to a problem statement, a PPP proposal): the same
// per-address budget (the security plugin limits every PUBLIC_FORMS operation, over GraphQL or a file route), the
// same checks — the contact's e-mail, the reply language, the answered target still open today, no second copy of
// the same submission — and one transaction that writes, audits without an actor and e-mails the receipt code.
import type { EntityManager } from '@mikro-orm/postgresql';
import { randomInt } from 'node:crypto';
import { badInput, requireEmail } from '@launchpad/shared';
import { recordAudit } from '../audit';
import { notifications, type NotifyEvent } from '../notifications';

/** The public forms' operations, each with the applications' budget per client address and minute. */
export const PUBLIC_FORMS = ['submitApplication', 'submitPppProposal'] as const;
export type PublicForm = (typeof PUBLIC_FORMS)[number];

/** The contact every public form asks for, and the language the replies are written in (vi unless en). */
export function publicContact(input: { contactEmail: string; locale?: string | null }) {
  if (input.locale != null && input.locale !== 'vi' && input.locale !== 'en')
    throw badInput('locale', 'locale is vi or en.');
  return {
    contactEmail: requireEmail('contactEmail', input.contactEmail),
    locale: (input.locale === 'en' ? 'en' : 'vi') as 'vi' | 'en',
  };
}

// No 0/O, 1/I/L: a code read out on the phone or typed from a printed receipt.
const CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';

/** A random receipt code (`prefix` + 8 characters) that `taken` does not know yet. */
export async function uniqueReceiptCode(prefix: string, taken: (code: string) => Promise<boolean>): Promise<string> {
  for (;;) {
    let code = prefix;
    for (let i = 0; i < 8; i++) code += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
    if (!(await taken(code))) return code;
  }
}

interface OpenTarget {
  status: string;
  deadline: string;
}

export interface PublicSubmission<Target extends OpenTarget, Written> {
  form: PublicForm;
  /** What the submission answers (a problem statement, a priority task): PUBLISHED, deadline not passed. */
  target: {
    field: string;
    load: (tx: EntityManager) => Promise<Target | null>;
    /** The refusal when it is not published. */
    closed: string;
    /** The refusal when its deadline has passed. */
    passed: string;
  } | null;
  /** The same submission sent again (a query counting its copies) is refused on `field`. */
  duplicate: { field: string; message: string; sql: string; params: unknown[] };
  /** Creates and flushes the submission. */
  write: (tx: EntityManager, target: Target | null) => Promise<Written>;
  receiptCode: (written: Written) => string;
  audit: (written: Written) => { action: string; entityType: string; entityId: string; after: Record<string, unknown> };
  /** The receipt e-mail to the contact. */
  notify: (written: Written) => NotifyEvent;
}

export async function submitPublicForm<Target extends OpenTarget, Written>(
  em: EntityManager,
  today: string,
  spec: PublicSubmission<Target, Written>,
): Promise<{ written: Written; receiptCode: string }> {
  return em.transactional(async (tx) => {
    let target: Target | null = null;
    if (spec.target) {
      target = await spec.target.load(tx);
      if (!target || target.status !== 'PUBLISHED') throw badInput(spec.target.field, spec.target.closed);
      if (target.deadline < today) throw badInput(spec.target.field, spec.target.passed);
    }
    const [dup] = await tx.execute<{ n: string }[]>(spec.duplicate.sql, spec.duplicate.params);
    if (Number(dup?.n ?? 0) > 0) throw badInput(spec.duplicate.field, spec.duplicate.message);
    const written = await spec.write(tx, target);
    recordAudit(tx, null, spec.audit(written));
    await notifications.emit(tx, spec.notify(written));
    return { written, receiptCode: spec.receiptCode(written) };
  });
}
