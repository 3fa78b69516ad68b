// Demo data of pilots in controlled testing: two agreements — one active from the accepted PPP proposal on adaptive
// traffic signals, one completed with its outcome — each referred to by a startup's PILOT milestone when it has one.
import type { EntityManager } from '@mikro-orm/postgresql';
import { demoActor } from '../users';
import { createPilot, updatePilot } from './service';

export async function seedDemoPilots(em: EntityManager): Promise<void> {
  const actor = await demoActor(em);
  const startups = await em.execute<{ id: string; milestone_id: string | null }[]>(
    `select s.id, (select m.id from milestones m where m.startup_id = s.id and m.kind = 'PILOT' limit 1) as milestone_id
       from startups s where s.stage in ('PLATFORM_BUILDING', 'SCALING_UP') order by s.name limit 2`,
  );
  const [proposal] = await em.execute<{ id: string }[]>(
    `select id from ppp_proposals where status = 'ACCEPTED' and outcome is null order by submitted_at limit 1`,
  );
  const partners = await em.execute<{ id: string }[]>('select id from strategic_partners order by name limit 2');
  if (startups.length < 2) return;
  const active = await createPilot(em, actor, {
    startupId: startups[0]!.id,
    publicBody: 'Sở Xây dựng Hà Nội',
    partnerId: partners[0]?.id ?? null,
    scope: 'Đèn tín hiệu thích ứng tại 5 nút giao quận Cầu Giấy, 6 tháng.',
    conditions:
      'Không đổi pha đèn giờ cao điểm khi chưa có phê duyệt của Sở; dữ liệu camera không rời hạ tầng thành phố.',
    startDate: '2026-09-01',
    endDate: '2027-02-28',
    responsibleOfficer: 'Trần Văn Minh, Phòng Quản lý giao thông',
    milestoneId: startups[0]!.milestone_id,
    proposalId: proposal?.id ?? null,
  });
  await updatePilot(em, actor, active.id, { status: 'ACTIVE' });
  const done = await createPilot(em, actor, {
    startupId: startups[1]!.id,
    publicBody: 'UBND phường Dịch Vọng',
    partnerId: partners[1]?.id ?? null,
    scope: 'Thử nghiệm với 200 người dùng trong 8 tuần tại một phường.',
    conditions: 'Người dùng tự nguyện tham gia; dữ liệu cá nhân được ẩn danh.',
    startDate: '2026-04-01',
    endDate: '2026-05-31',
    responsibleOfficer: 'Nguyễn Văn Hòa, Phó Chủ tịch UBND phường',
    milestoneId: startups[1]!.milestone_id,
  });
  await updatePilot(em, actor, done.id, { status: 'ACTIVE' });
  await updatePilot(em, actor, done.id, {
    status: 'COMPLETED',
    outcome: '186/200 người dùng hoạt động đến cuối đợt; thời gian xử lý hồ sơ giảm 35%. Phường đề nghị mở rộng.',
    evidenceUrl: 'https://launchpad.example/pilots/dich-vong-report.pdf',
  });
}
