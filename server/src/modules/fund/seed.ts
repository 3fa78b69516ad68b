// Demo data of the fund ledger: the Hanoi Venture Investment Fund (about VND 600 billion charter capital,
// the city at exactly 49.00%), its pay-in schedule through 2026 and funding rounds across the demo startups.
// Everything goes through the service, so every rule and the audit log apply to the demo as to real use.
import type { EntityManager } from '@mikro-orm/postgresql';
import { demoActor } from '../users';
import { commitCapital, createFund, payInCapital, recordFundingRound, recordValuation } from './service';

const BN = 1_000_000_000n;

/** The demo is the ledger as it stood at the end of November 2026 (its latest round is dated the 20th). */
const DEMO_AS_OF = '2026-11-30';

/** Private members commit 306 bn (51%), so the city's 294 bn is exactly 49.00% of 600 bn. */
const PRIVATE_MEMBERS: [string, bigint][] = [
  ['Ngân hàng TMCP Ngoại thương Việt Nam (Vietcombank)', 60n * BN],
  ['Ngân hàng TMCP Đầu tư và Phát triển Việt Nam (BIDV)', 55n * BN],
  ['Ngân hàng TMCP Công Thương Việt Nam (VietinBank)', 50n * BN],
  ['Tập đoàn Vingroup', 60n * BN],
  ['Công ty Cổ phần FPT', 45n * BN],
  ['Tập đoàn Công nghiệp – Viễn thông Quân đội (Viettel)', 36n * BN],
];
const STATE_MEMBER: [string, bigint] = ['Ngân sách Thành phố Hà Nội', 294n * BN];
/** Four calls of 20% each; the last 20% is called in 2027. */
const PAY_IN_DATES = ['2026-01-15', '2026-04-15', '2026-07-15', '2026-10-15'];

const PRE_MONEY_BY_STAGE: Record<string, bigint> = {
  INCUBATION: 20n * BN,
  PLATFORM_BUILDING: 60n * BN,
  SCALING_UP: 150n * BN,
};
const CO_INVESTOR_FUNDS = [
  'Quỹ Đổi mới Sáng tạo VinaCapital Ventures',
  'Quỹ Đầu tư ThinkZone Ventures',
  'Quỹ Do Ventures',
];
const ANGELS = ['Nguyễn Thị Mai', 'Trần Quốc Bảo', 'Lê Hoàng Nam', 'Phạm Minh Châu'];

/**
 * How the demo gets the investment decision a fund participation needs: the deals module walks a deal through
 * its committee (wired in server/src/seed/demo.ts, so this module does not depend on the deals module).
 */
export type ApproveDemoDecision = (
  em: EntityManager,
  input: {
    fundId: string;
    startupId: string;
    title: string;
    instrument: 'EQUITY' | 'SAFE';
    amount: bigint;
    preMoney: bigint;
    heldOn: string;
  },
) => Promise<string>;

export async function seedDemoFund(em: EntityManager, approve: ApproveDemoDecision): Promise<void> {
  // The fund manager keeps the ledger.
  const manager = await demoActor(em, 'fund@launchpad.test');
  const fund = await createFund(em, manager, { name: 'Quỹ Đầu tư Mạo hiểm Hà Nội' });
  const commitments = [];
  for (const [memberName, amount] of PRIVATE_MEMBERS) {
    commitments.push(await commitCapital(em, manager, { fundId: fund.id, memberName, memberType: 'PRIVATE', amount }));
  }
  commitments.push(
    await commitCapital(em, manager, {
      fundId: fund.id,
      memberName: STATE_MEMBER[0],
      memberType: 'STATE',
      amount: STATE_MEMBER[1],
    }),
  );
  for (const date of PAY_IN_DATES) {
    for (const commitment of commitments) {
      await payInCapital(
        em,
        manager,
        { commitmentId: commitment.id, amount: commitment.amount / 5n, date },
        DEMO_AS_OF,
      );
    }
  }

  // Startups belong to the lifecycle module; read their ids, names and stages only.
  const startups = await em.execute<{ id: string; stage: string; name: string }[]>(
    `select id, stage, name from startups where stage in ('INCUBATION', 'PLATFORM_BUILDING', 'SCALING_UP') order by name limit 10`,
  );
  for (const [i, startup] of startups.entries()) {
    const preMoney = PRE_MONEY_BY_STAGE[startup.stage]!;
    const month = String(2 + (i % 7)).padStart(2, '0');
    const instrument = startup.stage === 'INCUBATION' ? 'SAFE' : 'EQUITY';
    // One committee decision covers the fund's money in this startup (both tranches when there is a follow-on).
    const decisionId = await approve(em, {
      fundId: fund.id,
      startupId: startup.id,
      title: `${startup.name} — đầu tư của Quỹ`,
      instrument,
      amount: startup.stage === 'SCALING_UP' ? (preMoney / 10n) * 2n : preMoney / 10n,
      preMoney,
      heldOn: `2026-${month}-03`,
    });
    // The fund puts in 10% of the pre-money next to another fund (5%) and an angel (3%): about 8.5% after the round.
    await recordFundingRound(
      em,
      manager,
      {
        startupId: startup.id,
        date: `2026-${month}-10`,
        preMoney,
        instrument,
        participations: [
          { fundId: fund.id, amount: preMoney / 10n, decisionId },
          {
            investorName: CO_INVESTOR_FUNDS[i % CO_INVESTOR_FUNDS.length]!,
            kind: 'OTHER_FUND',
            amount: preMoney / 20n,
          },
          { investorName: ANGELS[i % ANGELS.length]!, kind: 'PRIVATE', amount: (preMoney * 3n) / 100n },
        ],
      },
      DEMO_AS_OF,
    );
    if (startup.stage === 'SCALING_UP') {
      // A follow-on round at twice the valuation, led by a co-investor fund: the fund's stake is diluted.
      await recordFundingRound(
        em,
        manager,
        {
          startupId: startup.id,
          date: `2026-${String(9 + (i % 3)).padStart(2, '0')}-20`,
          preMoney: preMoney * 2n,
          instrument: 'EQUITY',
          participations: [
            { fundId: fund.id, amount: preMoney / 10n, decisionId },
            {
              investorName: CO_INVESTOR_FUNDS[(i + 1) % CO_INVESTOR_FUNDS.length]!,
              kind: 'OTHER_FUND',
              amount: preMoney / 5n,
            },
          ],
        },
        DEMO_AS_OF,
      );
    }
    // A mark in November: 1.3× cost for scaling startups, at cost otherwise.
    const cost = startup.stage === 'SCALING_UP' ? (preMoney / 10n) * 2n : preMoney / 10n;
    await recordValuation(
      em,
      manager,
      {
        fundId: fund.id,
        startupId: startup.id,
        date: '2026-11-15',
        value: startup.stage === 'SCALING_UP' ? (cost * 13n) / 10n : cost,
      },
      DEMO_AS_OF,
    );
  }
}
