// A decided application's mail carries the program's per-criterion feedback: the selection mail to a selected team,
// the "not selected" mail to the others when the statement closes — in rubric order, and never a reviewer's name.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ACCOUNTS } from '@launchpad/server/modules/users/seed';
import { createTestApp, type TestApp } from '../support/app';
import { startSmtpServer, type TestSmtpServer } from '../support/smtp';

const CHALLENGE = `mutation($i: ChallengeInput!) { createChallenge(input: $i) { id rubric { id name } } }`;
const PUBLISH = 'mutation($id: ID!) { publishChallenge(id: $id) { id } }';
const CLOSE = 'mutation($id: ID!) { closeChallenge(id: $id) { id } }';
const SUBMIT = 'mutation($i: SubmitApplicationInput!) { submitApplication(input: $i) { id } }';
const SELECT = `mutation($a: ID!) { selectApplication(applicationId: $a) { startup { id } } }`;
const FEEDBACK = 'mutation($i: CriterionFeedbackInput!) { setApplicationFeedback(input: $i) { text } }';

describe('feedback in the decision mail', () => {
  let t: TestApp;
  let smtp: TestSmtpServer;
  let manager: string;
  let challengeId: string;
  let criteria: { id: string; name: string }[];
  const ids: Record<string, string> = {};

  async function feedback(applicationId: string, criterionId: string, text: string) {
    const result = await t.gql(FEEDBACK, { i: { applicationId, criterionId, text } }, manager);
    expect(result.errors).toBeUndefined();
  }

  beforeAll(async () => {
    smtp = await startSmtpServer();
    t = await createTestApp({ config: { SMTP_URL: smtp.url } });
    manager = await t.loginAs('INCUBATOR_MANAGER');
    const created = await t.gql<{ createChallenge: { id: string; rubric: { id: string; name: string }[] } }>(
      CHALLENGE,
      {
        i: {
          title: 'Bản đồ ngập úng thời gian thực',
          sponsorName: 'Sở Xây dựng Hà Nội',
          sponsorKind: 'PUBLIC_BODY',
          sector: 'Giao thông thông minh',
          description: 'Cảm biến mực nước và cảnh báo cho người dân.',
          expectedOutcome: 'Cảnh báo trước 30 phút.',
          rubric: [
            { name: 'Tác động', weight: 2 },
            { name: 'Khả thi', weight: 1 },
          ],
          deadline: '2099-12-31',
        },
      },
      manager,
    );
    expect(created.errors).toBeUndefined();
    challengeId = created.data!.createChallenge.id;
    criteria = created.data!.createChallenge.rubric;
    expect((await t.gql(PUBLISH, { id: challengeId }, manager)).errors).toBeUndefined();
    for (const [team, email] of [
      ['Nhóm Mưa Lớn', 'mualon@example.vn'],
      ['Nhóm Triều Cường', 'trieucuong@example.vn'],
    ] as const) {
      const submitted = await t.gql<{ submitApplication: { id: string } }>(SUBMIT, {
        i: {
          challengeId,
          teamName: team,
          members: [{ name: 'Hoàng Văn Nam', background: 'UNIVERSITY' }],
          proposal: 'Mạng cảm biến LoRa đo mực nước tại các điểm ngập.',
          contactEmail: email,
        },
      });
      expect(submitted.errors).toBeUndefined();
      ids[email] = submitted.data!.submitApplication.id;
      await smtp.waitFor(email);
    }
    // Written in reverse rubric order: the mail lists them in the rubric's order.
    await feedback(ids['mualon@example.vn']!, criteria[1]!.id, 'Chi phí lắp đặt hợp lý.');
    await feedback(ids['mualon@example.vn']!, criteria[0]!.id, 'Tác động rõ ràng, có số liệu.');
    await feedback(ids['trieucuong@example.vn']!, criteria[0]!.id, 'Chưa định lượng số hộ dân được cảnh báo.');
  });
  afterAll(async () => {
    await t.close();
    await smtp.close();
  });

  function expectNoReviewerNamed(text: string) {
    for (const account of DEMO_ACCOUNTS) expect(text).not.toContain(account.displayName);
  }

  it('puts the per-criterion feedback in the selection mail, in rubric order', async () => {
    expect((await t.gql(SELECT, { a: ids['mualon@example.vn'] }, manager)).errors).toBeUndefined();
    const mails = await smtp.waitFor('mualon@example.vn', 3);
    const selected = mails.find((m) => m.subject === 'Hồ sơ Nhóm Mưa Lớn đã được chọn')!;
    expect(selected.text).toContain(
      'Nhận xét theo từng tiêu chí:\n- Tác động: Tác động rõ ràng, có số liệu.\n- Khả thi: Chi phí lắp đặt hợp lý.',
    );
    expect(selected.html).toContain('- Tác động: Tác động rõ ràng, có số liệu.<br>- Khả thi: Chi phí lắp đặt hợp lý.');
    expectNoReviewerNamed(selected.text);
    expectNoReviewerNamed(selected.html);
  });

  it('puts the feedback in the "not selected" mail when the statement closes', async () => {
    expect((await t.gql(CLOSE, { id: challengeId }, manager)).errors).toBeUndefined();
    const mails = await smtp.waitFor('trieucuong@example.vn', 2);
    const refused = mails.find((m) => m.subject === 'Kết quả hồ sơ Nhóm Triều Cường')!;
    expect(refused.text).toContain(
      'Nhận xét theo từng tiêu chí:\n- Tác động: Chưa định lượng số hộ dân được cảnh báo.',
    );
    expect(refused.text).not.toContain('Khả thi');
    expectNoReviewerNamed(refused.text);
  });
});
