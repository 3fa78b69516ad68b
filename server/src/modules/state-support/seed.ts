// Demo data of the state-support ledger: grants, a subsidized program, fund money, sandbox and mentoring hours
// across a few startups — one cost supported twice, so the board sees the warning.
import type { EntityManager } from '@mikro-orm/postgresql';
import { demoActor } from '../users';
import { DEMO_TODAY } from '../ppp';
import { recordSupport } from './service';

const M = 1_000_000n;

export async function seedDemoStateSupport(em: EntityManager): Promise<void> {
  const actor = await demoActor(em);
  const startups = await em.execute<{ id: string }[]>(
    `select id from startups where stage in ('INCUBATION', 'PLATFORM_BUILDING', 'SCALING_UP') order by name limit 4`,
  );
  const [founderStartup] = await em.execute<{ id: string }[]>(
    `select s.id from startups s join startup_members m on m.startup_id = s.id
       join users u on u.id = m.user_id where u.email = 'founder@launchpad.test' order by s.name limit 1`,
  );
  const ids = [...new Set([founderStartup?.id, ...startups.map((s) => s.id)].filter((id): id is string => !!id))];
  const entries = [
    [
      'GRANT',
      'Sở Khoa học và Công nghệ Hà Nội',
      'Nghị quyết 30/2025/NQ-HĐND',
      300n * M,
      null,
      '2026-03-15',
      'HD-2026-0077',
    ],
    [
      'SUBSIDIZED_PROGRAM',
      'Trung tâm Đổi mới sáng tạo Hà Nội',
      'Quyết định 6100/QĐ-UBND',
      80n * M,
      null,
      '2026-04-01',
      null,
    ],
    ['MENTORING', 'Trung tâm Đổi mới sáng tạo Hà Nội', 'Quyết định 6100/QĐ-UBND', 0n, 24, '2026-06-30', null],
    ['SANDBOX', 'Sở Xây dựng Hà Nội', 'Luật Thủ đô 2024, Điều 25', 50n * M, null, '2026-09-01', null],
    // The same research contract as the grant above, paid again by a national program: double support.
    [
      'GRANT',
      'Quỹ Phát triển khoa học và công nghệ Quốc gia',
      'Nghị định 265/2025/NĐ-CP',
      120n * M,
      null,
      '2026-08-20',
      'HD 2026 0077',
    ],
  ] as const;
  for (const [index, id] of ids.entries()) {
    const list = index === 0 ? entries : entries.slice(0, 3 - (index % 2));
    for (const [kind, source, legalBasis, amount, hours, date, costRef] of list) {
      // Figures differ a little per startup; only the first startup's entries name their costs.
      const varied = amount > 0n ? amount + BigInt(index) * 10n * M : amount;
      const input = { startupId: id, kind, source, legalBasis, amount: varied, hours, date };
      await recordSupport(em, actor, { ...input, costRef: index === 0 ? costRef : null }, DEMO_TODAY);
    }
  }
  const [fundRound] = await em.execute<{ startup_id: string; amount: string }[]>(
    `select r.startup_id, p.amount from round_participations p join funding_rounds r on r.id = p.round_id
      where p.kind = 'FUND' order by r.date limit 1`,
  );
  if (fundRound) {
    await recordSupport(
      em,
      actor,
      {
        startupId: fundRound.startup_id,
        kind: 'FUND_INVESTMENT',
        source: 'Quỹ Đầu tư Mạo hiểm Hà Nội',
        legalBasis: 'Nghị quyết 30/2025/NQ-HĐND; Nghị định 264/2025/NĐ-CP',
        amount: BigInt(fundRound.amount),
        date: '2026-06-30',
      },
      DEMO_TODAY,
    );
  }
}
