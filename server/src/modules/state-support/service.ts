// The state-support ledger (append-only): record a support, read a startup's totals and the board's overview, and
// flag double support — two entries of one startup that name the same cost.
import type { EntityManager } from '@mikro-orm/postgresql';
import {
  badInput,
  optionalText,
  requireEnum,
  requirePastDate,
  requireText,
  MAX_VND,
  compareVietnamese,
} from '@launchpad/shared';
import type { Actor } from '../../graphql/context';
import { recordAudit } from '../audit';
import { readableStartup, StartupSchema } from '../startups';
import { StateSupportSchema, SUPPORT_KINDS } from './entities';
import {
  stateSupportEntryView,
  type DoubleSupportWarningView,
  type RecordedStateSupportView,
  type StateSupportEntryView,
} from './read';

export interface StateSupportInput {
  startupId: string;
  kind: string;
  source: string;
  legalBasis: string;
  amount: bigint;
  hours?: number | null;
  date: string;
  costRef?: string | null;
  note?: string | null;
}

/** Cost references compared on their letters and digits only: "HD-777", "hd 777" and "HD777" are one cost. */
const costKey = (ref: string | null | undefined) =>
  ref ? ref.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '') || null : null;

function warningsOf(entries: StateSupportEntryView[], names: Map<string, string>): DoubleSupportWarningView[] {
  const groups = new Map<string, StateSupportEntryView[]>();
  for (const entry of entries) {
    const key = costKey(entry.costRef);
    if (!key) continue;
    const id = `${entry.startupId}|${key}`;
    groups.set(id, [...(groups.get(id) ?? []), entry]);
  }
  return [...groups.values()]
    .filter((group) => group.length > 1)
    .map((group) => ({
      startupId: group[0]!.startupId,
      startupName: names.get(group[0]!.startupId) ?? '',
      costRef: group[0]!.costRef!,
      entries: group,
      amount: group.reduce((sum, e) => sum + e.amount, 0n),
    }));
}

function totalsBy(
  entries: StateSupportEntryView[],
  keyOf: (e: StateSupportEntryView) => string,
  idOf?: (e: StateSupportEntryView) => string,
) {
  const totals = new Map<
    string,
    { label: string; startupId: string | null; amount: bigint; hours: number; entries: number }
  >();
  for (const entry of entries) {
    const label = keyOf(entry);
    const total = totals.get(label) ?? { label, startupId: idOf?.(entry) ?? null, amount: 0n, hours: 0, entries: 0 };
    total.amount += entry.amount;
    total.hours += entry.hours ?? 0;
    total.entries += 1;
    totals.set(label, total);
  }
  return [...totals.values()].sort((a, b) =>
    a.amount === b.amount ? compareVietnamese(a.label, b.label) : a.amount > b.amount ? -1 : 1,
  );
}

export async function recordSupport(em: EntityManager, actor: Actor, input: StateSupportInput, today: string) {
  if (input.amount > MAX_VND) throw badInput('amount', 'amount is beyond any support.');
  const kind = requireEnum('kind', input.kind, SUPPORT_KINDS);
  if (input.hours != null && (!Number.isInteger(input.hours) || input.hours <= 0 || input.hours > 100_000))
    throw badInput('hours', 'hours is a whole number of hours above 0.');
  if (kind === 'MENTORING' && input.hours == null && input.amount === 0n)
    throw badInput('hours', 'Mentoring is recorded in hours, an amount, or both.');
  if (kind !== 'MENTORING' && input.amount === 0n) throw badInput('amount', 'amount must be more than 0 dong.');
  const data = {
    kind,
    source: requireText('source', input.source, { max: 300 }),
    legalBasis: requireText('legalBasis', input.legalBasis, { max: 500 }),
    amount: input.amount,
    hours: input.hours ?? null,
    date: requirePastDate('date', input.date, today),
    costRef: optionalText('costRef', input.costRef, { max: 200 }),
    note: optionalText('note', input.note, { max: 1000, multiline: true }),
  };
  return em.transactional(async (tx) => {
    const startup = await tx.findOne(StartupSchema, { id: input.startupId });
    if (!startup) throw badInput('startupId', 'No startup has this id.');
    const entry = tx.create(StateSupportSchema, { ...data, startup, actorId: actor.userId });
    await tx.flush();
    recordAudit(tx, actor, {
      action: 'state-support.recorded',
      entityType: 'Startup',
      entityId: startup.id,
      after: { entryId: entry.id, ...data, amount: data.amount.toString() },
    });
    const key = costKey(data.costRef);
    let warning: DoubleSupportWarningView | null = null;
    if (key) {
      const same = (await tx.find(StateSupportSchema, { startup: startup.id }, { orderBy: { date: 'asc' } }))
        .map(stateSupportEntryView)
        .filter((e) => costKey(e.costRef) === key);
      if (same.length > 1) warning = warningsOf(same, new Map([[startup.id, startup.name]]))[0] ?? null;
    }
    const recorded: RecordedStateSupportView = { entry: stateSupportEntryView(entry), warning };
    return recorded;
  });
}

export async function startupSupport(em: EntityManager, actor: Actor, startupId: string) {
  const startup = await readableStartup(em, actor, startupId, 'startupId');
  const entries = (
    await em.find(StateSupportSchema, { startup: startup.id }, { orderBy: { date: 'asc', createdAt: 'asc' } })
  ).map(stateSupportEntryView);
  return {
    startupId: startup.id,
    entries,
    total: entries.reduce((sum, e) => sum + e.amount, 0n),
    bySource: totalsBy(entries, (e) => e.source),
    byKind: totalsBy(entries, (e) => e.kind),
    warnings: warningsOf(entries, new Map([[startup.id, startup.name]])),
  };
}

export async function overview(em: EntityManager) {
  const rows = await em.find(
    StateSupportSchema,
    {},
    { orderBy: { date: 'asc', createdAt: 'asc' }, populate: ['startup'] },
  );
  const names = new Map(rows.map((r) => [r.startup.id, r.startup.name]));
  const entries = rows.map(stateSupportEntryView);
  return {
    total: entries.reduce((sum, e) => sum + e.amount, 0n),
    byBeneficiary: totalsBy(
      entries,
      (e) => names.get(e.startupId) ?? e.startupId,
      (e) => e.startupId,
    ),
    bySource: totalsBy(entries, (e) => e.source),
    warnings: warningsOf(entries, names),
  };
}
