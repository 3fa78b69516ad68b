// The one place the deals module asks the fund's rules about a proposed participation: the fund module's
// participationRuleChecks, which runs the fund-rules module's checkFundRules (versions, citations, headroom) plus
// the cash rule — the same check a round's recording keeps, so the preview and the recording read alike.
import type { EntityManager } from '@mikro-orm/postgresql';
import { participationRuleChecks, type ParticipationChecks } from '../fund';

export function checkParticipationRules(
  em: EntityManager,
  input: { fundId: string; startupId: string; onDate: string; preMoney: bigint; amount: bigint },
): Promise<ParticipationChecks> {
  return participationRuleChecks(em, input);
}
