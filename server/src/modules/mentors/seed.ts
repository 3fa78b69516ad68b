// Demo data of mentoring and of a blind-judged problem statement: four mentors (two of them overseas experts, one
// the demo account mentor@launchpad.test) assigned to incubated startups, each with past sessions (notes, ratings)
// and booked future ones; and one statement judged blind by three reviewers, one of whom declared a conflict.
import type { EntityManager } from '@mikro-orm/postgresql';
import {
  ApplicationFeedbackSchema,
  ApplicationSchema,
  ApplicationScoreSchema,
  ChallengeCriterionSchema,
  ChallengeSchema,
  ReviewAssignmentSchema,
} from '../challenges';
import { StartupMemberSchema, StartupSchema, type Startup } from '../startups';
import { UserSchema, type User } from '../users';
import {
  MentorAssignmentEventSchema,
  MentorAssignmentSchema,
  MentorProfileSchema,
  OfficeHourBookingSchema,
  OfficeHourSlotSchema,
  StartupNeedsSchema,
  type MentorProfile,
} from './entities';

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;

const MENTORS = [
  {
    email: 'mentor@launchpad.test',
    displayName: 'Đỗ Thanh Sơn',
    background: 'OVERSEAS',
    organization: 'Grab Financial Group, Singapore',
    sectors: ['fintech', 'smart-transport'],
    expertise: ['FUNDRAISING', 'PRODUCT', 'TECHNOLOGY'],
    languages: ['vi', 'en'],
    bio: 'Mười năm xây dựng sản phẩm thanh toán ở Đông Nam Á; cố vấn gọi vốn vòng hạt giống.',
    availability: 'Chiều thứ Năm, trực tuyến',
  },
  {
    email: 'ngoc.tran@expert.vn',
    displayName: 'Trần Bảo Ngọc',
    background: 'UNIVERSITY',
    organization: 'Đại học Bách khoa Hà Nội',
    sectors: ['digital-health', 'digital-education'],
    expertise: ['TECHNOLOGY', 'IP'],
    languages: ['vi', 'en'],
    bio: 'Phó giáo sư, chuyên về trí tuệ nhân tạo y tế và chuyển giao công nghệ.',
    availability: 'Sáng thứ Ba tại trường',
  },
  {
    email: 'minh.le@expert.vn',
    displayName: 'Lê Quang Minh',
    background: 'COMPANY',
    organization: 'Công ty Luật TNHH Minh & Cộng sự',
    sectors: ['fintech', 'environment', 'agritech'],
    expertise: ['LEGAL', 'IP', 'HIRING'],
    languages: ['vi'],
    bio: 'Luật sư doanh nghiệp: điều lệ, cổ phần, hợp đồng nhà đầu tư, sở hữu trí tuệ.',
    availability: 'Thứ Sáu hàng tuần',
  },
  {
    email: 'hoa.pham@expert.vn',
    displayName: 'Phạm Thu Hoa',
    background: 'OVERSEAS',
    organization: 'Siemens Mobility, München',
    sectors: ['smart-transport', 'urban-security'],
    expertise: ['MARKET', 'PRODUCT'],
    languages: ['vi', 'en', 'de'],
    bio: 'Chuyên gia giao thông thông minh tại Đức, hỗ trợ thí điểm với cơ quan nhà nước.',
    availability: 'Tối thứ Tư (giờ Hà Nội), trực tuyến',
  },
] as const;

const NOTES = [
  'Cần làm sạch bảng cổ phần trước vòng gọi vốn; chuẩn bị dữ liệu tăng trưởng 6 tháng.',
  'Đã rà soát hợp đồng thí điểm; bổ sung điều khoản dữ liệu cá nhân theo Nghị định 13.',
  'Định vị lại khách hàng mục tiêu: bắt đầu với 2 quận, đo tỷ lệ giữ chân.',
];

export async function seedDemoMentoring(em: EntityManager): Promise<void> {
  const now = Date.now();
  const manager = await em.findOneOrFail(UserSchema, { email: 'incubator@launchpad.test' });
  const founder = await em.findOneOrFail(UserSchema, { email: 'founder@launchpad.test' });
  const profiles = MENTORS.map((m) =>
    em.create(MentorProfileSchema, {
      ...m,
      sectors: [...m.sectors],
      expertise: [...m.expertise],
      languages: [...m.languages],
      maxActiveStartups: 3,
      active: true,
    }),
  );
  const founderStartup = (await em.findOneOrFail(StartupMemberSchema, { user: founder.id }, { populate: ['startup'] }))
    .startup as Startup;
  const others = await em.find(
    StartupSchema,
    { stage: { $in: ['INCUBATION', 'PLATFORM_BUILDING'] }, id: { $ne: founderStartup.id } },
    { orderBy: { name: 'asc' }, limit: 5 },
  );
  const startups = [founderStartup, ...others];
  em.create(StartupNeedsSchema, {
    startup: founderStartup,
    needs: ['FUNDRAISING', 'LEGAL'],
    note: 'Chuẩn bị vòng hạt giống đầu năm 2027.',
    shareMetricsWithMentors: true,
  });
  // Each mentor takes one or two startups; the demo mentor and the lawyer take the founder's startup.
  const plan: [MentorProfile, Startup][] = [
    [profiles[0]!, founderStartup],
    [profiles[2]!, founderStartup],
    [profiles[0]!, startups[1] ?? founderStartup],
    [profiles[1]!, startups[2] ?? founderStartup],
    [profiles[3]!, startups[3] ?? founderStartup],
    [profiles[3]!, startups[4] ?? founderStartup],
  ];
  const seen = new Set<string>();
  for (const [mentor, startup] of plan) {
    const key = `${mentor.email}|${startup.id}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const startedAt = new Date(now - 60 * DAY);
    const assignment = em.create(MentorAssignmentSchema, { mentor, startup, startedAt, endedAt: null });
    em.create(MentorAssignmentEventSchema, {
      assignment,
      kind: 'ASSIGNED',
      actor: manager,
      reason: 'Khớp lĩnh vực và nhu cầu',
      at: startedAt,
    });
  }
  // Sessions: two past (noted, mostly rated) and one booked ahead per assignment, plus an open slot per mentor.
  let n = 0;
  for (const key of seen) {
    const [email, startupId] = key.split('|');
    const mentor = profiles.find((p) => p.email === email)!;
    const startup = startups.find((s) => s.id === startupId)!;
    const bookedBy: User = startup.id === founderStartup.id ? founder : manager;
    for (const daysAgo of [30, 9, -5]) {
      n++;
      // Sessions start at 14:00–16:00 Hanoi time (07:00–09:00 UTC).
      const start = new Date(Math.floor((now - daysAgo * DAY) / DAY) * DAY + (7 + (n % 3)) * HOUR);
      const slot = em.create(OfficeHourSlotSchema, {
        mentor,
        startsAt: start,
        endsAt: new Date(start.getTime() + HOUR),
        location: mentor.background === 'OVERSEAS' ? 'Trực tuyến (Google Meet)' : 'Phòng họp 2, Trung tâm ĐMST',
        withdrawnAt: null,
        createdAt: new Date(start.getTime() - 10 * DAY),
      });
      const past = daysAgo > 0;
      em.create(OfficeHourBookingSchema, {
        slot,
        startup,
        bookedBy,
        topic: past ? 'Chuẩn bị gọi vốn và pháp lý' : 'Rà soát bộ hồ sơ gọi vốn',
        bookedAt: new Date(start.getTime() - 7 * DAY),
        cancelledAt: null,
        cancelledBy: null,
        notes: past ? NOTES[n % NOTES.length]! : null,
        notesShared: past && n % 2 === 0,
        notesAt: past ? new Date(start.getTime() + 2 * HOUR) : null,
        rating: past && daysAgo === 30 ? 4 + (n % 2) : null,
        ratingComment: past && daysAgo === 30 ? 'Rất hữu ích' : null,
        ratedAt: past && daysAgo === 30 ? new Date(start.getTime() + DAY) : null,
      });
    }
  }
  for (const [index, mentor] of profiles.entries()) {
    const start = new Date(Math.floor((now + (3 + index) * DAY) / DAY) * DAY + 8 * HOUR);
    em.create(OfficeHourSlotSchema, {
      mentor,
      startsAt: start,
      endsAt: new Date(start.getTime() + HOUR),
      location: 'Trực tuyến (Google Meet)',
      withdrawnAt: null,
    });
  }
  await em.flush();
  await seedBlindJudging(em);
}

/** One problem statement judged blind by three reviewers (admin, incubator manager, the demo mentor). */
async function seedBlindJudging(em: EntityManager): Promise<void> {
  const reviewers = await em.find(UserSchema, {
    email: { $in: ['admin@launchpad.test', 'incubator@launchpad.test', 'mentor@launchpad.test'] },
  });
  const mentor = reviewers.find((r) => r.role === 'MENTOR')!;
  const now = Date.now();
  const challenge = em.create(ChallengeSchema, {
    title: 'Ví điện tử cho tiểu thương chợ truyền thống',
    sponsorName: 'Sở Công Thương Hà Nội',
    sponsorKind: 'PUBLIC_BODY',
    sector: 'fintech',
    description: 'Tiểu thương ở các chợ truyền thống cần nhận thanh toán không tiền mặt với phí thấp.',
    expectedOutcome: 'Thí điểm tại 3 chợ trong 3 tháng, đo tỷ lệ giao dịch không tiền mặt.',
    deadline: new Date(now - 10 * DAY).toISOString().slice(0, 10),
    status: 'CLOSED',
    publishedAt: new Date(now - 50 * DAY),
    closedAt: new Date(now - 9 * DAY),
    decidedAt: null,
    appealUntil: null,
    createdAt: new Date(now - 55 * DAY),
  });
  const criteria = [
    ['Tác động với tiểu thương', 3, ['Chưa có bằng chứng', 'Hợp lý, chưa kiểm chứng', 'Đã có người dùng thật']],
    ['Tính khả thi', 2, ['Chưa rõ cách làm', 'Có kế hoạch kỹ thuật', 'Đã có sản phẩm chạy']],
    ['Năng lực đội ngũ', 1, ['Thiếu kỹ năng chính', 'Đủ kỹ năng cốt lõi', 'Đã từng làm sản phẩm tương tự']],
  ] as const;
  const rubric = criteria.map(([name, weight, [low, mid, high]], position) =>
    em.create(ChallengeCriterionSchema, {
      challenge,
      position,
      name,
      weight,
      levels: [
        { score: 2, description: low },
        { score: 5, description: mid },
        { score: 8, description: high },
      ],
    }),
  );
  const teams = ['Đội Chợ Số', 'Đội QR Xanh', 'Đội Tiền Lẻ', 'Đội Phiên Chợ Mới'];
  // Reviewer styles: the admin generous, the manager strict, the mentor wide-ranging.
  const base = [7, 9, 5, 6];
  const style = (reviewer: User, value: number) =>
    reviewer.role === 'ADMIN'
      ? Math.min(10, value + 2)
      : reviewer.role === 'INCUBATOR_MANAGER'
        ? Math.max(0, value - 3)
        : value;
  for (const [index, teamName] of teams.entries()) {
    const application = em.create(ApplicationSchema, {
      challenge,
      teamName,
      members: [
        { name: 'Nguyễn Văn An', background: 'UNIVERSITY' },
        { name: 'Trần Thị Bình', background: 'COMPANY' },
      ],
      proposal: `Ứng dụng ví QR cho tiểu thương, phí 0% trong 6 tháng đầu, đối soát cuối ngày (phương án ${index + 1}).`,
      contactEmail: `vi-cho-${index + 1}@example.vn`,
      status: 'SUBMITTED',
      shortlistedAt: null,
      submittedAt: new Date(now - (40 - index) * DAY),
    });
    for (const reviewer of reviewers) {
      // The mentor knows the second team's lead: a conflict, so they never read nor score it.
      const conflict = reviewer.id === mentor.id && index === 1;
      em.create(ReviewAssignmentSchema, {
        application,
        reviewer,
        phase: 'IDEA',
        declaration: conflict ? 'CONFLICT' : 'NO_CONFLICT',
        declarationNote: conflict ? 'Trưởng nhóm là cựu nhân viên của tôi.' : null,
        declaredAt: new Date(now - 8 * DAY),
        assignedAt: new Date(now - 9 * DAY),
      });
      if (conflict) continue;
      for (const [position, criterion] of rubric.entries()) {
        em.create(ApplicationScoreSchema, {
          application,
          criterion,
          reviewer,
          phase: 'IDEA',
          score: style(reviewer, Math.max(0, Math.min(10, base[index]! - position))),
          scoredAt: new Date(now - 7 * DAY),
        });
      }
    }
    em.create(ApplicationFeedbackSchema, {
      application,
      criterion: rubric[0]!,
      text:
        base[index]! >= 7
          ? 'Tác động rõ ràng, đã có tiểu thương dùng thử.'
          : 'Cần số liệu về số tiểu thương sẵn sàng dùng.',
    });
  }
  await em.flush();
}
