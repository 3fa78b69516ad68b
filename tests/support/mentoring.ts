// A small mentoring program for tests: three fintech startups (A and C with their own founder), a mentor invited
// and signed in (cap 2) and assigned to A and C, B left unassigned, and a metric report of A.
import { expect } from 'vitest';
import type { TestApp } from './app';
import { sql } from './fund';

export interface Mentoring {
  manager: string;
  mentorToken: string;
  mentorId: string;
  startupId: string;
  otherStartupId: string;
  thirdStartupId: string;
  founderA: string;
  founderC: string;
  profileInput: Record<string, unknown>;
}

export const MENTOR_PASSWORD = 'mentor-password-long-enough';

async function ok<T>(response: Promise<{ data: T | null; errors?: unknown }>): Promise<T> {
  const { data, errors } = await response;
  expect(errors).toBeUndefined();
  return data!;
}

async function startup(t: TestApp, manager: string, name: string): Promise<string> {
  const data = await ok(
    t.gql<{ createStartup: { id: string } }>(
      'mutation($i: CreateStartupInput!) { createStartup(input: $i) { id } }',
      { i: { name, sector: 'fintech' } },
      manager,
    ),
  );
  return data.createStartup.id;
}

async function founderOf(t: TestApp, manager: string, startupId: string, email: string): Promise<string> {
  const invited = await ok(
    t.gql<{ inviteFounder: { token: string } }>(
      'mutation($s: ID!, $e: String!) { inviteFounder(startupId: $s, email: $e) { token } }',
      { s: startupId, e: email },
      manager,
    ),
  );
  const accepted = await ok(
    t.gql<{ acceptInvitation: { token: string } }>(
      'mutation($t: String!, $n: String!, $p: String!) { acceptInvitation(token: $t, displayName: $n, password: $p) { token } }',
      { t: invited.inviteFounder.token, n: `Founder ${email}`, p: MENTOR_PASSWORD },
    ),
  );
  return accepted.acceptInvitation.token;
}

export async function setUpMentoring(t: TestApp): Promise<Mentoring> {
  const manager = await t.loginAs('INCUBATOR_MANAGER');
  const startupId = await startup(t, manager, 'Ví Xanh');
  const otherStartupId = await startup(t, manager, 'Sổ Cái Số');
  const thirdStartupId = await startup(t, manager, 'Tín Dụng Nhỏ');
  const founderA = await founderOf(t, manager, startupId, 'a@founders.test');
  const founderC = await founderOf(t, manager, thirdStartupId, 'c@founders.test');
  const profileInput = {
    displayName: 'Lê Hoàng Nam',
    background: 'OVERSEAS',
    organization: 'Fintech Lab, Singapore',
    sectors: ['fintech'],
    expertise: ['FUNDRAISING', 'HIRING'],
    languages: ['vi', 'en'],
    bio: 'Ten years of payments in Southeast Asia.',
    availability: 'Thursday afternoons',
    maxActiveStartups: 2,
  };
  const invited = await ok(
    t.gql<{ inviteMentor: { id: string } }>(
      'mutation($i: MentorProfileInput!) { inviteMentor(input: $i) { id } }',
      { i: { ...profileInput, email: 'nam@expert.test' } },
      manager,
    ),
  );
  const [invitation] = await sql<{ token: string }>(t, 'select token from invitations where email = $1', [
    'nam@expert.test',
  ]);
  const accepted = await ok(
    t.gql<{ acceptInvitation: { token: string } }>(
      'mutation($t: String!, $n: String!, $p: String!) { acceptInvitation(token: $t, displayName: $n, password: $p) { token } }',
      { t: invitation!.token, n: 'Lê Hoàng Nam', p: MENTOR_PASSWORD },
    ),
  );
  for (const [id, needs] of [
    [startupId, ['FUNDRAISING', 'LEGAL']],
    [otherStartupId, ['FUNDRAISING']],
  ] as const) {
    await ok(
      t.gql(
        'mutation($s: ID!, $i: StartupNeedsInput!) { setStartupNeeds(startupId: $s, input: $i) { startupId } }',
        { s: id, i: { needs } },
        manager,
      ),
    );
  }
  for (const id of [startupId, thirdStartupId]) {
    await ok(
      t.gql(
        'mutation($s: ID!, $m: ID!) { assignMentor(startupId: $s, mentorId: $m, reason: "fundraising") { id } }',
        { s: id, m: invited.inviteMentor.id },
        manager,
      ),
    );
  }
  await sql(
    t,
    `insert into metric_reports (id, startup_id, period, revenue, customers, employees, submitted_at)
     values (gen_random_uuid(), $1, '2026-10', 120000000, 40, 6, now())`,
    [startupId],
  );
  return {
    manager,
    mentorToken: accepted.acceptInvitation.token,
    mentorId: invited.inviteMentor.id,
    startupId,
    otherStartupId,
    thirdStartupId,
    founderA,
    founderC,
    profileInput,
  };
}
