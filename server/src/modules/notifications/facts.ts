// What a notice needs to know of the record it is about, read by SQL from the tables of the modules that emit
// it: this module sits below them (they import its door), so it may not import them back.
import type { EntityManager } from '@mikro-orm/postgresql';
import { notFound } from '../../kernel';

async function one<Row>(tx: EntityManager, what: string, sql: string, id: string): Promise<Row> {
  const [row] = await tx.execute<Row[]>(sql, [id]);
  if (!row) throw notFound(what);
  return row;
}

export interface ApplicationFacts {
  id: string;
  challengeId: string;
  teamName: string;
  contactEmail: string;
  status: string;
}

const APPLICATION_COLUMNS =
  'id, challenge_id as "challengeId", team_name as "teamName", contact_email as "contactEmail", status';

export const applicationFacts = (tx: EntityManager, id: string) =>
  one<ApplicationFacts>(tx, 'Application', `select ${APPLICATION_COLUMNS} from applications where id = ?`, id);

/** The challenge's applications not selected (those told "not selected" when it closes). */
export function openApplications(tx: EntityManager, challengeId: string): Promise<ApplicationFacts[]> {
  return tx.execute<ApplicationFacts[]>(
    `select ${APPLICATION_COLUMNS} from applications where challenge_id = ? and status <> 'SELECTED' order by id`,
    [challengeId],
  );
}

export const challengeFacts = (tx: EntityManager, id: string) =>
  one<{ id: string; title: string }>(tx, 'Challenge', 'select id, title from challenges where id = ?', id);

/** A challenge's title and deadline, and how many applications it has had (for the deadline notice). */
export const challengeDeadlineFacts = (tx: EntityManager, id: string) =>
  one<{ id: string; title: string; deadline: string; applications: number }>(
    tx,
    'Challenge',
    `select c.id, c.title, c.deadline::text as deadline,
            (select count(*)::int from applications a where a.challenge_id = c.id) as applications
       from challenges c where c.id = ?`,
    id,
  );

export const invitationFacts = (tx: EntityManager, id: string) =>
  one<{ email: string; token: string; expiresAt: Date; startupName: string | null }>(
    tx,
    'Invitation',
    `select i.email, i.token, i.expires_at as "expiresAt", s.name as "startupName"
       from invitations i left join startups s on s.id = i.startup_id where i.id = ?`,
    id,
  );

export const milestoneFacts = (tx: EntityManager, id: string) =>
  one<{ startupId: string; title: string; status: string }>(
    tx,
    'Milestone',
    'select startup_id as "startupId", title, status from milestones where id = ?',
    id,
  );

/** The startup's name and its cohort's manager (who hears about it when the cohort has one). */
export const startupFacts = (tx: EntityManager, id: string) =>
  one<{ id: string; name: string; cohortManagerId: string | null }>(
    tx,
    'Startup',
    `select s.id, s.name, c.manager_id as "cohortManagerId"
       from startups s left join cohorts c on c.id = s.cohort_id where s.id = ?`,
    id,
  );

/** The program's per-criterion feedback to an applicant, one line per criterion in rubric order (no author: the
 * feedback rows keep none, so no reviewer is ever named), or '' when none was written. */
export async function feedbackFacts(tx: EntityManager, applicationId: string): Promise<string> {
  const rows = await tx.execute<{ name: string; text: string }[]>(
    `select c.name, f.text from application_feedback f join challenge_criteria c on c.id = f.criterion_id
      where f.application_id = ? order by c.position, c.id`,
    [applicationId],
  );
  return rows.map((row) => `- ${row.name}: ${row.text}`).join('\n');
}

export async function fundName(tx: EntityManager, fundId: string): Promise<string> {
  return (await one<{ name: string }>(tx, 'Fund', 'select name from funds where id = ?', fundId)).name;
}
