// Names for the records an audit entry is about, resolved in the same SQL statement as the page of entries (one
// statement per page, however many rows). The audit module sits below every other one, so it cannot call their
// doors; it reads their tables here, read-only and by name only, to turn ids into what a board reads.
//
// Each branch answers for one entity type: the record's own name and the ids of the startup, fund, challenge,
// deal, cohort or mentor it belongs to; ids the entry's `after` payload names fill in what the branch leaves out.

const UUID = `'^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$'`;

/** A uuid from a text expression, or null when the text is not one (no cast error on odd payloads). */
const uuidOf = (text: string) => `case when ${text} ~* ${UUID} then (${text})::uuid end`;

const NONE = 'null::uuid';

interface Branch {
  entityType: string;
  /** name, startup_id, fund_id, challenge_id, deal_id, cohort_id, mentor_id — in that order. */
  select: string;
  from: string;
}

const branch = (
  entityType: string,
  from: string,
  name: string,
  ids: Partial<Record<'startup' | 'fund' | 'challenge' | 'deal' | 'cohort' | 'mentor', string>>,
): Branch => ({
  entityType,
  from,
  select: [
    `${name}::text`,
    ids.startup ?? NONE,
    ids.fund ?? NONE,
    ids.challenge ?? NONE,
    ids.deal ?? NONE,
    ids.cohort ?? NONE,
    ids.mentor ?? NONE,
  ].join(', '),
});

const BRANCHES: Branch[] = [
  branch('Startup', 'startups x where x.id = k.uid', 'x.name', { startup: 'x.id' }),
  branch('Fund', 'funds x where x.id = k.uid', 'x.name', { fund: 'x.id' }),
  branch('FundVehicle', 'funds x where x.id = k.uid', 'x.name', { fund: 'x.id' }),
  branch('FundRule', 'fund_rules x where x.id = k.uid', 'null', { fund: 'x.fund_id' }),
  branch('CapitalCall', 'capital_calls x where x.id = k.uid', 'null', { fund: 'x.fund_id' }),
  branch('Commitment', 'commitments x join fund_members m on m.id = x.member_id where x.id = k.uid', 'm.name', {
    fund: 'x.fund_id',
  }),
  branch(
    'CapitalPayment',
    'capital_payments x join commitments c on c.id = x.commitment_id join fund_members m on m.id = c.member_id where x.id = k.uid',
    'm.name',
    { fund: 'c.fund_id' },
  ),
  branch('FundingRound', 'funding_rounds x where x.id = k.uid', 'null', { startup: 'x.startup_id' }),
  branch('ValuationMark', 'valuation_marks x where x.id = k.uid', 'null', {
    startup: 'x.startup_id',
    fund: 'x.fund_id',
  }),
  branch('Exit', 'fund_exits x where x.id = k.uid', 'null', { startup: 'x.startup_id', fund: 'x.fund_id' }),
  branch('InvestmentDecision', 'investment_decisions x where x.id = k.uid', 'null', {
    startup: 'x.startup_id',
    fund: 'x.fund_id',
  }),
  branch('Deal', 'deals x where x.id = k.uid', 'x.title', { startup: 'x.startup_id', fund: 'x.fund_id', deal: 'x.id' }),
  branch('DdItem', 'dd_items i join deals x on x.id = i.deal_id where i.id = k.uid', 'x.title', {
    startup: 'x.startup_id',
    fund: 'x.fund_id',
    deal: 'x.id',
  }),
  branch('CommitteeMeeting', 'committee_meetings i join deals x on x.id = i.deal_id where i.id = k.uid', 'x.title', {
    startup: 'x.startup_id',
    fund: 'x.fund_id',
    deal: 'x.id',
  }),
  branch('DealDocument', 'deal_documents i join deals x on x.id = i.deal_id where i.id = k.uid', 'i.file_name', {
    startup: 'x.startup_id',
    fund: 'x.fund_id',
    deal: 'x.id',
  }),
  branch(
    'CommitteeMember',
    'committee_members i join committee_meetings cm on cm.id = i.meeting_id join deals x on x.id = cm.deal_id where i.id = k.uid',
    'i.name',
    { startup: 'x.startup_id', fund: 'x.fund_id', deal: 'x.id' },
  ),
  branch('Challenge', 'challenges x where x.id = k.uid', 'x.title', { challenge: 'x.id' }),
  branch('Application', 'applications x where x.id = k.uid', 'x.team_name', { challenge: 'x.challenge_id' }),
  branch('Cohort', 'cohorts x where x.id = k.uid', 'x.name', { cohort: 'x.id' }),
  branch('Program', 'programs x where x.id = k.uid', 'x.name', {}),
  branch('User', 'users x where x.id = k.uid', 'x.display_name', {}),
  branch('MentorProfile', 'mentor_profiles x where x.id = k.uid', 'x.display_name', { mentor: 'x.id' }),
  branch(
    'OfficeHourSlot',
    'office_hour_slots i join mentor_profiles x on x.id = i.mentor_id where i.id = k.uid',
    'x.display_name',
    {
      mentor: 'x.id',
    },
  ),
  branch('Milestone', 'milestones x where x.id = k.uid', 'x.title', { startup: 'x.startup_id' }),
  branch('PilotAgreement', 'pilot_agreements x where x.id = k.uid', 'x.public_body', { startup: 'x.startup_id' }),
  branch('RdExpense', 'rd_expenses x where x.id = k.uid', 'null', { startup: 'x.startup_id' }),
  branch('StrategicPartner', 'strategic_partners x where x.id = k.uid', 'x.name', {}),
  branch('PriorityTask', 'priority_tasks x where x.id = k.uid', 'x.title_vi', {}),
  branch('LegalDocument', 'legal_documents x where x.id = k.uid', 'x.number', {}),
  branch('PppProposal', 'ppp_proposals x where x.id = k.uid', 'x.title', { challenge: 'x.challenge_id' }),
  branch('Invitation', 'invitations x where x.id = k.uid', 'x.email', { startup: 'x.startup_id' }),
];

/** Entity types whose id is not a uuid: the name is the id itself (a sector's code, a KPI metric). */
const CODE_TYPES = ['Sector', 'KpiTarget'];

/**
 * The page of entries `page` (a subquery with audit_log's columns) with the names of who and what:
 * actor_name, subject_name, and the startup, fund, challenge, deal, cohort and mentor ids and names.
 */
export function withSubjects(page: string): string {
  const after = (key: string) => uuidOf(`a.after->>'${key}'`);
  const branches = BRANCHES.map(
    (b) => `select ${b.select} from ${b.from.replace(' where ', ` where a.entity_type = '${b.entityType}' and `)}`,
  );
  return `select a.id::text as id, a.at, a.actor_id, a.actor_email, a.action, a.entity_type, a.entity_id,
         a.before, a.after, u.display_name as actor_name,
         case when a.entity_type in (${CODE_TYPES.map((c) => `'${c}'`).join(', ')}) then a.entity_id else s.name end
           as subject_name,
         st.id::text as startup_id, st.name as startup_name, fu.id::text as fund_id, fu.name as fund_name,
         ch.id::text as challenge_id, ch.title as challenge_title, dl.id::text as deal_id, dl.title as deal_title,
         s.cohort_id::text as cohort_id, mp.id::text as mentor_id, mp.display_name as mentor_name
    from (${page}) a
    left join users u on u.id = a.actor_id
    cross join lateral (select ${uuidOf('a.entity_id')} as uid) k
    left join lateral (
      ${branches.join('\n      union all ')}
      limit 1
    ) s (name, startup_id, fund_id, challenge_id, deal_id, cohort_id, mentor_id) on true
    left join startups st on st.id = coalesce(s.startup_id, ${after('startupId')})
    left join funds fu on fu.id = coalesce(s.fund_id, ${after('fundId')})
    left join challenges ch on ch.id = coalesce(s.challenge_id, ${after('challengeId')})
    left join deals dl on dl.id = coalesce(s.deal_id, ${after('dealId')})
    left join mentor_profiles mp on mp.id = coalesce(s.mentor_id, ${after('mentorId')})
   order by a.id desc`;
}
