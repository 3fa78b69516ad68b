// Blind review whatever the reviewer's role: a manager or admin who is also assigned to review a statement sees
// its teams only by reference (no name, members or contact) in every view — the applications list, the rankings,
// the assignments and the scores CSV — until the decisions are sent. Managers who do not review see everything.
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '../../graphql/context';
import { notifications } from '../notifications';
import { ReviewAssignmentSchema, type TeamMember } from './entities';

/** The statements, among `challengeIds`, the actor reviews while their decisions are not yet sent. */
export async function blindChallengeIds(
  em: EntityManager,
  actor: Actor | null,
  challengeIds: readonly string[],
): Promise<Set<string>> {
  if (!actor || !challengeIds.length) return new Set();
  const rows = await em.find(
    ReviewAssignmentSchema,
    {
      reviewer: actor.userId,
      application: { challenge: { id: { $in: [...new Set(challengeIds)] }, decidedAt: null } },
    },
    { populate: ['application'], fields: ['id', 'application.id', 'application.challenge'] },
  );
  return new Set(rows.map((row) => row.application.challenge.id));
}

/** How a blind reviewer refers to an application: its receipt code, never the team's name. */
export function blindReference(applicationId: string): string {
  return notifications.receiptCodeOf(applicationId);
}

/** A team's identity as the actor may see it: withheld (reference, no members, no contact) while blind. */
export function teamIdentity(
  application: { id: string; teamName: string; members: TeamMember[]; contactEmail: string },
  blind: boolean,
) {
  return blind
    ? { teamName: blindReference(application.id), members: [] as TeamMember[], contactEmail: '' }
    : { teamName: application.teamName, members: application.members, contactEmail: application.contactEmail };
}
