// The demo program of the four stages: one program, problem statements from the city's challenge areas,
// scored applications, five cohorts since 2026-01 and ~60 startups whose stage histories are coherent
// (each forward move dated after its gate was met). Deterministic (seeded PRNG), flushed once.
import type { EntityManager } from '@mikro-orm/postgresql';
import { DEFAULT_GATES, type Stage } from '@launchpad/shared';
import {
  ApplicationSchema,
  ApplicationScoreSchema,
  ChallengeCriterionSchema,
  ChallengeSchema,
  type Application,
} from '../modules/challenges';
import { ChecklistItemSchema } from '../modules/checklist';
import { CohortSchema } from '../modules/cohorts';
import { MetricReportSchema } from '../modules/metrics';
import { MilestoneSchema } from '../modules/milestones';
import { DEFAULT_PROGRAM_NAME, ProgramSchema } from '../modules/programs';
import { UserSchema } from '../modules/users';
import { StageMoveSchema, StartupMemberSchema, StartupSchema, type Startup } from '../modules/startups';

/** mulberry32: a tiny seeded PRNG, so every demo database is the same. */
function prng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)]!,
  };
}

const DAY = 86_400_000;
const END = Date.parse('2026-11-15T09:00:00Z');
const at = (iso: string) => new Date(`${iso}T09:00:00Z`);
const plus = (date: Date, days: number) => new Date(date.getTime() + days * DAY);
const iso = (date: Date) => date.toISOString().slice(0, 10);
const clamp = (date: Date, after: Date) => new Date(Math.min(Math.max(date.getTime(), after.getTime() + DAY), END));

const AREAS = ['Giao thông thông minh', 'Y tế số', 'Giáo dục số', 'Môi trường', 'An ninh đô thị'] as const;
/** The codes of the same sectors in the sector list (migration Sectors). */
const AREA_CODES = ['smart-transport', 'digital-health', 'digital-education', 'environment', 'urban-security'] as const;

const CHALLENGES: [area: number, title: string, sponsor: string, kind: 'PUBLIC_BODY' | 'ENTERPRISE'][] = [
  [0, 'Điều khiển đèn tín hiệu thích ứng tại các nút giao trọng điểm', 'Sở Giao thông Vận tải Hà Nội', 'PUBLIC_BODY'],
  [0, 'Thanh toán vé liên thông xe buýt – đường sắt đô thị', 'Tổng công ty Vận tải Hà Nội (Transerco)', 'ENTERPRISE'],
  [1, 'Đặt lịch khám và phân luồng bệnh nhân ngoại trú', 'Bệnh viện Bạch Mai', 'PUBLIC_BODY'],
  [1, 'Theo dõi từ xa bệnh nhân mạn tính sau xuất viện', 'Sở Y tế Hà Nội', 'PUBLIC_BODY'],
  [2, 'Học liệu số cá nhân hóa cho học sinh THCS', 'Sở Giáo dục và Đào tạo Hà Nội', 'PUBLIC_BODY'],
  [2, 'Quản lý chuyên cần và kết nối phụ huynh bằng ứng dụng', 'Sở Giáo dục và Đào tạo Hà Nội', 'PUBLIC_BODY'],
  [3, 'Quan trắc chất lượng không khí theo thời gian thực', 'Sở Tài nguyên và Môi trường Hà Nội', 'PUBLIC_BODY'],
  [3, 'Phân loại rác tại nguồn cho khu dân cư', 'Công ty TNHH MTV Môi trường Đô thị Hà Nội (URENCO)', 'ENTERPRISE'],
  [4, 'Phát hiện sớm nguy cơ cháy nổ tại nhà trọ, chung cư mini', 'Công an Thành phố Hà Nội', 'PUBLIC_BODY'],
  [4, 'Camera AI hỗ trợ giám sát trật tự đô thị', 'UBND quận Hoàn Kiếm', 'PUBLIC_BODY'],
];

const PREFIXES = [
  'Xanh',
  'Việt',
  'Sen',
  'Lotus',
  'Rồng',
  'Hà Thành',
  'Thăng Long',
  'Sao',
  'Mây',
  'Phượng',
  'Tre',
  'Bạch Đằng',
];
const CORES = [
  'Giao Thông',
  'Y Tế',
  'Học Tập',
  'Môi Trường',
  'An Toàn',
  'Dữ Liệu',
  'Kết Nối',
  'Năng Lượng',
  'Nông Nghiệp',
  'Đô Thị',
];
const SUFFIXES = ['AI', 'Tech', 'Số', 'Lab', 'Hub', 'Care', 'Go', 'Edu'];
/** Endings of applicant teams' names, none shared with SUFFIXES, so the two kinds of names never meet. */
const TEAM_SUFFIXES = ['Labs', 'Việt', 'Works', 'Solutions', 'Smart', 'Next'];
const MEMBERS = [
  'Nguyễn Minh Anh',
  'Trần Đức Bảo',
  'Lê Thu Trang',
  'Phạm Quốc Hưng',
  'Hoàng Mai Linh',
  'Vũ Tuấn Kiệt',
  'Đặng Thảo Vy',
  'Bùi Gia Khánh',
];
const BACKGROUNDS = ['UNIVERSITY', 'INSTITUTE', 'COMPANY', 'OVERSEAS', 'SCHOOL', 'INDEPENDENT'] as const;
const PARTNERS = [
  'UBND quận Cầu Giấy',
  'Bệnh viện Đa khoa Đống Đa',
  'Trường THCS Nguyễn Trãi',
  'UBND phường Láng Hạ',
  'Sở Giao thông Vận tải Hà Nội',
];

/** How many startups end in each stage (60 in all). */
const PLAN: [Stage, number][] = [
  ['CONNECTION', 12],
  ['INCUBATION', 16],
  ['PLATFORM_BUILDING', 12],
  ['SCALING_UP', 12],
  ['GRADUATED', 4],
  ['DISCONTINUED', 4],
];

export async function seedDemoFourStages(em: EntityManager): Promise<void> {
  const rnd = prng(20260101);
  // Team names draw from their own sequence so that the rest of the program stays as it was.
  const teamNames = prng(20260102);
  const usedTeamNames = new Set<string>();
  const teamNameOf = (prefix: string) => {
    for (;;) {
      const name = `${prefix} ${teamNames.pick(CORES)} ${teamNames.pick(TEAM_SUFFIXES)}`;
      if (!usedTeamNames.has(name)) {
        usedTeamNames.add(name);
        return name;
      }
    }
  };
  const manager = await em.findOneOrFail(UserSchema, { email: 'incubator@launchpad.test' });
  const admin = await em.findOneOrFail(UserSchema, { email: 'admin@launchpad.test' });
  const founder = await em.findOneOrFail(UserSchema, { email: 'founder@launchpad.test' });

  const program = em.create(ProgramSchema, {
    name: DEFAULT_PROGRAM_NAME,
    description: 'Chương trình bốn giai đoạn: Kết nối → Ươm tạo → Xây dựng nền tảng → Mở rộng quy mô (2026–2030).',
    gates: DEFAULT_GATES,
    createdAt: at('2026-01-02'),
  });

  const cohorts = [
    ['Khóa 1 – Xuân 2026', '2026-01-12', '2026-06-30'],
    ['Khóa 2 – Hè 2026', '2026-03-02', '2026-08-31'],
    ['Khóa 3 – Thu 2026', '2026-05-04', '2026-10-30'],
    ['Khóa 4 – Đông 2026', '2026-08-03', '2027-01-29'],
    ['Khóa 5 – 2026–2027', '2026-10-05', '2027-03-31'],
  ].map(([name, startDate, endDate]) =>
    em.create(CohortSchema, {
      name: name!,
      startDate: startDate!,
      endDate: endDate!,
      manager,
      program,
      createdAt: at(startDate!),
    }),
  );

  // Problem statements, their rubric, applications and scores.
  const selectable: { challenge: string; application: Application; area: number }[] = [];
  CHALLENGES.forEach(([area, title, sponsorName, sponsorKind], index) => {
    const status = index === 9 ? 'DRAFT' : index % 4 === 3 ? 'CLOSED' : 'PUBLISHED';
    const publishedAt = status === 'DRAFT' ? null : plus(at('2026-01-06'), index * 9);
    const challenge = em.create(ChallengeSchema, {
      title,
      sponsorName,
      sponsorKind,
      sector: AREA_CODES[area]!,
      description: `${sponsorName} tìm giải pháp: ${title.toLowerCase()}. Dữ liệu và địa điểm thử nghiệm (sandbox) được cung cấp cho đội được chọn.`,
      expectedOutcome: 'Một sản phẩm thử nghiệm chạy thật trong 3 tháng, có chỉ số đo được trước và sau.',
      deadline: status === 'CLOSED' ? iso(plus(at('2026-04-30'), index * 7)) : iso(plus(at('2027-01-15'), index * 5)),
      status,
      publishedAt,
      closedAt: status === 'CLOSED' ? plus(at('2026-05-01'), index * 7) : null,
      createdAt: publishedAt ?? at('2026-10-20'),
    });
    const criteria = [
      ['Mức độ giải quyết vấn đề', 4],
      ['Tính khả thi kỹ thuật', 3],
      ['Năng lực đội ngũ', 2],
      ['Khả năng mở rộng', 1],
    ].map(([name, weight], position) =>
      em.create(ChallengeCriterionSchema, { challenge, position, name: name as string, weight: weight as number }),
    );
    if (status === 'DRAFT') return;
    const count = rnd.int(3, 5);
    for (let a = 0; a < count; a++) {
      const members = Array.from({ length: rnd.int(2, 4) }, () => ({
        name: rnd.pick(MEMBERS),
        background: rnd.pick(BACKGROUNDS),
      }));
      const application = em.create(ApplicationSchema, {
        challenge,
        teamName: `Đội ${teamNameOf(rnd.pick(PREFIXES))}`,
        members,
        proposal: `Chúng tôi đề xuất một nền tảng ${AREAS[area]!.toLowerCase()} dùng dữ liệu mở của thành phố để ${title.toLowerCase()}, thử nghiệm tại một quận trong 12 tuần.`,
        contactEmail: `team${index + 1}${a + 1}@example.vn`,
        status: 'SUBMITTED',
        submittedAt: plus(publishedAt!, rnd.int(3, 40)),
      });
      for (const reviewer of a === count - 1 ? [manager] : [manager, admin]) {
        for (const criterion of criteria) {
          em.create(ApplicationScoreSchema, {
            application,
            criterion,
            reviewer,
            score: rnd.int(4, 10),
            scoredAt: plus(publishedAt!, 45),
          });
        }
      }
      if (a === 0) selectable.push({ challenge: challenge.id, application, area });
    }
  });

  // Startups and their coherent histories.
  const used = new Set<string>();
  const nameOf = () => {
    for (;;) {
      const name = `${rnd.pick(PREFIXES)} ${rnd.pick(CORES)} ${rnd.pick(SUFFIXES)}`;
      if (!used.has(name)) {
        used.add(name);
        return name;
      }
    }
  };
  let founderPlaced = false;
  let serial = 0;
  for (const [target, howMany] of PLAN) {
    for (let n = 0; n < howMany; n++) {
      serial++;
      const linked = target === 'CONNECTION' ? selectable.shift() : undefined;
      const area = linked?.area ?? serial % AREAS.length;
      const late = target === 'INCUBATION' || target === 'DISCONTINUED';
      const cohort = target === 'CONNECTION' ? null : cohorts[late ? rnd.int(1, 4) : rnd.int(0, 2)]!;
      const cohortStart = cohort ? at(cohort.startDate) : null;
      const connectedAt = cohortStart
        ? clamp(plus(cohortStart, -rnd.int(10, 50)), at('2026-01-01'))
        : plus(at('2026-06-01'), rnd.int(0, 150));
      const startup: Startup = em.create(StartupSchema, {
        name: linked ? linked.application.teamName.replace(/^Đội /, '') : nameOf(),
        sector: AREA_CODES[area]!,
        stage: target,
        description: `Startup ${AREAS[area]!.toLowerCase()} của chương trình ươm tạo Hà Nội.`,
        program,
        challenge: linked?.challenge ?? null,
        application: linked?.application ?? null,
        cohort,
        createdAt: connectedAt,
      });
      if (linked) linked.application.status = 'SELECTED';
      const moves: { from: Stage | null; to: Stage; when: Date; reason: string | null }[] = [
        { from: null, to: 'CONNECTION', when: connectedAt, reason: null },
      ];
      const milestone = (
        kind: 'PROBLEM_VALIDATED' | 'PROTOTYPE' | 'MVP' | 'PILOT' | 'FIRST_CUSTOMER',
        status: 'PLANNED' | 'IN_PROGRESS' | 'DONE' | 'VERIFIED',
        due: Date,
        verifiedAt: Date | null = null,
      ) =>
        em.create(MilestoneSchema, {
          startup,
          kind,
          title: {
            PROBLEM_VALIDATED: 'Xác thực vấn đề với người dùng',
            PROTOTYPE: 'Bản mẫu đầu tiên',
            MVP: 'Sản phẩm khả dụng tối thiểu (MVP)',
            PILOT: 'Thí điểm có kiểm soát (sandbox)',
            FIRST_CUSTOMER: 'Khách hàng trả tiền đầu tiên',
          }[kind],
          dueDate: iso(due),
          status,
          evidenceUrl:
            status === 'DONE' || status === 'VERIFIED'
              ? `https://demo.launchpad.test/evidence/${serial}/${kind.toLowerCase()}`
              : null,
          evidenceText: status === 'VERIFIED' ? 'Biên bản nghiệm thu của cán bộ ươm tạo.' : null,
          pilotPartner: kind === 'PILOT' ? rnd.pick(PARTNERS) : null,
          pilotScope: kind === 'PILOT' ? 'Thử nghiệm tại một phường trong 8 tuần với 200 người dùng.' : null,
          pilotStart: kind === 'PILOT' ? iso(due) : null,
          pilotEnd: kind === 'PILOT' ? iso(plus(due, 56)) : null,
          verifiedAt: status === 'VERIFIED' ? (verifiedAt ?? due) : null,
          verifiedBy: status === 'VERIFIED' ? manager : null,
          createdAt: connectedAt,
          updatedAt: verifiedAt ?? due,
        });

      if (target !== 'CONNECTION') {
        const incubatedAt = clamp(plus(cohortStart!, rnd.int(1, 10)), connectedAt);
        moves.push({ from: 'CONNECTION', to: 'INCUBATION', when: incubatedAt, reason: null });
        milestone('PROBLEM_VALIDATED', 'VERIFIED', plus(incubatedAt, 20), plus(incubatedAt, 22));
        const reachesPlatform = ['PLATFORM_BUILDING', 'SCALING_UP', 'GRADUATED'].includes(target);
        const isFounderStartup = target === 'INCUBATION' && !founderPlaced;
        if (reachesPlatform) {
          const mvpVerified = clamp(plus(incubatedAt, rnd.int(35, 70)), incubatedAt);
          milestone('PROTOTYPE', 'VERIFIED', plus(incubatedAt, 30), plus(mvpVerified, -5));
          milestone('MVP', 'VERIFIED', mvpVerified, mvpVerified);
          const platformAt = clamp(plus(mvpVerified, rnd.int(2, 10)), mvpVerified);
          moves.push({ from: 'INCUBATION', to: 'PLATFORM_BUILDING', when: platformAt, reason: null });
          em.create(ChecklistItemSchema, {
            startup,
            kind: 'CORPORATE_STRUCTURE',
            doneDate: iso(plus(platformAt, 10)),
            evidence: 'Điều lệ công ty cổ phần',
            enterpriseCode: null,
            updatedAt: plus(platformAt, 10),
            updatedBy: null,
          });
          if (rnd.next() < 0.6) {
            em.create(ChecklistItemSchema, {
              startup,
              kind: 'IP_FILING',
              doneDate: iso(plus(platformAt, 25)),
              evidence: 'Đơn đăng ký nhãn hiệu tại Cục Sở hữu trí tuệ',
              enterpriseCode: null,
              updatedAt: plus(platformAt, 25),
              updatedBy: null,
            });
          }
          if (target !== 'PLATFORM_BUILDING') {
            const registeredAt = clamp(plus(platformAt, rnd.int(12, 30)), platformAt);
            em.create(ChecklistItemSchema, {
              startup,
              kind: 'BUSINESS_REGISTRATION',
              doneDate: iso(registeredAt),
              evidence: 'Giấy chứng nhận đăng ký doanh nghiệp – Sở KH&ĐT Hà Nội',
              enterpriseCode: `01${String(10_000_000 + serial * 7919).slice(-8)}`,
              updatedAt: registeredAt,
              updatedBy: null,
            });
            em.create(ChecklistItemSchema, {
              startup,
              kind: 'DIGITAL_INFRASTRUCTURE',
              doneDate: iso(plus(registeredAt, 5)),
              evidence: 'Hạ tầng đám mây trong nước',
              enterpriseCode: null,
              updatedAt: plus(registeredAt, 5),
              updatedBy: null,
            });
            const scalingAt = clamp(plus(registeredAt, rnd.int(5, 25)), registeredAt);
            moves.push({ from: 'PLATFORM_BUILDING', to: 'SCALING_UP', when: scalingAt, reason: null });
            milestone('FIRST_CUSTOMER', 'VERIFIED', plus(scalingAt, -3), plus(scalingAt, -1));
            // Monthly metrics from the scale-up month to October 2026, growing.
            let revenue = BigInt(rnd.int(80, 400)) * 1_000_000n;
            let customers = rnd.int(5, 40);
            let employees = rnd.int(5, 15);
            for (let month = scalingAt.getUTCMonth() + 1; month <= 10; month++) {
              const period = `2026-${String(month).padStart(2, '0')}`;
              em.create(MetricReportSchema, {
                startup,
                period,
                revenue,
                customers,
                employees,
                submittedAt: at(`${period}-28`),
                submittedBy: null,
              });
              revenue = (revenue * BigInt(110 + rnd.int(0, 25))) / 100n;
              customers += rnd.int(2, 12);
              employees += rnd.int(0, 2);
            }
            if (target === 'GRADUATED') {
              moves.push({
                from: 'SCALING_UP',
                to: 'GRADUATED',
                when: clamp(plus(scalingAt, rnd.int(20, 45)), scalingAt),
                reason: 'Tự chủ tài chính, doanh thu ổn định và đã gọi vốn vòng A.',
              });
            }
          } else {
            milestone('PILOT', rnd.next() < 0.5 ? 'IN_PROGRESS' : 'DONE', plus(platformAt, 14));
          }
        } else if (isFounderStartup) {
          founderPlaced = true;
          em.create(StartupMemberSchema, { startup, user: founder, joinedAt: connectedAt });
          milestone('PROTOTYPE', 'DONE', plus(incubatedAt, 35));
          milestone('MVP', 'IN_PROGRESS', at('2026-12-15'));
          milestone('PILOT', 'PLANNED', at('2027-01-10'));
        } else {
          milestone('PROTOTYPE', rnd.pick(['IN_PROGRESS', 'DONE'] as const), plus(incubatedAt, 40));
          if (rnd.next() < 0.5) milestone('MVP', 'PLANNED', plus(incubatedAt, 90));
        }
        if (target === 'DISCONTINUED') {
          const last = moves.at(-1)!;
          moves.push({
            from: last.to,
            to: 'DISCONTINUED',
            when: clamp(plus(last.when, rnd.int(30, 70)), last.when),
            reason: 'Nhóm sáng lập tách ra, không còn đủ nguồn lực theo đuổi sản phẩm.',
          });
        }
      }
      for (const move of moves) {
        em.create(StageMoveSchema, {
          startup,
          fromStage: move.from,
          toStage: move.to,
          at: move.when,
          by: move.from ? manager : null,
          reason: move.reason,
        });
      }
      startup.updatedAt = moves.at(-1)!.when;
    }
  }
  await em.flush();
}
