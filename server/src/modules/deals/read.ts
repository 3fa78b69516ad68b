// The deals module's reads: board cards per step, one deal with everything an inspector asks for, and the
// documents a reader may see (founders: their own startup's evidence, never the fund's memos).
import type { EntityManager } from '@mikro-orm/postgresql';
import { manualMovesFrom, type DdStatus, type DealStep, type DocumentKind, type VoteChoice } from '@launchpad/shared';
import type { Instrument, ParticipationChecks } from '../fund';
import { isManager, type Actor } from '../../kernel';
import { decisionsOfDeals, type DecisionView } from '../fund';
import { myStartups } from '../startups';

export interface DealCardView {
  id: string;
  title: string;
  step: DealStep;
  fundId: string;
  fundName: string;
  startupId: string;
  startupName: string;
  instrument: Instrument;
  amountAsked: bigint;
  preMoney: bigint;
  updatedAt: string;
  decisionId: string | null;
  decisionRemaining: bigint | null;
}

export interface DocumentView {
  id: string;
  dealId: string;
  kind: DocumentKind;
  area: string | null;
  fileName: string;
  mediaType: string;
  size: number;
  sha256: string;
  uploadedBy: string | null;
  uploadedAt: string;
}

export interface CommitteeMemberView {
  id: string;
  name: string;
  present: boolean;
  declaration: { conflicted: boolean; statement: string | null; recordedBy: string | null; at: string } | null;
  vote: { choice: VoteChoice; reason: string; recordedBy: string | null; at: string } | null;
}

export interface DealMoveView {
  from: DealStep | null;
  to: DealStep;
  reason: string | null;
  actorEmail: string | null;
  /** The actor's display name now (their e-mail is what the move recorded). */
  actorName: string | null;
  at: string;
}

export interface DueDiligenceItemView {
  id: string;
  area: string;
  status: DdStatus;
  finding: string | null;
  updatedBy: string | null;
  updatedAt: string;
}

export interface CommitteeMeetingView {
  id: string;
  heldOn: string;
  quorum: number;
  outcome: 'APPROVED' | 'REJECTED' | null;
  approvedAmount: bigint | null;
  minutes: string | null;
  decidedAt: string | null;
  members: CommitteeMemberView[];
}

/** The fund's decision as kept: its checks' figures as recorded (the dossier's JSON keeps them so). */
export type InvestmentDecisionView = DecisionView;

/** A decision's rule check as GraphQL sends it: the figures as a JSON string and as typed rule lines. */
export interface DecisionCheckView {
  phase: string;
  roundId: string | null;
  amount: bigint;
  passed: boolean;
  result: string;
  checkedAt: string;
  onDate: string | null;
  rules: ParticipationChecks['rules'];
  cashHeadroom: bigint | null;
}

export interface DealView extends DealCardView {
  allowedMoves: DealStep[];
  history: DealMoveView[];
  dueDiligence: DueDiligenceItemView[];
  documents: DocumentView[];
  meeting: CommitteeMeetingView | null;
  decision: InvestmentDecisionView | null;
}

/** A kept check's JSON: ParticipationChecks, or (kept before rule versions were named) the policy caps only. */
type StoredCheck = Partial<Pick<ParticipationChecks, 'onDate' | 'rules' | 'cash'>>;

export function decisionCheckView(check: InvestmentDecisionView['checks'][number]): DecisionCheckView {
  const stored = check.result as StoredCheck;
  return {
    ...check,
    result: JSON.stringify(check.result),
    onDate: stored.onDate ?? null,
    rules: (stored.rules ?? []).filter((r) => r.current !== undefined),
    cashHeadroom: stored.cash ? BigInt(stored.cash.headroom) : null,
  };
}

type CardRow = {
  id: string;
  title: string;
  step: DealStep;
  fund_id: string;
  fund_name: string;
  startup_id: string;
  startup_name: string;
  instrument: Instrument;
  amount_asked: string;
  pre_money: string;
  updated_at: string;
};

const CARD_SQL = `select d.id, d.title, d.step, d.fund_id, f.name as fund_name, d.startup_id, s.name as startup_name,
    d.instrument, d.amount_asked::text, d.pre_money::text, d.updated_at
  from deals d join funds f on f.id = d.fund_id join startups s on s.id = d.startup_id`;

function card(row: CardRow, decision: DecisionView | undefined): DealCardView {
  return {
    id: row.id,
    title: row.title,
    step: row.step,
    fundId: row.fund_id,
    fundName: row.fund_name,
    startupId: row.startup_id,
    startupName: row.startup_name,
    instrument: row.instrument,
    amountAsked: BigInt(row.amount_asked),
    preMoney: BigInt(row.pre_money),
    updatedAt: new Date(row.updated_at).toISOString(),
    decisionId: decision?.id ?? null,
    decisionRemaining: decision ? decision.amount - decision.used : null,
  };
}

export async function dealCards(
  em: EntityManager,
  filter: { fundId?: string | null; startupId?: string | null; step?: DealStep | null },
): Promise<DealCardView[]> {
  const where: string[] = [];
  const params: unknown[] = [];
  const add = (clause: string, value: unknown) => {
    where.push(clause);
    params.push(value);
  };
  if (filter.fundId) add('d.fund_id = ?', filter.fundId);
  if (filter.startupId) add('d.startup_id = ?', filter.startupId);
  if (filter.step) add('d.step = ?', filter.step);
  const rows = await em.execute<CardRow[]>(
    `${CARD_SQL} ${where.length ? `where ${where.join(' and ')}` : ''} order by d.updated_at desc, d.id limit 500`,
    params,
  );
  const decisions = await decisionsOfDeals(
    em,
    rows.filter((r) => r.step === 'APPROVED' || r.step === 'CLOSED').map((r) => r.id),
  );
  return rows.map((r) => card(r, decisions.get(r.id)));
}

function documentView(r: Record<string, unknown>): DocumentView {
  return {
    id: r.id as string,
    dealId: r.deal_id as string,
    kind: r.kind as DocumentKind,
    area: (r.area as string | null) ?? null,
    fileName: r.file_name as string,
    mediaType: r.media_type as string,
    size: Number(r.size),
    sha256: r.sha256 as string,
    uploadedBy: (r.uploaded_by as string | null) ?? null,
    uploadedAt: new Date(r.uploaded_at as string).toISOString(),
  };
}

export async function documentsOfDeal(em: EntityManager, dealId: string): Promise<DocumentView[]> {
  const rows = await em.execute<Record<string, unknown>[]>(
    'select * from deal_documents where deal_id = ? order by uploaded_at, id',
    [dealId],
  );
  return rows.map(documentView);
}

/** One document with its deal's startup, for the access check before a download. */
export async function documentById(
  em: EntityManager,
  id: string,
): Promise<(DocumentView & { startupId: string }) | null> {
  const [row] = await em.execute<Record<string, unknown>[]>(
    'select doc.*, d.startup_id from deal_documents doc join deals d on d.id = doc.deal_id where doc.id = ?',
    [id],
  );
  return row ? { ...documentView(row), startupId: row.startup_id as string } : null;
}

/** Fund staff and the board read every document; a founder reads only their own startup's evidence. */
export async function mayReadDocument(em: EntityManager, actor: Actor, doc: { kind: DocumentKind; startupId: string }) {
  if (actor.role === 'ADMIN' || actor.role === 'FUND_MANAGER' || actor.role === 'BOARD') return true;
  if (actor.role !== 'FOUNDER' || doc.kind !== 'STARTUP_EVIDENCE') return false;
  return (await myStartups(em, actor)).some((s) => s.id === doc.startupId);
}

/** The evidence documents of a startup's deals a reader may see. */
export async function startupDocuments(em: EntityManager, actor: Actor, startupId: string): Promise<DocumentView[]> {
  const rows = await em.execute<Record<string, unknown>[]>(
    `select doc.* from deal_documents doc join deals d on d.id = doc.deal_id
      where d.startup_id = ? order by doc.uploaded_at, doc.id`,
    [startupId],
  );
  const docs = rows.map(documentView);
  if (isManager(actor) || actor.role === 'BOARD') return docs;
  const allowed = await mayReadDocument(em, actor, { kind: 'STARTUP_EVIDENCE', startupId });
  return allowed ? docs.filter((d) => d.kind === 'STARTUP_EVIDENCE') : [];
}

export async function dealView(em: EntityManager, id: string): Promise<DealView | null> {
  const [row] = await em.execute<CardRow[]>(`${CARD_SQL} where d.id = ?`, [id]);
  if (!row) return null;
  const decision = (await decisionsOfDeals(em, [id])).get(id);
  const history = await em.execute<
    {
      from_step: DealStep | null;
      to_step: DealStep;
      reason: string | null;
      actor_email: string | null;
      actor_name: string | null;
      at: string;
    }[]
  >(
    `select m.from_step, m.to_step, m.reason, m.actor_email, u.display_name as actor_name, m.at
       from deal_moves m left join users u on u.id = m.actor_id
      where m.deal_id = ? order by m.at, m.id`,
    [id],
  );
  const dd = await em.execute<Record<string, unknown>[]>(
    'select * from dd_items where deal_id = ? order by position, id',
    [id],
  );
  const [meeting] = await em.execute<Record<string, unknown>[]>(
    'select *, held_on::text as held_on_text, approved_amount::text as approved_amount_text from committee_meetings where deal_id = ?',
    [id],
  );
  let members: CommitteeMemberView[] = [];
  if (meeting) {
    const rows = await em.execute<Record<string, unknown>[]>(
      `select m.id, m.name, m.present,
              d.conflicted, d.statement, d.recorded_by as declared_by, d.at as declared_at,
              v.choice, v.reason, v.recorded_by as voted_by, v.at as voted_at
         from committee_members m
         left join conflict_declarations d on d.member_id = m.id
         left join committee_votes v on v.member_id = m.id
        where m.meeting_id = ? order by m.position`,
      [meeting.id],
    );
    members = rows.map((r) => ({
      id: r.id as string,
      name: r.name as string,
      present: r.present as boolean,
      declaration:
        r.conflicted === null
          ? null
          : {
              conflicted: r.conflicted as boolean,
              statement: (r.statement as string | null) ?? null,
              recordedBy: (r.declared_by as string | null) ?? null,
              at: new Date(r.declared_at as string).toISOString(),
            },
      vote:
        r.choice === null
          ? null
          : {
              choice: r.choice as VoteChoice,
              reason: r.reason as string,
              recordedBy: (r.voted_by as string | null) ?? null,
              at: new Date(r.voted_at as string).toISOString(),
            },
    }));
  }
  return {
    ...card(row, decision),
    allowedMoves: manualMovesFrom(row.step),
    history: history.map((h) => ({
      from: h.from_step,
      to: h.to_step,
      reason: h.reason,
      actorEmail: h.actor_email,
      actorName: h.actor_name,
      at: new Date(h.at).toISOString(),
    })),
    dueDiligence: dd.map((r) => ({
      id: r.id as string,
      area: r.area as string,
      status: r.status as DdStatus,
      finding: (r.finding as string | null) ?? null,
      updatedBy: (r.updated_by as string | null) ?? null,
      updatedAt: new Date(r.updated_at as string).toISOString(),
    })),
    documents: await documentsOfDeal(em, id),
    meeting: meeting
      ? {
          id: meeting.id as string,
          heldOn: meeting.held_on_text as string,
          quorum: meeting.quorum as number,
          outcome: (meeting.outcome as 'APPROVED' | 'REJECTED' | null) ?? null,
          approvedAmount: meeting.approved_amount_text ? BigInt(meeting.approved_amount_text as string) : null,
          minutes: (meeting.minutes as string | null) ?? null,
          decidedAt: meeting.decided_at ? new Date(meeting.decided_at as string).toISOString() : null,
          members,
        }
      : null,
    decision: decision ?? null,
  };
}
