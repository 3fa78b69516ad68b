// Demo data of the partner register: corporations, a university, an institute and an international partner, with
// their agreements; the fund members among them and the published statements they sponsor are linked.
import type { EntityManager } from '@mikro-orm/postgresql';
import { demoActor } from '../users';
import { addAgreement, createPartner } from './service';

const PARTNERS = [
  {
    name: 'Tập đoàn Công nghiệp – Viễn thông Quân đội (Viettel)',
    kind: 'CORPORATION',
    country: 'Việt Nam',
    member: true,
  },
  { name: 'Công ty Cổ phần FPT', kind: 'CORPORATION', country: 'Việt Nam', member: true },
  { name: 'Đại học Bách khoa Hà Nội', kind: 'UNIVERSITY', country: 'Việt Nam', member: false },
  { name: 'Viện Hàn lâm Khoa học và Công nghệ Việt Nam', kind: 'INSTITUTE', country: 'Việt Nam', member: false },
  { name: 'Korea Innovation Foundation (INNOPOLIS)', kind: 'INTERNATIONAL', country: 'Hàn Quốc', member: false },
] as const;

export async function seedDemoPartners(em: EntityManager): Promise<void> {
  const actor = await demoActor(em);
  const challenges = await em.execute<{ id: string }[]>(
    `select id from challenges where status = 'PUBLISHED' order by deadline, title limit 4`,
  );
  for (const [index, partner] of PARTNERS.entries()) {
    const [member] = partner.member
      ? await em.execute<{ id: string }[]>('select id from fund_members where name = ? limit 1', [partner.name])
      : [];
    const created = await createPartner(em, actor, {
      name: partner.name,
      kind: partner.kind,
      country: partner.country,
      website: null,
      fundMemberId: member?.id ?? null,
      sponsoredChallengeIds: challenges[index] ? [challenges[index].id] : [],
    });
    await addAgreement(em, actor, {
      partnerId: created.id,
      title: `Biên bản ghi nhớ hợp tác đổi mới sáng tạo với ${partner.name}`,
      signedOn: `2026-0${(index % 8) + 1}-15`,
      validTo: '2030-12-31',
      scope:
        partner.kind === 'UNIVERSITY' || partner.kind === 'INSTITUTE'
          ? 'Chuyển giao kết quả nghiên cứu, chuyên gia cố vấn, phòng thí nghiệm dùng chung cho startup của chương trình.'
          : 'Đặt đề bài, thí điểm sản phẩm của startup, đồng đầu tư cùng Quỹ.',
    });
  }
}
