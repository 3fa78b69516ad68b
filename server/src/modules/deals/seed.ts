// Demo data of the deal pipeline: the decided deals behind the demo fund's rounds (approveDealForDemo, called
// by the fund seed through server/src/seed/demo.ts), plus deals still on the board and one the committee
// rejected. Everything goes through the services, so the history, the checks and the audit log are real.
import type { EntityManager } from '@mikro-orm/postgresql';
import {
  castVote,
  createDeal,
  declareConflict,
  decideDeal,
  moveDeal,
  openCommitteeMeeting,
  updateDueDiligenceItem,
} from './service';
import { DdItemSchema, CommitteeMemberSchema } from './entities';
import { demoActor } from '../users';
import type { Actor } from '../../graphql/context';

const MEMBERS = ['Nguyễn Văn Hùng (Chủ tịch)', 'Trần Thị Lan', 'Phạm Thu Hà'];

export interface DemoDealInput {
  fundId: string;
  startupId: string;
  title: string;
  instrument?: 'EQUITY' | 'CONVERTIBLE' | 'SAFE';
  amount: bigint;
  preMoney: bigint;
  /** The committee's meeting day. */
  heldOn: string;
}

/** The fund manager works the deals and records the committee. */
const fundManager = (em: EntityManager) => demoActor(em, 'fund@launchpad.test');

async function walkToCommittee(em: EntityManager, manager: Actor, input: DemoDealInput) {
  const deal = await createDeal(em, manager, {
    fundId: input.fundId,
    startupId: input.startupId,
    title: input.title,
    instrument: input.instrument ?? 'EQUITY',
    amountAsked: input.amount,
    preMoney: input.preMoney,
    note: 'Giới thiệu từ Trung tâm Đổi mới Sáng tạo Hà Nội.',
  });
  await moveDeal(em, manager, { id: deal.id, to: 'SCREENING', reason: 'Phù hợp chiến lược đầu tư của Quỹ.' });
  await moveDeal(em, manager, { id: deal.id, to: 'DUE_DILIGENCE', reason: 'Đạt vòng sàng lọc.' });
  // Findings on the first areas only: the demo seed runs before many tests, so it stays short.
  for (const item of await em.find(DdItemSchema, { deal: deal.id }, { orderBy: { position: 'asc' }, limit: 2 })) {
    await updateDueDiligenceItem(em, manager, {
      id: item.id,
      status: 'SATISFIED',
      finding: `Đã thẩm định ${item.area.toLowerCase()}: không phát hiện vấn đề trọng yếu.`,
    });
  }
  await moveDeal(em, manager, { id: deal.id, to: 'INVESTMENT_COMMITTEE', reason: 'Hồ sơ thẩm định hoàn tất.' });
  return deal;
}

/** Walks one deal from sourcing to the committee's approval; answers the investment decision's id. */
export async function approveDealForDemo(em: EntityManager, input: DemoDealInput): Promise<string> {
  const manager = await fundManager(em);
  const deal = await walkToCommittee(em, manager, input);
  const meeting = await openCommitteeMeeting(em, manager, {
    dealId: deal.id,
    heldOn: input.heldOn,
    quorum: 2,
    members: MEMBERS.map((name) => ({ name, present: true })),
  });
  const members = await em.find(CommitteeMemberSchema, { meeting: meeting.id }, { orderBy: { position: 'asc' } });
  for (const [i, member] of members.entries()) {
    // The last member advised the startup: a declared conflict, so they do not vote.
    const conflicted = i === members.length - 1;
    await declareConflict(em, manager, {
      memberId: member.id,
      conflicted,
      statement: conflicted ? 'Từng là cố vấn của startup trong giai đoạn ươm tạo.' : null,
    });
    if (!conflicted) {
      await castVote(em, manager, {
        memberId: member.id,
        choice: 'FOR',
        reason: 'Đội ngũ mạnh, thị trường rõ ràng, định giá hợp lý.',
      });
    }
  }
  await decideDeal(em, manager, {
    dealId: deal.id,
    minutes: `Hội đồng đầu tư họp ngày ${input.heldOn}, 2/2 thành viên không xung đột lợi ích biểu quyết tán thành.`,
  });
  const [row] = await em.execute<{ id: string }[]>('select id from investment_decisions where deal_id = ?', [deal.id]);
  return row!.id;
}

/** Deals still on the board, and one the committee turned down. */
export async function seedDemoDeals(em: EntityManager): Promise<void> {
  const [fund] = await em.execute<{ id: string }[]>('select id from funds order by created_at limit 1');
  if (!fund) return;
  const manager = await fundManager(em);
  // The fund seed's rounds used the decisions of its deals: those deals are closed.
  const used = await em.execute<{ id: string }[]>(
    `select d.deal_id as id from investment_decisions d
      where exists (select 1 from round_participations p where p.decision_id = d.id) order by d.created_at`,
  );
  for (const { id } of used) {
    await moveDeal(em, manager, { id, to: 'CLOSED', reason: 'Vòng gọi vốn đã được ghi nhận.' });
  }
  const startups = await em.execute<{ id: string; name: string }[]>(
    `select id, name from startups where stage in ('INCUBATION', 'PLATFORM_BUILDING') order by name desc limit 3`,
  );
  const [rejected, inDiligence, sourced] = startups;
  if (rejected) {
    const deal = await walkToCommittee(em, manager, {
      fundId: fund.id,
      startupId: rejected.id,
      title: `${rejected.name} — vòng mở rộng`,
      amount: 8_000_000_000n,
      preMoney: 30_000_000_000n,
      heldOn: '2026-11-20',
    });
    const meeting = await openCommitteeMeeting(em, manager, {
      dealId: deal.id,
      heldOn: '2026-11-20',
      quorum: 2,
      members: MEMBERS.map((name) => ({ name, present: true })),
    });
    const members = await em.find(CommitteeMemberSchema, { meeting: meeting.id }, { orderBy: { position: 'asc' } });
    for (const [i, member] of members.entries()) {
      await declareConflict(em, manager, { memberId: member.id, conflicted: false });
      await castVote(em, manager, {
        memberId: member.id,
        choice: i === 0 ? 'FOR' : 'AGAINST',
        reason: i === 0 ? 'Sản phẩm có tiềm năng.' : 'Định giá cao so với doanh thu hiện tại.',
      });
    }
    await decideDeal(em, manager, {
      dealId: deal.id,
      minutes: 'Hội đồng không tán thành: định giá chưa tương xứng với doanh thu.',
    });
  }
  if (inDiligence) {
    const deal = await createDeal(em, manager, {
      fundId: fund.id,
      startupId: inDiligence.id,
      title: `${inDiligence.name} — vòng hạt giống`,
      instrument: 'SAFE',
      amountAsked: 3_000_000_000n,
      preMoney: 20_000_000_000n,
    });
    await moveDeal(em, manager, { id: deal.id, to: 'SCREENING' });
    await moveDeal(em, manager, { id: deal.id, to: 'DUE_DILIGENCE' });
  }
  if (sourced) {
    await createDeal(em, manager, {
      fundId: fund.id,
      startupId: sourced.id,
      title: `${sourced.name} — tiền Series A`,
      amountAsked: 5_000_000_000n,
      preMoney: 40_000_000_000n,
      note: 'Đề xuất từ mạng lưới nhà đầu tư thiên thần.',
    });
  }
}
