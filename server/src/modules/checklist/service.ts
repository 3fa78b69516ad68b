// The platform-building checklist: founders record their own items, managers any; the enterprise code
// on BUSINESS_REGISTRATION is what the SCALING_UP gate looks at.
import type { EntityManager } from '@mikro-orm/postgresql';
import { badInput, optionalText, PLATFORM_CHECKLIST_ITEMS, requireDate, requireEnum } from '@launchpad/shared';
import type { Actor } from '../../graphql/context';
import { recordAudit } from '../audit';
import { writableStartup } from '../startups';
import { checklistView } from './read';
import { ChecklistItemSchema } from './entities';

/** Mã số doanh nghiệp: 10 digits, or 10 digits + '-' + 3 digits for a branch. */
const ENTERPRISE_CODE = /^\d{10}(-\d{3})?$/;

export interface UpdateChecklistItemInput {
  startupId: string;
  kind: string;
  doneDate?: string | null;
  evidence?: string | null;
  enterpriseCode?: string | null;
}

export async function updateChecklistItem(em: EntityManager, actor: Actor, input: UpdateChecklistItemInput) {
  const kind = requireEnum('kind', input.kind, PLATFORM_CHECKLIST_ITEMS);
  const doneDate = input.doneDate == null ? null : requireDate('doneDate', input.doneDate);
  const evidence = optionalText('evidence', input.evidence, { max: 5000, multiline: true });
  let enterpriseCode = optionalText('enterpriseCode', input.enterpriseCode, { max: 20 });
  if (kind !== 'BUSINESS_REGISTRATION' && enterpriseCode !== null) {
    throw badInput('enterpriseCode', 'An enterprise code belongs to BUSINESS_REGISTRATION only.');
  }
  if (enterpriseCode !== null && !ENTERPRISE_CODE.test(enterpriseCode)) {
    throw badInput('enterpriseCode', 'enterpriseCode must be 10 digits (or 10 digits-3 digits for a branch).');
  }
  if (kind === 'BUSINESS_REGISTRATION' && doneDate !== null && enterpriseCode === null) {
    throw badInput('enterpriseCode', 'Record the enterprise code to mark the business registration done.');
  }
  if (doneDate === null) enterpriseCode = kind === 'BUSINESS_REGISTRATION' ? enterpriseCode : null;
  return em.transactional(async (tx) => {
    const startup = await writableStartup(tx, actor, input.startupId);
    let item = await tx.findOne(ChecklistItemSchema, { startup: startup.id, kind });
    const before = item
      ? { doneDate: item.doneDate, evidence: item.evidence, enterpriseCode: item.enterpriseCode }
      : null;
    if (!item) {
      item = tx.create(ChecklistItemSchema, {
        startup,
        kind,
        doneDate,
        evidence,
        enterpriseCode,
        updatedBy: actor.userId,
      });
    } else {
      item.doneDate = doneDate;
      item.evidence = evidence;
      item.enterpriseCode = enterpriseCode;
      item.updatedBy = actor.userId as never;
    }
    await tx.flush();
    recordAudit(tx, actor, {
      action: 'checklist.updated',
      entityType: 'Startup',
      entityId: startup.id,
      before: before && { kind, ...before },
      after: { kind, doneDate, evidence, enterpriseCode },
    });
    return checklistView([item]).find((view) => view.kind === kind)!;
  });
}
