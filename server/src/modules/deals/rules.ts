// The one place the deals module asks the fund's rules about a proposed participation. Today it is the fund
// module's headroom computation (charter, cash, stake); when versioned fund rules land it switches to their
// door (checkFundRules) here and nowhere else.
import type { EntityManager } from '@mikro-orm/postgresql';
import { previewParticipation, type ParticipationChecks } from '../fund';

export function checkParticipationRules(
  em: EntityManager,
  input: { fundId: string; startupId: string; preMoney: bigint; amount: bigint },
): Promise<ParticipationChecks> {
  return previewParticipation(em, input);
}
