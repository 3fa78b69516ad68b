import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { UserView, AuthPayloadView } from '../modules/users/read';
import type { ProgramView } from '../modules/programs/read';
import type { ChallengeView, RubricCriterionView, ApplicationView, ApplicationScoreView, ApplicationReceiptView, ReviewerCandidateView, ReviewAssignmentView, BlindReviewView, CriterionFeedbackView, ApplicationAppealView } from '../modules/challenges/read';
import type { InvitationView, SelectionResultView } from '../modules/invitations/read';
import type { OverdueReportView, OverdueMilestoneView } from '../modules/deadlines/read';
import type { StartupView, StageMoveView } from '../modules/startups/read';
import type { CohortView } from '../modules/cohorts/read';
import type { MilestoneView } from '../modules/milestones/read';
import type { MetricReportView } from '../modules/metrics/read';
import type { FundView, MemberView, CommitmentView, CommitmentChangeView, CapitalPaymentView, FundingRoundView, ParticipationView, ValuationMarkView, ExitView, HoldingView } from '../modules/fund/read';
import type { KpiDashboardView, KpiSummaryView, KpiTargetView, KpiChangeView } from '../modules/kpi/read';
import type { MentorView, MentorAssignmentView, StartupNeedsView, MentoredStartupView, OfficeHourSlotView, OfficeHourBookingView } from '../modules/mentors/read';
import type { SectorView } from '../modules/sectors/read';
import type { PilotAgreementView, PartnerStartupView } from '../modules/pilots/read';
import type { StrategicPartnerView, PartnerAgreementView, PartnerChallengeView } from '../modules/partners/read';
import type { RdExpenseView, RdDossierView } from '../modules/rd-expenses/read';
import type { StateSupportEntryView, DoubleSupportWarningView, RecordedStateSupportView } from '../modules/state-support/read';
import type { AuditEntryView, AuditSubjectView, AuditActorView } from '../modules/audit/read';
import type { NotificationView, MailMessageView, QueuedJobView, NotificationPreferencesView } from '../modules/notifications/read';
import type { DealCardView, DealView, DealMoveView, DueDiligenceItemView, DocumentView, CommitteeMemberView, CommitteeMeetingView, InvestmentDecisionView, DecisionCheckView } from '../modules/deals/read';
import type { CapitalCallView, CapitalCallLineView } from '../modules/fund-compliance/read';
import type { ChecklistItemView } from '../modules/checklist/read';
import type { LegalDocumentView, PriorityTaskView, PppProposalStatusView, PppProposalReceiptView, PppProposalMoveView, PppAttachmentView, PppProposalView } from '../modules/ppp/read';
import type { FundRuleView, FundRuleCheckView, FundVehicleView, FundRuleRefusalView, FundRuleSetView, FundRuleSetRuleView } from '../modules/fund-rules/read';
import type { GraphQLContext } from './context';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A calendar date, "2026-03-01". */
  Date: { input: string; output: string; }
  /** An instant, ISO 8601 in UTC. */
  DateTime: { input: unknown; output: unknown; }
  /** Whole Vietnamese dong as a decimal string, e.g. "600000000000". */
  VND: { input: bigint; output: bigint; }
};

export type AddFundRuleVersionInput = {
  citation: Scalars['String']['input'];
  /** Must be after the current version's start. */
  effectiveFrom: Scalars['Date']['input'];
  fundId: Scalars['ID']['input'];
  kind: FundRuleKind;
  /** A decimal string in the kind's unit: basis points (0–10000), dong, or a member count. */
  limit: Scalars['String']['input'];
  /** For a member count only: the lower bound (at most the limit). */
  minimum?: InputMaybe<Scalars['String']['input']>;
  reason?: InputMaybe<Scalars['String']['input']>;
  scope: Scalars['String']['input'];
};

export type AppealInput = {
  challengeId: Scalars['ID']['input'];
  contactEmail: Scalars['String']['input'];
  receiptCode: Scalars['String']['input'];
  text: Scalars['String']['input'];
};

export type Application = {
  __typename?: 'Application';
  /**
   * The caller reviews this statement and the decisions are not sent yet: the team is withheld whatever the caller's
   * role (teamName is the receipt code, members empty, contactEmail empty).
   */
  blind: Scalars['Boolean']['output'];
  challenge: Challenge;
  contactEmail: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  members: Array<TeamMember>;
  proposal: Scalars['String']['output'];
  score: WeightedScore;
  scores: Array<ApplicationScore>;
  /** Advanced to the demo round. */
  shortlisted: Scalars['Boolean']['output'];
  /** The startup created when this application was selected. */
  startup?: Maybe<Startup>;
  status: ApplicationStatus;
  submittedAt: Scalars['DateTime']['output'];
  teamName: Scalars['String']['output'];
};

export type ApplicationAppeal = {
  __typename?: 'ApplicationAppeal';
  answer?: Maybe<Scalars['String']['output']>;
  answeredAt?: Maybe<Scalars['DateTime']['output']>;
  appealUntil?: Maybe<Scalars['Date']['output']>;
  applicationId: Scalars['ID']['output'];
  id: Scalars['ID']['output'];
  submittedAt: Scalars['DateTime']['output'];
  text: Scalars['String']['output'];
};

/** What an anonymous applicant gets back. */
export type ApplicationReceipt = {
  __typename?: 'ApplicationReceipt';
  challengeId: Scalars['ID']['output'];
  id: Scalars['ID']['output'];
  /** The code quoted in the receipt e-mail. */
  receiptCode: Scalars['String']['output'];
  submittedAt: Scalars['DateTime']['output'];
  teamName: Scalars['String']['output'];
};

export type ApplicationScore = {
  __typename?: 'ApplicationScore';
  criterion: RubricCriterion;
  reviewer?: Maybe<User>;
  /** 0 to 10. */
  score: Scalars['Int']['output'];
};

export type ApplicationStatus =
  | 'SELECTED'
  | 'SUBMITTED';

export type ApplyFundRuleSetInput = {
  /** Every rule of the set gets a version from this day; it must be after each kind's current version's start. */
  effectiveFrom: Scalars['Date']['input'];
  fundId: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
  set: FundRuleSetName;
};

export type AssignReviewersInput = {
  challengeId: Scalars['ID']['input'];
  perApplication: Scalars['Int']['input'];
  phase: ReviewPhase;
  reviewerIds: Array<Scalars['ID']['input']>;
};

/** Someone who has written to the audit log. */
export type AuditActor = {
  __typename?: 'AuditActor';
  email: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
};

/**
 * How far the audit log's hash chain checks out. Each entry holds the SHA-256 of its content and of the previous
 * entry's hash; an edited or removed entry breaks the chain from there on.
 */
export type AuditChainStatus = {
  __typename?: 'AuditChainStatus';
  /** The first entry whose hash or link does not match, or null when the whole chain holds. */
  brokenAt?: Maybe<Scalars['ID']['output']>;
  /** Entries written after the last one in the log were removed (the chain's head names a later entry). */
  tailMissing: Scalars['Boolean']['output'];
  /** The id of the last entry whose hash and link to the previous entry check out (null when none does). */
  verifiedUpTo?: Maybe<Scalars['ID']['output']>;
};

/** One change as the audit log keeps it: who, when, what, and the record before and after. */
export type AuditEntry = {
  __typename?: 'AuditEntry';
  /** What happened, e.g. `startup.moved`, `fund.capital_committed`, `user.created`. */
  action: Scalars['String']['output'];
  actorEmail?: Maybe<Scalars['String']['output']>;
  /** The acting user (null for system changes such as the demo seed). */
  actorId?: Maybe<Scalars['ID']['output']>;
  /** The acting user's name (null for public applicants and system changes). */
  actorName?: Maybe<Scalars['String']['output']>;
  /** The record after the change, as JSON text (money as decimal strings). */
  after?: Maybe<Scalars['String']['output']>;
  at: Scalars['DateTime']['output'];
  /** The record before the change, as JSON text (money as decimal strings). */
  before?: Maybe<Scalars['String']['output']>;
  entityId?: Maybe<Scalars['String']['output']>;
  entityType: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** Names of what the entry is about, resolved when the log is read. */
  subject: AuditSubject;
};

/** Newest first. */
export type AuditEntryConnection = {
  __typename?: 'AuditEntryConnection';
  edges: Array<AuditEntryEdge>;
  pageInfo: PageInfo;
};

export type AuditEntryEdge = {
  __typename?: 'AuditEntryEdge';
  cursor: Scalars['String']['output'];
  node: AuditEntry;
};

/** The values the audit filters can take, for pick lists. */
export type AuditFacets = {
  __typename?: 'AuditFacets';
  actions: Array<Scalars['String']['output']>;
  actorEmails: Array<Scalars['String']['output']>;
  /** The users who appear in the log as actors, by name. */
  actors: Array<AuditActor>;
  entityTypes: Array<Scalars['String']['output']>;
};

/** Every filter narrows the list; all are optional. */
export type AuditFilter = {
  /** What: exactly this action, e.g. `fund.capital_committed`. */
  action?: InputMaybe<Scalars['String']['input']>;
  /** Who: part of the acting user's email (case-insensitive). */
  actorEmail?: InputMaybe<Scalars['String']['input']>;
  /** Who: exactly this user. */
  actorId?: InputMaybe<Scalars['ID']['input']>;
  /** What: this record. */
  entityId?: InputMaybe<Scalars['String']['input']>;
  /** What: this kind of record, e.g. `Startup`, `Fund`, `User`. */
  entityType?: InputMaybe<Scalars['String']['input']>;
  /** When: at or after this instant. */
  from?: InputMaybe<Scalars['DateTime']['input']>;
  /** When: before this instant. */
  to?: InputMaybe<Scalars['DateTime']['input']>;
};

/** What an audit entry is about, by name, with the ids of the pages that show it (null where none applies). */
export type AuditSubject = {
  __typename?: 'AuditSubject';
  challengeId?: Maybe<Scalars['ID']['output']>;
  challengeTitle?: Maybe<Scalars['String']['output']>;
  cohortId?: Maybe<Scalars['ID']['output']>;
  dealId?: Maybe<Scalars['ID']['output']>;
  dealTitle?: Maybe<Scalars['String']['output']>;
  fundId?: Maybe<Scalars['ID']['output']>;
  fundName?: Maybe<Scalars['String']['output']>;
  mentorId?: Maybe<Scalars['ID']['output']>;
  mentorName?: Maybe<Scalars['String']['output']>;
  /** The record's own name: a startup, fund, fund member, deal, team, person, milestone… */
  name?: Maybe<Scalars['String']['output']>;
  startupId?: Maybe<Scalars['ID']['output']>;
  startupName?: Maybe<Scalars['String']['output']>;
};

export type AuthPayload = {
  __typename?: 'AuthPayload';
  token: Scalars['String']['output'];
  user: User;
};

/** An application as its reviewer sees it: blind (no team name or members until the decisions are sent). */
export type BlindReview = {
  __typename?: 'BlindReview';
  applicationId: Scalars['ID']['output'];
  assignmentId: Scalars['ID']['output'];
  challengeId: Scalars['ID']['output'];
  challengeTitle: Scalars['String']['output'];
  declaration?: Maybe<ConflictDeclaration>;
  members?: Maybe<Array<TeamMember>>;
  myScores: Array<ReviewerCriterionScore>;
  phase: ReviewPhase;
  /** Null until the reviewer declares no conflict of interest. */
  proposal?: Maybe<Scalars['String']['output']>;
  /** The receipt code, so the reviewer can refer to it without knowing the team. */
  reference: Scalars['String']['output'];
  rubric: Array<RubricCriterion>;
  /** Null until the decisions are sent. */
  teamName?: Maybe<Scalars['String']['output']>;
};

export type BookOfficeHourInput = {
  slotId: Scalars['ID']['input'];
  startupId: Scalars['ID']['input'];
  topic: Scalars['String']['input'];
};

/** The ownership of one startup after every recorded round (dilution applied) and exit. */
export type CapTable = {
  __typename?: 'CapTable';
  entries: Array<CapTableEntry>;
  /** Post-money of the latest round, null before the first round. */
  lastPostMoney?: Maybe<Scalars['VND']['output']>;
  rounds: Array<FundingRound>;
  startupId: Scalars['ID']['output'];
  startupName: Scalars['String']['output'];
};

export type CapTableEntry = {
  __typename?: 'CapTableEntry';
  /** Kind FUND only: the fund's stake cap and the basis points left under it. */
  capBp?: Maybe<Scalars['Int']['output']>;
  fundId?: Maybe<Scalars['ID']['output']>;
  headroomBp?: Maybe<Scalars['Int']['output']>;
  holderName: Scalars['String']['output'];
  /** Total put in across rounds. */
  invested: Scalars['VND']['output'];
  kind: HolderKind;
  /** Stake in basis points, floored (the exact fraction is stakeNumerator / stakeDenominator). */
  stakeBp: Scalars['Int']['output'];
  stakeDenominator: Scalars['String']['output'];
  stakeNumerator: Scalars['String']['output'];
};

export type CapitalCall = {
  __typename?: 'CapitalCall';
  /** Sum of the lines. */
  amount: Scalars['VND']['output'];
  callDate: Scalars['Date']['output'];
  dueDate: Scalars['Date']['output'];
  id: Scalars['ID']['output'];
  lines: Array<CapitalCallLine>;
  paid: Scalars['VND']['output'];
  /** The share of each member's commitment called, basis points. */
  percentBp: Scalars['Int']['output'];
};

export type CapitalCallLine = {
  __typename?: 'CapitalCallLine';
  amount: Scalars['VND']['output'];
  callDate: Scalars['Date']['output'];
  callId: Scalars['ID']['output'];
  commitmentId: Scalars['ID']['output'];
  dueDate: Scalars['Date']['output'];
  id: Scalars['ID']['output'];
  memberName: Scalars['String']['output'];
  /** Due before today and not fully paid. */
  overdue: Scalars['Boolean']['output'];
  /** Settled by the commitment's pay-ins, oldest call first. */
  paid: Scalars['VND']['output'];
};

export type CapitalPayment = {
  __typename?: 'CapitalPayment';
  amount: Scalars['VND']['output'];
  commitmentId: Scalars['ID']['output'];
  createdAt: Scalars['DateTime']['output'];
  date: Scalars['Date']['output'];
  fundId: Scalars['ID']['output'];
  id: Scalars['ID']['output'];
  memberName: Scalars['String']['output'];
  memberType: MemberType;
};

/** Where mobilized capital came from. */
export type CapitalSource =
  /** A fund kept in this ledger (the Venture Investment Fund). */
  | 'FUND'
  /** Another fund, outside this ledger. */
  | 'OTHER_FUND'
  /** Private co-investors (angels, corporations, banks). */
  | 'PRIVATE';

/** A problem statement. */
export type Challenge = {
  __typename?: 'Challenge';
  /** The last day (Hanoi) an applicant may appeal the decision; null until the decisions are sent. */
  appealUntil?: Maybe<Scalars['Date']['output']>;
  createdAt: Scalars['DateTime']['output'];
  deadline: Scalars['Date']['output'];
  /** When the decisions were sent to the applicants (null before). */
  decidedAt?: Maybe<Scalars['DateTime']['output']>;
  description: Scalars['String']['output'];
  expectedOutcome: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  publishedAt?: Maybe<Scalars['DateTime']['output']>;
  rubric: Array<RubricCriterion>;
  sector: Scalars['String']['output'];
  sponsorKind: SponsorKind;
  sponsorName: Scalars['String']['output'];
  status: ChallengeStatus;
  title: Scalars['String']['output'];
};

export type ChallengeInput = {
  deadline: Scalars['Date']['input'];
  description: Scalars['String']['input'];
  expectedOutcome: Scalars['String']['input'];
  rubric: Array<RubricCriterionInput>;
  sector: Scalars['String']['input'];
  sponsorKind: SponsorKind;
  sponsorName: Scalars['String']['input'];
  title: Scalars['String']['input'];
};

export type ChallengeStatus =
  | 'CLOSED'
  | 'DRAFT'
  | 'PUBLISHED';

/** The public page's figures of the city's channels. */
export type ChannelsSummary = {
  __typename?: 'ChannelsSummary';
  activePilots: Scalars['Int']['output'];
  pppProposalsAccepted: Scalars['Int']['output'];
  pppProposalsReceived: Scalars['Int']['output'];
  priorityTasksOpen: Scalars['Int']['output'];
};

export type ChecklistItem = {
  __typename?: 'ChecklistItem';
  done: Scalars['Boolean']['output'];
  doneDate?: Maybe<Scalars['Date']['output']>;
  /** Only for BUSINESS_REGISTRATION. */
  enterpriseCode?: Maybe<Scalars['String']['output']>;
  evidence?: Maybe<Scalars['String']['output']>;
  kind: ChecklistItemKind;
  updatedAt?: Maybe<Scalars['DateTime']['output']>;
};

export type ChecklistItemKind =
  | 'BUSINESS_REGISTRATION'
  | 'CORPORATE_STRUCTURE'
  | 'DIGITAL_INFRASTRUCTURE'
  | 'IP_FILING'
  | 'PPP_CONTRACT'
  | 'VC_ACCESS';

export type Cohort = {
  __typename?: 'Cohort';
  endDate: Scalars['Date']['output'];
  id: Scalars['ID']['output'];
  manager?: Maybe<User>;
  name: Scalars['String']['output'];
  program: Program;
  startDate: Scalars['Date']['output'];
  startupCount: Scalars['Int']['output'];
  /** A founder sees only their own startup here. */
  startups: Array<Startup>;
};

export type CohortInput = {
  endDate: Scalars['Date']['input'];
  managerId?: InputMaybe<Scalars['ID']['input']>;
  name: Scalars['String']['input'];
  /** Omitted → the (first) program. */
  programId?: InputMaybe<Scalars['ID']['input']>;
  startDate: Scalars['Date']['input'];
};

export type CommitCapitalInput = {
  amount: Scalars['VND']['input'];
  fundId: Scalars['ID']['input'];
  memberName: Scalars['String']['input'];
  memberType: MemberType;
};

export type Commitment = {
  __typename?: 'Commitment';
  /** The current committed amount (after every change; 0 when withdrawn). */
  amount: Scalars['VND']['output'];
  /** Every change of this commitment, oldest first (append-only). */
  changes: Array<CommitmentChange>;
  createdAt: Scalars['DateTime']['output'];
  fundId: Scalars['ID']['output'];
  id: Scalars['ID']['output'];
  memberId: Scalars['ID']['output'];
  memberName: Scalars['String']['output'];
  memberType: MemberType;
  /** amount − paidIn: what may still be paid in. */
  outstanding: Scalars['VND']['output'];
  paidIn: Scalars['VND']['output'];
};

export type CommitmentChange = {
  __typename?: 'CommitmentChange';
  amountAfter: Scalars['VND']['output'];
  amountBefore: Scalars['VND']['output'];
  at: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  reason?: Maybe<Scalars['String']['output']>;
};

export type CommitteeDeclaration = {
  __typename?: 'CommitteeDeclaration';
  at: Scalars['String']['output'];
  conflicted: Scalars['Boolean']['output'];
  recordedBy?: Maybe<Scalars['String']['output']>;
  statement?: Maybe<Scalars['String']['output']>;
};

export type CommitteeMeeting = {
  __typename?: 'CommitteeMeeting';
  approvedAmount?: Maybe<Scalars['VND']['output']>;
  decidedAt?: Maybe<Scalars['String']['output']>;
  heldOn: Scalars['Date']['output'];
  id: Scalars['ID']['output'];
  members: Array<CommitteeMember>;
  minutes?: Maybe<Scalars['String']['output']>;
  outcome?: Maybe<CommitteeOutcome>;
  quorum: Scalars['Int']['output'];
};

export type CommitteeMember = {
  __typename?: 'CommitteeMember';
  declaration?: Maybe<CommitteeDeclaration>;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  present: Scalars['Boolean']['output'];
  vote?: Maybe<CommitteeVote>;
};

export type CommitteeMemberInput = {
  name: Scalars['String']['input'];
  present: Scalars['Boolean']['input'];
};

export type CommitteeOutcome =
  | 'APPROVED'
  | 'REJECTED';

export type CommitteeVote = {
  __typename?: 'CommitteeVote';
  at: Scalars['String']['output'];
  choice: VoteChoice;
  reason: Scalars['String']['output'];
  recordedBy?: Maybe<Scalars['String']['output']>;
};

export type ConflictDeclaration =
  | 'CONFLICT'
  | 'NO_CONFLICT';

export type ConvertPppProposalInput = {
  /** CHALLENGE (a draft problem statement) or PPP_CONTRACT (with startupId); a pilot is made with createPilotAgreement. */
  outcome: PppOutcome;
  startupId?: InputMaybe<Scalars['ID']['input']>;
};

export type CreateCapitalCallInput = {
  callDate: Scalars['Date']['input'];
  dueDate: Scalars['Date']['input'];
  fundId: Scalars['ID']['input'];
  percentBp: Scalars['Int']['input'];
};

export type CreateDealInput = {
  amountAsked: Scalars['VND']['input'];
  fundId: Scalars['ID']['input'];
  instrument?: InputMaybe<Instrument>;
  /** Why the deal was sourced (kept in its history). */
  note?: InputMaybe<Scalars['String']['input']>;
  preMoney: Scalars['VND']['input'];
  startupId: Scalars['ID']['input'];
  title: Scalars['String']['input'];
};

export type CreateFundInput = {
  /** Default 4900 (49.00%). */
  charterCapBp?: InputMaybe<Scalars['Int']['input']>;
  name: Scalars['String']['input'];
  /** Default 4900 (49.00%). */
  stakeCapBp?: InputMaybe<Scalars['Int']['input']>;
};

export type CreateMilestoneInput = {
  dueDate?: InputMaybe<Scalars['Date']['input']>;
  evidenceText?: InputMaybe<Scalars['String']['input']>;
  evidenceUrl?: InputMaybe<Scalars['String']['input']>;
  kind: MilestoneKind;
  pilot?: InputMaybe<PilotInput>;
  startupId: Scalars['ID']['input'];
  /** PLANNED, IN_PROGRESS or DONE (VERIFIED only through verifyMilestone). */
  status?: InputMaybe<MilestoneStatus>;
  /** Required for CUSTOM; defaults to the kind's name otherwise. */
  title?: InputMaybe<Scalars['String']['input']>;
};

export type CreatePilotAgreementInput = {
  conditions: Scalars['String']['input'];
  endDate: Scalars['Date']['input'];
  /** The startup's PILOT milestone that refers to it. */
  milestoneId?: InputMaybe<Scalars['ID']['input']>;
  partnerId?: InputMaybe<Scalars['ID']['input']>;
  /** An ACCEPTED PPP proposal that becomes this pilot. */
  proposalId?: InputMaybe<Scalars['ID']['input']>;
  publicBody: Scalars['String']['input'];
  responsibleOfficer: Scalars['String']['input'];
  scope: Scalars['String']['input'];
  startDate: Scalars['Date']['input'];
  startupId: Scalars['ID']['input'];
};

export type CreateProgramInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  /** Omitted → the default gates of the domain. */
  gates?: InputMaybe<Array<StageGateInput>>;
  name: Scalars['String']['input'];
};

export type CreateSectorInput = {
  code: Scalars['String']['input'];
  nameEn: Scalars['String']['input'];
  nameVi: Scalars['String']['input'];
};

export type CreateStartupInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  /** Omitted → the (first) program. */
  programId?: InputMaybe<Scalars['ID']['input']>;
  sector: Scalars['String']['input'];
};

export type CreateUserInput = {
  displayName: Scalars['String']['input'];
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
  role: Role;
};

export type CriterionFeedback = {
  __typename?: 'CriterionFeedback';
  applicationId: Scalars['ID']['output'];
  criterionId: Scalars['ID']['output'];
  criterionName: Scalars['String']['output'];
  text: Scalars['String']['output'];
};

export type CriterionFeedbackInput = {
  applicationId: Scalars['ID']['input'];
  criterionId: Scalars['ID']['input'];
  text: Scalars['String']['input'];
};

export type CriterionScoreInput = {
  criterionId: Scalars['ID']['input'];
  /** 0 to 10. */
  score: Scalars['Int']['input'];
};

/** One deal with everything an inspector asks for. */
export type Deal = {
  __typename?: 'Deal';
  /** The steps a person may move it to now (approval and rejection in committee are the committee's). */
  allowedMoves: Array<DealStep>;
  amountAsked: Scalars['VND']['output'];
  decision?: Maybe<InvestmentDecision>;
  documents: Array<DealDocument>;
  dueDiligence: Array<DueDiligenceItem>;
  fundId: Scalars['ID']['output'];
  fundName: Scalars['String']['output'];
  history: Array<DealMove>;
  id: Scalars['ID']['output'];
  instrument: Instrument;
  meeting?: Maybe<CommitteeMeeting>;
  preMoney: Scalars['VND']['output'];
  startupId: Scalars['ID']['output'];
  startupName: Scalars['String']['output'];
  step: DealStep;
  title: Scalars['String']['output'];
  updatedAt: Scalars['String']['output'];
};

/** A deal as the pipeline board shows it. */
export type DealCard = {
  __typename?: 'DealCard';
  amountAsked: Scalars['VND']['output'];
  /** The approved investment decision (APPROVED or CLOSED deals), to name in recordFundingRound. */
  decisionId?: Maybe<Scalars['ID']['output']>;
  /** What of the decision's amount rounds have not used yet. */
  decisionRemaining?: Maybe<Scalars['VND']['output']>;
  fundId: Scalars['ID']['output'];
  fundName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  instrument: Instrument;
  preMoney: Scalars['VND']['output'];
  startupId: Scalars['ID']['output'];
  startupName: Scalars['String']['output'];
  step: DealStep;
  title: Scalars['String']['output'];
  updatedAt: Scalars['String']['output'];
};

export type DealDocument = {
  __typename?: 'DealDocument';
  area?: Maybe<Scalars['String']['output']>;
  dealId: Scalars['ID']['output'];
  fileName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  kind: DocumentKind;
  mediaType: Scalars['String']['output'];
  /** SHA-256 of the content, lower-case hex; the file is stored under it. */
  sha256: Scalars['String']['output'];
  size: Scalars['Int']['output'];
  uploadedAt: Scalars['String']['output'];
  uploadedBy?: Maybe<Scalars['String']['output']>;
};

export type DealMove = {
  __typename?: 'DealMove';
  actorEmail?: Maybe<Scalars['String']['output']>;
  /** Who moved it, by their name in the app (null for the system or a removed account). */
  actorName?: Maybe<Scalars['String']['output']>;
  at: Scalars['String']['output'];
  from?: Maybe<DealStep>;
  /** Why, as the person who moved it wrote it; null for the committee's own move (its votes are on the meeting). */
  reason?: Maybe<Scalars['String']['output']>;
  to: DealStep;
};

export type DealStep =
  | 'APPROVED'
  | 'CLOSED'
  | 'DUE_DILIGENCE'
  | 'INVESTMENT_COMMITTEE'
  | 'REJECTED'
  | 'SCREENING'
  | 'SOURCED';

/** The rule checks on a decision: PREVIEW at approval, RECORDING at each round that used it. */
export type DecisionCheck = {
  __typename?: 'DecisionCheck';
  amount: Scalars['VND']['output'];
  /** Dong the fund could still invest under the cash rule (invested ≤ paid-in) before this amount. */
  cashHeadroom?: Maybe<Scalars['VND']['output']>;
  checkedAt: Scalars['String']['output'];
  /** The day whose rule versions applied: the committee's meeting day (PREVIEW) or the round's date (RECORDING). */
  onDate?: Maybe<Scalars['Date']['output']>;
  passed: Scalars['Boolean']['output'];
  phase: Scalars['String']['output'];
  /** The figures, caps, headroom and rule versions checked, as JSON. */
  result: Scalars['String']['output'];
  roundId?: Maybe<Scalars['ID']['output']>;
  /** Each rule in force that day with its version, citation and headroom (as the fund's rule check reports it). */
  rules: Array<FundRuleCheck>;
};

export type DecisionRound = {
  __typename?: 'DecisionRound';
  amount: Scalars['VND']['output'];
  date: Scalars['Date']['output'];
  preMoney: Scalars['VND']['output'];
  raised: Scalars['VND']['output'];
  roundId: Scalars['ID']['output'];
};

export type DeclareConflictInput = {
  assignmentId: Scalars['ID']['input'];
  conflict: Scalars['Boolean']['input'];
  /** Required when declaring a conflict. */
  note?: InputMaybe<Scalars['String']['input']>;
};

export type DocumentKind =
  /** The fund's own memo; never shown to founders. */
  | 'FUND_MEMO'
  /** The startup's evidence; its founders may read it. */
  | 'STARTUP_EVIDENCE';

/** The same cost supported more than once. */
export type DoubleSupportWarning = {
  __typename?: 'DoubleSupportWarning';
  amount: Scalars['VND']['output'];
  costRef: Scalars['String']['output'];
  entries: Array<StateSupportEntry>;
  startupId: Scalars['ID']['output'];
  startupName: Scalars['String']['output'];
};

export type DueDiligenceItem = {
  __typename?: 'DueDiligenceItem';
  area: Scalars['String']['output'];
  finding?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  status: DueDiligenceStatus;
  updatedAt: Scalars['String']['output'];
  updatedBy?: Maybe<Scalars['String']['output']>;
};

export type DueDiligenceStatus =
  | 'CONCERN'
  | 'OPEN'
  | 'RED_FLAG'
  | 'SATISFIED';

export type EndFundRuleInput = {
  /** The act that ends it; default: the current version's citation. */
  citation?: InputMaybe<Scalars['String']['input']>;
  fundId: Scalars['ID']['input'];
  kind: FundRuleKind;
  /** The rule's last day in force (on or after its current version's start). */
  lastDay: Scalars['Date']['input'];
  /** Why it ends (kept in the history and the audit log). */
  reason: Scalars['String']['input'];
};

export type Exit = {
  __typename?: 'Exit';
  buyerName?: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['DateTime']['output'];
  date: Scalars['Date']['output'];
  fundId: Scalars['ID']['output'];
  id: Scalars['ID']['output'];
  kind: ExitKind;
  proceeds: Scalars['VND']['output'];
  startupId: Scalars['ID']['output'];
};

export type ExitKind =
  /** The fund sold its whole holding for `proceeds`; its stake passes to `buyerName`. */
  | 'EXIT'
  /** The holding is written off: it is worth nothing; proceeds are usually 0. */
  | 'WRITE_OFF';

export type Fund = {
  __typename?: 'Fund';
  /** paidIn − invested. */
  available: Scalars['VND']['output'];
  /** Every capital call, oldest first. */
  capitalCalls: Array<CapitalCall>;
  /** The largest further investment the cash rule allows now (= available). */
  cashHeadroom: Scalars['VND']['output'];
  /** Cap on the STATE members' share of the charter capital, basis points (default 4900 = 49.00%). */
  charterCapBp: Scalars['Int']['output'];
  /** Sum of all members' current commitments. */
  charterCapital: Scalars['VND']['output'];
  /** The largest further STATE commitment the charter rule allows now. */
  charterHeadroom: Scalars['VND']['output'];
  commitments: Array<Commitment>;
  createdAt: Scalars['DateTime']['output'];
  /** One row per startup the fund has invested in. */
  holdings: Array<Holding>;
  id: Scalars['ID']['output'];
  /** Sum of the fund's participations in funding rounds. */
  invested: Scalars['VND']['output'];
  /** The current investment cycle's losses (as of a day, default today). */
  lossThreshold: LossThreshold;
  members: Array<FundMember>;
  name: Scalars['String']['output'];
  /** Lines due before today and not fully paid. */
  overdueCallLines: Array<CapitalCallLine>;
  paidIn: Scalars['VND']['output'];
  /** Pay-ins, newest first; optionally of one commitment. */
  payments: Array<CapitalPayment>;
  /**
   * ILPA performance as of a Hanoi day (default today; a later day is refused): only pay-ins, rounds, marks and
   * exits dated on or before it count.
   */
  performance: FundPerformance;
  privateCommitted: Scalars['VND']['output'];
  /** The largest PRIVATE withdrawal the charter rule allows now. */
  privateWithdrawalHeadroom: Scalars['VND']['output'];
  /** Funding rounds the fund took part in, newest first. */
  rounds: Array<FundingRound>;
  /** Each rule on a day (default today): the version in force, the figure at the end of that day and the headroom. */
  ruleChecks: Array<FundRuleCheck>;
  /** Every version of every rule, by kind, oldest first. */
  ruleHistory: Array<FundRule>;
  /** Limit refusals, newest first; optionally of one year. */
  ruleRefusals: Array<FundRuleRefusal>;
  /** The rule versions in force on the as-of date (default today). */
  rules: Array<FundRule>;
  /** The fund's current stake in the startup (basis points, floored) after every recorded round. */
  stakeBp: Scalars['Int']['output'];
  /** Cap on the fund's stake in any one startup, basis points (default 4900 = 49.00%). */
  stakeCapBp: Scalars['Int']['output'];
  /**
   * The largest amount this fund could put into a new round of the startup with the given pre-money,
   * next to `othersAmount` from the other participants, and stay within its stake cap after dilution.
   */
  stakeHeadroom: Scalars['VND']['output'];
  stateCommitted: Scalars['VND']['output'];
  /** stateCommitted / charterCapital in basis points, floored (0 when there is no capital). */
  stateShareBp: Scalars['Int']['output'];
  vehicle?: Maybe<FundVehicle>;
};


export type FundLossThresholdArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
};


export type FundPaymentsArgs = {
  commitmentId?: InputMaybe<Scalars['ID']['input']>;
};


export type FundPerformanceArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
};


export type FundRuleChecksArgs = {
  onDate?: InputMaybe<Scalars['Date']['input']>;
};


export type FundRuleRefusalsArgs = {
  year?: InputMaybe<Scalars['Int']['input']>;
};


export type FundRulesArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
};


export type FundStakeBpArgs = {
  startupId: Scalars['ID']['input'];
};


export type FundStakeHeadroomArgs = {
  othersAmount?: InputMaybe<Scalars['VND']['input']>;
  preMoney: Scalars['VND']['input'];
  startupId: Scalars['ID']['input'];
};

/** The annual risk report to the People's Committee, generated from the ledger (figures as of the year's end, or today). */
export type FundAnnualReport = {
  __typename?: 'FundAnnualReport';
  asOf: Scalars['Date']['output'];
  charterCapital: Scalars['VND']['output'];
  exits: Array<ReportExit>;
  fundId: Scalars['ID']['output'];
  fundName: Scalars['String']['output'];
  investedInYear: Scalars['VND']['output'];
  investments: Array<ReportInvestment>;
  loss: LossThreshold;
  nav: Scalars['VND']['output'];
  paidIn: Scalars['VND']['output'];
  proceedsInYear: Scalars['VND']['output'];
  refusals: Array<ReportRefusal>;
  ruleChanges: Array<ReportRuleChange>;
  stages: Array<ReportStageCount>;
  stateBudgetCitation?: Maybe<Scalars['String']['output']>;
  /** What the state could still commit under the budget amount on asOf (dong); null without a budget rule. */
  stateBudgetHeadroom?: Maybe<Scalars['VND']['output']>;
  stateBudgetLimit?: Maybe<Scalars['VND']['output']>;
  stateCommitted: Scalars['VND']['output'];
  stateShareBp: Scalars['Int']['output'];
  stateShareCapBp: Scalars['Int']['output'];
  stateShareCitation: Scalars['String']['output'];
  /** What the state could still commit under the share cap on asOf (dong). */
  stateShareHeadroom: Scalars['VND']['output'];
  year: Scalars['Int']['output'];
};

/** The tables a fund can be exported as (CSV, see `fundCsv`). */
export type FundCsvTable =
  | 'CAP_TABLE'
  | 'COMMITMENTS'
  | 'HOLDINGS'
  | 'MEMBERS'
  | 'PAYMENTS'
  | 'ROUNDS';

export type FundMember = {
  __typename?: 'FundMember';
  commitments: Array<Commitment>;
  committed: Scalars['VND']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  paidIn: Scalars['VND']['output'];
  type: MemberType;
};

/**
 * Fund performance per ILPA conventions. Multiples are basis points of 1×
 * (10000 = 1.00×), floored, 0 when the denominator is 0, clamped to 2147483647 (the exact figure beside each as a
 * decimal string). Exit proceeds are treated as distributed to the members on the exit's date (the ledger has no
 * separate distribution yet), so distributions = realized and no proceeds wait as cash. The ledger records no
 * liabilities yet (0).
 */
export type FundPerformance = {
  __typename?: 'FundPerformance';
  /** The Hanoi day the figures are as of. */
  asOf: Scalars['Date']['output'];
  /** Paid out to the members (exit proceeds). */
  distributions: Scalars['VND']['output'];
  /** distributions / paid-in. */
  dpiBp: Scalars['Int']['output'];
  dpiBpExact: Scalars['String']['output'];
  /** XIRR of the portfolio's flows (investments, proceeds, the holdings' value on asOf), annual, basis points; null when not defined. */
  grossIrrBp?: Maybe<Scalars['Int']['output']>;
  invested: Scalars['VND']['output'];
  /** (realized + unrealized) / invested. */
  moicBp: Scalars['Int']['output'];
  moicBpExact: Scalars['String']['output'];
  /** Net asset value: holdings at their latest marks + uninvested cash − liabilities. */
  nav: Scalars['VND']['output'];
  /** XIRR of the members' flows (pay-ins, distributions, NAV on asOf), annual, basis points; null when not defined. */
  netIrrBp?: Maybe<Scalars['Int']['output']>;
  paidIn: Scalars['VND']['output'];
  /** Exit proceeds. */
  realized: Scalars['VND']['output'];
  /** NAV / paid-in. */
  rvpiBp: Scalars['Int']['output'];
  rvpiBpExact: Scalars['String']['output'];
  /** DPI + RVPI. */
  tvpiBp: Scalars['Int']['output'];
  tvpiBpExact: Scalars['String']['output'];
  /** paid-in − invested + proceeds not yet distributed. */
  uninvestedCash: Scalars['VND']['output'];
  /** Holdings still held at their latest mark (at cost without a mark). */
  unrealized: Scalars['VND']['output'];
};

/** One version of a rule. A change is a new version; a version ends the day before the next one starts. */
export type FundRule = {
  __typename?: 'FundRule';
  citation: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  effectiveFrom: Scalars['Date']['output'];
  /** The last day in force; null while it is the latest version. */
  effectiveTo?: Maybe<Scalars['Date']['output']>;
  /**
   * This version ends the rule: from effectiveFrom no version of its kind applies (the version before it ends the day
   * before); for the state share, the stake and the loss threshold the fund's own policy applies again. A later
   * version starts the rule again.
   */
  ended: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  kind: FundRuleKind;
  /** The limit as a decimal string in the kind's unit (basis points, dong or members). */
  limit: Scalars['String']['output'];
  /** The lower bound of a range rule (the 2 of '2–30 investors'); null for a plain limit. */
  minimum?: Maybe<Scalars['String']['output']>;
  reason?: Maybe<Scalars['String']['output']>;
  /** Who or what the rule applies to (e.g. the city budget, one startup, the investment cycle). */
  scope: Scalars['String']['output'];
  unit: FundRuleUnit;
  version: Scalars['Int']['output'];
};

/** How one rule stands on a day for a (possibly empty) proposed change. */
export type FundRuleCheck = {
  __typename?: 'FundRuleCheck';
  citation: Scalars['String']['output'];
  /** The figure after the proposed change (basis points for shares, dong for amounts and losses, members). */
  current: Scalars['String']['output'];
  /**
   * The room left before the change: dong for the state share, budget and losses; members for the count; for the
   * stake, dong the fund may put into the proposed round, or without one the basis points left under the cap.
   */
  headroom: Scalars['String']['output'];
  kind: FundRuleKind;
  limit: Scalars['String']['output'];
  minimum?: Maybe<Scalars['String']['output']>;
  ok: Scalars['Boolean']['output'];
  /** Null when no version of this kind is recorded (the fund's own policy applies). */
  ruleId?: Maybe<Scalars['ID']['output']>;
  version?: Maybe<Scalars['Int']['output']>;
};

export type FundRuleCheckInput = {
  commitment?: InputMaybe<ProposedCommitmentInput>;
  fundId: Scalars['ID']['input'];
  investment?: InputMaybe<ProposedInvestmentInput>;
  /** Default today. */
  onDate?: InputMaybe<Scalars['Date']['input']>;
};

export type FundRuleKind =
  /** Investors in the fund, every member with a commitment (a range: e.g. 2–30 under Decree 38/2018/NĐ-CP as amended). */
  | 'INVESTORS_COUNT'
  | 'OTHER_MEMBERS_COUNT'
  | 'PORTFOLIO_LOSS_THRESHOLD'
  | 'STAKE_PER_STARTUP'
  | 'STATE_BUDGET_AMOUNT'
  | 'STATE_SHARE_OF_CHARTER';

/** A write refused by a limit rule (kept for the annual risk report; the write itself recorded nothing). */
export type FundRuleRefusal = {
  __typename?: 'FundRuleRefusal';
  action: Scalars['String']['output'];
  at: Scalars['DateTime']['output'];
  citation: Scalars['String']['output'];
  code: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  kind: Scalars['String']['output'];
  message: Scalars['String']['output'];
  onDate: Scalars['Date']['output'];
  ruleId?: Maybe<Scalars['ID']['output']>;
};

export type FundRuleSet = {
  __typename?: 'FundRuleSet';
  name: FundRuleSetName;
  rules: Array<FundRuleSetRule>;
  /** The vehicle a fund under this set takes. */
  vehicle: FundVehicleKind;
};

/** The legal rule sets a fund can be put under. */
export type FundRuleSetName =
  /** A startup-investment fund under Decree 38/2018/NĐ-CP as amended by Decree 210/2025/NĐ-CP (50% holding, 2–30 investors). */
  | 'DECREE_38_STARTUP_FUND'
  /** Hanoi's venture fund: Decree 264/2025/NĐ-CP and Resolution 30/2025/NQ-HĐND (five rules). */
  | 'HANOI_RESOLUTION_30';

/** One rule of a legal rule set, before it is applied to a fund. */
export type FundRuleSetRule = {
  __typename?: 'FundRuleSetRule';
  citation: Scalars['String']['output'];
  kind: FundRuleKind;
  limit: Scalars['String']['output'];
  minimum?: Maybe<Scalars['String']['output']>;
  scope: Scalars['String']['output'];
  unit: FundRuleUnit;
};

/** What a rule's limit counts. */
export type FundRuleUnit =
  | 'BASIS_POINTS'
  | 'COUNT'
  | 'VND';

export type FundVehicle = {
  __typename?: 'FundVehicle';
  /** The first day of the current investment cycle (losses are measured over it). */
  cycleStart: Scalars['Date']['output'];
  kind: FundVehicleKind;
  legalBasis: Scalars['String']['output'];
  reviewAfterYears?: Maybe<Scalars['Int']['output']>;
  termYears?: Maybe<Scalars['Int']['output']>;
};

export type FundVehicleKind =
  /** A business cooperation contract: members' capital accounts, no legal personality (Hanoi's pilot). */
  | 'BCC'
  /** A fund company with legal personality. */
  | 'COMPANY';

export type FundingRound = {
  __typename?: 'FundingRound';
  createdAt: Scalars['DateTime']['output'];
  date: Scalars['Date']['output'];
  id: Scalars['ID']['output'];
  instrument: Instrument;
  participations: Array<Participation>;
  /** preMoney + raised. */
  postMoney: Scalars['VND']['output'];
  preMoney: Scalars['VND']['output'];
  /** Sum of the participations. */
  raised: Scalars['VND']['output'];
  startupId: Scalars['ID']['output'];
  startupName: Scalars['String']['output'];
};

/** One requirement of the next stage's gate and whether the startup meets it now. */
export type GateCheck = {
  __typename?: 'GateCheck';
  kind: Scalars['String']['output'];
  message: Scalars['String']['output'];
  met: Scalars['Boolean']['output'];
};

/** One requirement of a stage gate, with the sentence a person reads. */
export type GateRequirement = {
  __typename?: 'GateRequirement';
  description: Scalars['String']['output'];
  kind: GateRequirementKind;
  /** For MILESTONE_VERIFIED: the milestone kinds of which one must be verified. */
  milestoneKinds: Array<MilestoneKind>;
};

export type GateRequirementInput = {
  kind: GateRequirementKind;
  milestoneKinds?: InputMaybe<Array<MilestoneKind>>;
};

export type GateRequirementKind =
  | 'BUSINESS_REGISTERED'
  | 'IN_COHORT'
  | 'MILESTONE_VERIFIED';

/** Who a participation or cap-table holder is. */
export type HolderKind =
  /** The founders' original ownership before the first recorded round. */
  | 'FOUNDERS'
  /** A fund kept in this ledger (has fundId; its cash and stake rules are enforced). */
  | 'FUND'
  /** Another fund, outside this ledger, named by investorName. */
  | 'OTHER_FUND'
  /** A named private investor (angel, corporation, bank). */
  | 'PRIVATE';

export type Holding = {
  __typename?: 'Holding';
  exit?: Maybe<Exit>;
  fundId: Scalars['ID']['output'];
  invested: Scalars['VND']['output'];
  latestValuation?: Maybe<ValuationMark>;
  /** Exit proceeds. */
  realizedValue: Scalars['VND']['output'];
  stakeBp: Scalars['Int']['output'];
  stakeCapBp: Scalars['Int']['output'];
  startupId: Scalars['ID']['output'];
  startupName: Scalars['String']['output'];
  status: HoldingStatus;
  /** Latest mark (or cost without a mark) while ACTIVE; 0 once exited or written off. */
  unrealizedValue: Scalars['VND']['output'];
  valuations: Array<ValuationMark>;
};

export type HoldingStatus =
  | 'ACTIVE'
  | 'EXITED'
  | 'WRITTEN_OFF';

/** How a funding round's money comes in; CONVERTIBLE and SAFE count as-converted at the round's pre-money. */
export type Instrument =
  | 'CONVERTIBLE'
  | 'EQUITY'
  | 'SAFE';

export type InvestmentDecision = {
  __typename?: 'InvestmentDecision';
  amount: Scalars['VND']['output'];
  approvedAt: Scalars['String']['output'];
  checks: Array<DecisionCheck>;
  id: Scalars['ID']['output'];
  rounds: Array<DecisionRound>;
  used: Scalars['VND']['output'];
};

export type Invitation = {
  __typename?: 'Invitation';
  acceptedAt?: Maybe<Scalars['DateTime']['output']>;
  createdAt: Scalars['DateTime']['output'];
  email: Scalars['String']['output'];
  expiresAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  /** FOUNDER or MENTOR: what accepting grants. */
  role: Role;
  /** The startup a FOUNDER invitation joins; null for a MENTOR invitation. */
  startup?: Maybe<Startup>;
  /** Shown to managers only, to pass on to the founder (the link /invitation/<token>). */
  token: Scalars['String']['output'];
};

/** What the invitation page shows before accepting (public, by token). */
export type InvitationPreview = {
  __typename?: 'InvitationPreview';
  accepted: Scalars['Boolean']['output'];
  email: Scalars['String']['output'];
  /** An account with this email already exists: accepting links it (its password is asked). */
  existingAccount: Scalars['Boolean']['output'];
  expired: Scalars['Boolean']['output'];
  role: Role;
  /** null for a MENTOR invitation. */
  startupName?: Maybe<Scalars['String']['output']>;
};

export type JobState =
  /** Every retry failed (dead letter): retry by hand once the cause is fixed. */
  | 'FAILED'
  /** Committed, not yet handed to the queue. */
  | 'OUTBOX'
  /** In the queue, waiting for a worker. */
  | 'QUEUED'
  /** Failed at least once; tried again after a backoff. */
  | 'RETRY';

/** An amount of VND against its target for the period (see KpiCount). */
export type KpiAmount = {
  __typename?: 'KpiAmount';
  actual: Scalars['VND']['output'];
  onPlan: Scalars['Boolean']['output'];
  /** Clamped to 2147483647; the exact figure is percentBpExact. */
  percentBp: Scalars['Int']['output'];
  percentBpExact: Scalars['String']['output'];
  planToDate: Scalars['VND']['output'];
  target: Scalars['VND']['output'];
};

export type KpiAmountProjection = {
  __typename?: 'KpiAmountProjection';
  actualToDate: Scalars['VND']['output'];
  metInYear?: Maybe<Scalars['Int']['output']>;
  projectedTotal: Scalars['VND']['output'];
  shortfall: Scalars['VND']['output'];
  target: Scalars['VND']['output'];
};

export type KpiCapitalSource = {
  __typename?: 'KpiCapitalSource';
  amount: Scalars['VND']['output'];
  source: CapitalSource;
};

/** Something that moves the KPIs has landed; clients refetch what they show. */
export type KpiChange = {
  __typename?: 'KpiChange';
  at: Scalars['DateTime']['output'];
  /** What happened: the mutation that landed, e.g. moveStartup, recordFundingRound, updateKpiTarget. */
  reason: Scalars['String']['output'];
};

export type KpiCohort = {
  __typename?: 'KpiCohort';
  capital: Scalars['VND']['output'];
  /** Null for the startups in no cohort. */
  cohortId?: Maybe<Scalars['ID']['output']>;
  incubated: Scalars['Int']['output'];
  milestonesTotal: Scalars['Int']['output'];
  milestonesVerified: Scalars['Int']['output'];
  name?: Maybe<Scalars['String']['output']>;
  startups: Scalars['Int']['output'];
};

/**
 * A count against its target for the period. The target of a period is the yearly plan of the years it
 * covers, prorated by days for a partial year; planToDate is the same up to today (or the period's end).
 */
export type KpiCount = {
  __typename?: 'KpiCount';
  actual: Scalars['Int']['output'];
  /** actual ≥ planToDate. */
  onPlan: Scalars['Boolean']['output'];
  /** actual / target in basis points, floored (10000 = 100.00%); 0 when the target is 0. Clamped to 2147483647. */
  percentBp: Scalars['Int']['output'];
  /** percentBp exactly, as a decimal string (it can pass the Int range when the target is tiny). */
  percentBpExact: Scalars['String']['output'];
  planToDate: Scalars['Int']['output'];
  target: Scalars['Int']['output'];
};

/**
 * Linear run-rate over the whole 2026–2030 window up to today: where the metric ends at this pace, the year
 * the target is met (null when not by 2030) and the shortfall (0 when met).
 */
export type KpiCountProjection = {
  __typename?: 'KpiCountProjection';
  actualToDate: Scalars['Int']['output'];
  metInYear?: Maybe<Scalars['Int']['output']>;
  projectedTotal: Scalars['Int']['output'];
  shortfall: Scalars['Int']['output'];
  target: Scalars['Int']['output'];
};

export type KpiDashboard = {
  __typename?: 'KpiDashboard';
  /** Today in Asia/Ho_Chi_Minh: the date the figures and projections are as of. */
  asOf: Scalars['Date']['output'];
  byCohort: Array<KpiCohort>;
  bySector: Array<KpiSector>;
  byYear: Array<KpiYear>;
  capitalBySource: Array<KpiCapitalSource>;
  /** Funding-round participations in program startups dated in the period, all sources. */
  capitalMobilized: KpiAmount;
  from: Scalars['Date']['output'];
  fundCompliance: Array<KpiFundCompliance>;
  funnel: Array<KpiStageCount>;
  milestones: KpiMilestones;
  /** Net private capital committed to the fund(s) in the period — shown beside, not inside, capitalMobilized. */
  privateCommittedToFund: Scalars['VND']['output'];
  projections: KpiProjections;
  /** Distinct startups whose FIRST entry into INCUBATION (stage history) falls in the period. */
  startupsIncubated: KpiCount;
  targets: Array<KpiTarget>;
  to: Scalars['Date']['output'];
};

/** A fund's compliance now: the state share vs its charter cap, cash, and each holding's stake vs the cap. */
export type KpiFundCompliance = {
  __typename?: 'KpiFundCompliance';
  available: Scalars['VND']['output'];
  charterCapBp: Scalars['Int']['output'];
  charterCapital: Scalars['VND']['output'];
  fundId: Scalars['ID']['output'];
  /** Holdings not exited. */
  holdings: Scalars['Int']['output'];
  /** Holdings whose stake is at 95% of the cap or more (and within it). */
  holdingsNearCap: Scalars['Int']['output'];
  /** Holdings above the cap (the stake rule should keep this at 0). */
  holdingsOverCap: Scalars['Int']['output'];
  invested: Scalars['VND']['output'];
  name: Scalars['String']['output'];
  paidIn: Scalars['VND']['output'];
  privateCommitted: Scalars['VND']['output'];
  stakeCapBp: Scalars['Int']['output'];
  /** The 10 largest stakes, largest first. */
  stakes: Array<KpiFundStake>;
  stateCommitted: Scalars['VND']['output'];
  stateShareBp: Scalars['Int']['output'];
};

/** One startup the fund holds: its stake after dilution vs the fund's stake cap. */
export type KpiFundStake = {
  __typename?: 'KpiFundStake';
  capBp: Scalars['Int']['output'];
  invested: Scalars['VND']['output'];
  stakeBp: Scalars['Int']['output'];
  startupId: Scalars['ID']['output'];
  startupName: Scalars['String']['output'];
};

export type KpiMetric =
  | 'CAPITAL_MOBILIZED'
  | 'STARTUPS_INCUBATED';

/** Every milestone of every startup now: verified by a manager vs all. */
export type KpiMilestones = {
  __typename?: 'KpiMilestones';
  completionBp: Scalars['Int']['output'];
  total: Scalars['Int']['output'];
  verified: Scalars['Int']['output'];
};

export type KpiProjections = {
  __typename?: 'KpiProjections';
  capitalMobilized: KpiAmountProjection;
  startupsIncubated: KpiCountProjection;
};

export type KpiSector = {
  __typename?: 'KpiSector';
  /** Funding-round participations in this sector's startups in the period. */
  capital: Scalars['VND']['output'];
  /** Of them, first entered INCUBATION in the period. */
  incubated: Scalars['Int']['output'];
  nameEn: Scalars['String']['output'];
  nameVi: Scalars['String']['output'];
  /** The sector's code (see `sectors`). */
  sector: Scalars['String']['output'];
  /** Startups of this sector now. */
  startups: Scalars['Int']['output'];
};

/** Startups at each stage now (the funnel). */
export type KpiStageCount = {
  __typename?: 'KpiStageCount';
  count: Scalars['Int']['output'];
  stage: Stage;
};

export type KpiTarget = {
  __typename?: 'KpiTarget';
  metric: KpiMetric;
  /** Sum of the yearly plan, as a decimal string. */
  total: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
  yearly: Array<KpiTargetYear>;
};

export type KpiTargetYear = {
  __typename?: 'KpiTargetYear';
  /** A count of startups or whole VND, as a decimal string. */
  amount: Scalars['String']['output'];
  year: Scalars['Int']['output'];
};

/** One plan year inside the period: actual vs plan, and both cumulated from the first year shown. */
export type KpiYear = {
  __typename?: 'KpiYear';
  capitalCumulative: Scalars['VND']['output'];
  capitalMobilized: Scalars['VND']['output'];
  capitalPlan: Scalars['VND']['output'];
  capitalPlanCumulative: Scalars['VND']['output'];
  startupsCumulative: Scalars['Int']['output'];
  startupsIncubated: Scalars['Int']['output'];
  startupsPlan: Scalars['Int']['output'];
  startupsPlanCumulative: Scalars['Int']['output'];
  year: Scalars['Int']['output'];
};

/** The language of a text the server writes for people (CSV headers and labels). */
export type Language =
  | 'EN'
  | 'VI';

export type LegalDocument = {
  __typename?: 'LegalDocument';
  id: Scalars['ID']['output'];
  issuedOn: Scalars['Date']['output'];
  issuer: Scalars['String']['output'];
  /** The number as issued, e.g. 6100/QĐ-UBND. */
  number: Scalars['String']['output'];
  titleEn: Scalars['String']['output'];
  titleVi: Scalars['String']['output'];
  url?: Maybe<Scalars['String']['output']>;
};

export type LegalDocumentInput = {
  issuedOn: Scalars['Date']['input'];
  issuer: Scalars['String']['input'];
  number: Scalars['String']['input'];
  titleEn: Scalars['String']['input'];
  titleVi: Scalars['String']['input'];
  url?: InputMaybe<Scalars['String']['input']>;
};

/** What a score on a criterion means, e.g. 2 = no evidence, 5 = plausible, 8 = proven with users. */
export type LevelDescriptor = {
  __typename?: 'LevelDescriptor';
  description: Scalars['String']['output'];
  score: Scalars['Int']['output'];
};

export type LevelDescriptorInput = {
  description: Scalars['String']['input'];
  score: Scalars['Int']['input'];
};

export type LossHolding = {
  __typename?: 'LossHolding';
  cost: Scalars['VND']['output'];
  loss: Scalars['VND']['output'];
  realized: Scalars['Boolean']['output'];
  startupName: Scalars['String']['output'];
  /** Exit proceeds, else the latest mark, else cost. */
  value: Scalars['VND']['output'];
};

export type LossLevel =
  /** 90% of the threshold or more. */
  | 'CRITICAL'
  /** At or above the threshold (the law asks for monitoring and a report; nothing is blocked). */
  | 'EXCEEDED'
  /** Below 70% of the threshold. */
  | 'OK'
  /** 70% of the threshold or more. */
  | 'WARNING';

/** Losses of the current investment cycle against the threshold (Decree 264/2025/NĐ-CP Art. 10(4): 50% of charter capital). */
export type LossThreshold = {
  __typename?: 'LossThreshold';
  asOf: Scalars['Date']['output'];
  citation: Scalars['String']['output'];
  cycleStart: Scalars['Date']['output'];
  holdings: Array<LossHolding>;
  level: LossLevel;
  limitBp: Scalars['Int']['output'];
  /** realized + unrealized. */
  losses: Scalars['VND']['output'];
  /** Exits below cost and write-offs: cost − proceeds. */
  realized: Scalars['VND']['output'];
  ruleId?: Maybe<Scalars['ID']['output']>;
  /** limitBp × charter capital on asOf, floored. */
  threshold: Scalars['VND']['output'];
  /** Holdings marked below cost: cost − latest mark. */
  unrealized: Scalars['VND']['output'];
  /** losses / threshold in basis points. */
  usedBp: Scalars['Int']['output'];
  version?: Maybe<Scalars['Int']['output']>;
};

/** An e-mail sent over SMTP or kept in the development mailbox. */
export type MailMessage = {
  __typename?: 'MailMessage';
  html: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  kind: Scalars['String']['output'];
  locale: Scalars['String']['output'];
  sentAt: Scalars['DateTime']['output'];
  subject: Scalars['String']['output'];
  text: Scalars['String']['output'];
  to: Scalars['String']['output'];
  /** smtp or mailbox */
  transport: Scalars['String']['output'];
};

export type MatchReasonKind =
  | 'ALREADY_ASSIGNED'
  | 'AT_CAPACITY'
  | 'NEED'
  | 'SECTOR';

export type MemberBackground =
  | 'COMPANY'
  | 'INDEPENDENT'
  | 'INSTITUTE'
  | 'OVERSEAS'
  | 'SCHOOL'
  | 'UNIVERSITY';

/** A member's capital account for a period: figures at the period's end; NAV and distributions pro rata to paid-in. */
export type MemberStatement = {
  __typename?: 'MemberStatement';
  called: Scalars['VND']['output'];
  committed: Scalars['VND']['output'];
  distributions: Scalars['VND']['output'];
  from: Scalars['Date']['output'];
  fundId: Scalars['ID']['output'];
  fundName: Scalars['String']['output'];
  memberId: Scalars['ID']['output'];
  memberName: Scalars['String']['output'];
  memberType: MemberType;
  navShare: Scalars['VND']['output'];
  outstanding: Scalars['VND']['output'];
  paid: Scalars['VND']['output'];
  paidInPeriod: Scalars['VND']['output'];
  payments: Array<StatementPayment>;
  shareBp: Scalars['Int']['output'];
  to: Scalars['Date']['output'];
};

export type MemberType =
  | 'PRIVATE'
  | 'STATE';

export type Mentor = {
  __typename?: 'Mentor';
  /** Startups the mentor is actively assigned to; a FOUNDER counts only their own. */
  activeStartups: Scalars['Int']['output'];
  availability: Scalars['String']['output'];
  background: MentorBackground;
  bio: Scalars['String']['output'];
  displayName: Scalars['String']['output'];
  email: Scalars['String']['output'];
  expertise: Array<MentorNeed>;
  /** The MENTOR account exists (the invitation was accepted). */
  hasAccount: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  /** Two-letter language codes (vi, en, …). */
  languages: Array<Scalars['String']['output']>;
  maxActiveStartups: Scalars['Int']['output'];
  organization: Scalars['String']['output'];
  /** Sector codes from the program's list. */
  sectors: Array<Scalars['String']['output']>;
};

export type MentorAssignment = {
  __typename?: 'MentorAssignment';
  endedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Append-only: who assigned or ended it, when and why. */
  history: Array<MentorAssignmentEvent>;
  id: Scalars['ID']['output'];
  mentor: Mentor;
  startedAt: Scalars['DateTime']['output'];
  startupId: Scalars['ID']['output'];
  startupName: Scalars['String']['output'];
};

export type MentorAssignmentEvent = {
  __typename?: 'MentorAssignmentEvent';
  actorName?: Maybe<Scalars['String']['output']>;
  at: Scalars['DateTime']['output'];
  kind: Scalars['String']['output'];
  reason?: Maybe<Scalars['String']['output']>;
};

export type MentorBackground =
  | 'COMPANY'
  | 'INSTITUTE'
  | 'OVERSEAS'
  | 'UNIVERSITY';

export type MentorMatch = {
  __typename?: 'MentorMatch';
  /** May be assigned now (not already assigned, under the cap). */
  available: Scalars['Boolean']['output'];
  mentor: Mentor;
  reasons: Array<MentorMatchReason>;
  score: Scalars['Int']['output'];
};

export type MentorMatchReason = {
  __typename?: 'MentorMatchReason';
  active?: Maybe<Scalars['Int']['output']>;
  cap?: Maybe<Scalars['Int']['output']>;
  kind: MatchReasonKind;
  need?: Maybe<MentorNeed>;
  sector?: Maybe<Scalars['String']['output']>;
};

export type MentorNeed =
  | 'FUNDRAISING'
  | 'HIRING'
  | 'IP'
  | 'LEGAL'
  | 'MARKET'
  | 'PRODUCT'
  | 'TECHNOLOGY';

export type MentorProfileInput = {
  availability: Scalars['String']['input'];
  background: MentorBackground;
  bio: Scalars['String']['input'];
  displayName: Scalars['String']['input'];
  /** Required when inviting; ignored when editing. */
  email?: InputMaybe<Scalars['String']['input']>;
  expertise: Array<MentorNeed>;
  languages: Array<Scalars['String']['input']>;
  /** vi or en: the language of the invitation e-mail. */
  locale?: InputMaybe<Scalars['String']['input']>;
  /** 1–20 (managers only); default 3. */
  maxActiveStartups?: InputMaybe<Scalars['Int']['input']>;
  organization: Scalars['String']['input'];
  sectors: Array<Scalars['String']['input']>;
};

/** What a mentor reads of a startup assigned to them: no fund data. */
export type MentoredStartup = {
  __typename?: 'MentoredStartup';
  description?: Maybe<Scalars['String']['output']>;
  founders: Array<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** Empty unless the founders share metric reports with mentors. */
  metricReports: Array<SharedMetricReport>;
  name: Scalars['String']['output'];
  needs: Array<MentorNeed>;
  needsNote?: Maybe<Scalars['String']['output']>;
  sector: Scalars['String']['output'];
  stage: Stage;
};

export type MentoringBoard = {
  __typename?: 'MentoringBoard';
  /** Mentors with at least one active assignment, by background (overseas experts counted). */
  activeMentorsByBackground: Array<MentorsByBackground>;
  averageRating?: Maybe<Scalars['Float']['output']>;
  hoursBySector: Array<MentoringHours>;
  hoursByStage: Array<MentoringHours>;
  hoursByStartup: Array<MentoringHours>;
  sessionsHeld: Scalars['Int']['output'];
  sessionsRated: Scalars['Int']['output'];
};

export type MentoringHours = {
  __typename?: 'MentoringHours';
  hours: Scalars['Float']['output'];
  key: Scalars['String']['output'];
  label: Scalars['String']['output'];
  sessions: Scalars['Int']['output'];
};

export type MentorsByBackground = {
  __typename?: 'MentorsByBackground';
  active: Scalars['Int']['output'];
  background: MentorBackground;
};

export type MetricReport = {
  __typename?: 'MetricReport';
  customers: Scalars['Int']['output'];
  employees: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  /** YYYY-MM. */
  period: Scalars['String']['output'];
  revenue: Scalars['VND']['output'];
  submittedAt: Scalars['DateTime']['output'];
  submittedBy?: Maybe<User>;
};

export type Milestone = {
  __typename?: 'Milestone';
  createdAt: Scalars['DateTime']['output'];
  dueDate?: Maybe<Scalars['Date']['output']>;
  evidenceText?: Maybe<Scalars['String']['output']>;
  evidenceUrl?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  kind: MilestoneKind;
  /** Only for PILOT milestones. */
  pilot?: Maybe<Pilot>;
  /** The pilot agreement a PILOT milestone refers to. */
  pilotAgreement?: Maybe<PilotAgreement>;
  startupId: Scalars['ID']['output'];
  status: MilestoneStatus;
  title: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
  verifiedAt?: Maybe<Scalars['DateTime']['output']>;
  verifiedBy?: Maybe<User>;
};

export type MilestoneKind =
  | 'CUSTOM'
  | 'FIRST_CUSTOMER'
  | 'MVP'
  | 'PILOT'
  | 'PROBLEM_VALIDATED'
  | 'PROTOTYPE';

export type MilestoneStatus =
  | 'DONE'
  | 'IN_PROGRESS'
  | 'PLANNED'
  | 'VERIFIED';

export type Mutation = {
  __typename?: 'Mutation';
  /** Creates the FOUNDER account (or links an existing one, checking its password), joins the startup and signs in. */
  acceptInvitation: AuthPayload;
  /** Adds a rule version (ADMIN). Never edits an earlier one. */
  addFundRuleVersion: FundRule;
  addPartnerAgreement: StrategicPartner;
  answerAppeal: ApplicationAppeal;
  /** An applicant appeals within the window (receipt code and contact e-mail prove it is theirs). */
  appealDecision: ApplicationAppeal;
  /** Puts a fund under a legal rule set (ADMIN): one new version of each of the set's rules, all or none. */
  applyFundRuleSet: Array<FundRule>;
  /** Assigns a mentor under their cap (managers). */
  assignMentor: MentorAssignment;
  assignReviewers: Array<ReviewAssignment>;
  /** Puts a startup into a cohort (cohortId null → out of any cohort). */
  assignStartupToCohort: Startup;
  /** A founder books a future, free slot of a mentor assigned to their startup. */
  bookOfficeHour: OfficeHourBooking;
  /** Founders until 24 hours before; the mentor and managers until it starts. */
  cancelOfficeHourBooking: OfficeHourBooking;
  /** A present, non-conflicted member's vote with its reason; one per member. */
  castVote: Deal;
  /**
   * Sets a commitment to a new amount (0 withdraws it). Never below what was already paid in
   * (BAD_USER_INPUT on amount); refused with CHARTER_LIMIT_EXCEEDED when the state share would pass the cap.
   */
  changeCommitment: Commitment;
  changePassword: Scalars['Boolean']['output'];
  closeChallenge: Challenge;
  closePriorityTask: PriorityTask;
  /** A member (found by name in the fund, created if new) commits capital; refused with CHARTER_LIMIT_EXCEEDED past the cap. */
  commitCapital: Commitment;
  /** An ACCEPTED proposal becomes a draft problem statement or a startup's PPP contract. */
  convertPppProposal: PppProposal;
  /** A call of percentBp of every commitment (one line each); all calls together at most 100%. */
  createCapitalCall: CapitalCall;
  createChallenge: Challenge;
  createCohort: Cohort;
  createDeal: Deal;
  createFund: Fund;
  createLegalDocument: LegalDocument;
  createMilestone: Milestone;
  createPilotAgreement: PilotAgreement;
  createPriorityTask: PriorityTask;
  createProgram: Program;
  /** A new sector (ADMIN); its code and Vietnamese name must be new. */
  createSector: Sector;
  createStartup: Startup;
  createStrategicPartner: StrategicPartner;
  createUser: User;
  /** The outcome by the fund's rule (majority of the non-conflicted members present, with quorum), with the minutes. Approval issues the fund's investment decision for approvedAmount (default: the amount asked). */
  decideDeal: Deal;
  /** A present member's conflict-of-interest declaration, before voting; never changed. */
  declareCommitteeConflict: Deal;
  /** The assigned reviewer, before reading the application. */
  declareConflict: BlindReview;
  /** Replaces the round's winners. */
  declarePhaseWinners: Array<Application>;
  /** Ends a rule (ADMIN) after its last day, by adding a version that ends it — never an edit. */
  endFundRule: FundRule;
  endMentorAssignment: MentorAssignment;
  inviteFounder: Invitation;
  /** Creates the profile and e-mails a MENTOR invitation (managers). */
  inviteMentor: Mentor;
  login: AuthPayload;
  /** Ends the current session: the token stops working at once. */
  logout: Scalars['Boolean']['output'];
  /** Marks the signed-in user's notifications read; answers how many changed. */
  markNotificationsRead: Scalars['Int']['output'];
  /**
   * Merges a duplicate sector into the one kept (ADMIN): its startups, problem statements, priority tasks and mentors
   * move to `into`; the duplicate leaves the list (its code still resolves to `into`). Answers the kept sector.
   */
  mergeSector: Sector;
  /** Moves a deal one step (or to REJECTED with a reason); approval is the committee's (decideDeal). */
  moveDeal: Deal;
  /** A manager moves a proposal one step; RETURNED and REFUSED need reasons, which are e-mailed to the contact. */
  movePppProposal: PppProposal;
  /** Forward one stage through its gate; back one stage or to an end only by a manager with a reason. */
  moveStartup: Startup;
  /** The committee meets on a deal in the INVESTMENT_COMMITTEE step: members, who is present, the quorum. */
  openCommitteeMeeting: Deal;
  /** A pay-in against a commitment; above what is outstanding → CASH_LIMIT_EXCEEDED (field amount). */
  payInCapital: CapitalPayment;
  publishChallenge: Challenge;
  /** A slot of the signed-in mentor, in Hanoi time. */
  publishOfficeHour: OfficeHourSlot;
  publishPriorityTask: PriorityTask;
  /** A founder rates an ended session once. */
  rateSession: OfficeHourBooking;
  /** Closes a fund's holding in a startup: an exit with proceeds, or a write-off. */
  recordExit: Exit;
  /** Records a round; every participating fund's cash rule and stake rule must hold after it. */
  recordFundingRound: FundingRound;
  /** A new expense line; the invoice number must be new for the startup; the date not after today. */
  recordRdExpense: RdExpense;
  /** Appends a support to the ledger; a cost already supported is recorded with a warning, not refused. */
  recordStateSupport: RecordedStateSupport;
  /** Marks the value of a fund's holding in a startup at a date. */
  recordValuation: ValuationMark;
  /** Corrects a sector's names (ADMIN); its code stays. */
  renameSector: Sector;
  /** The pre-tax profit of a tax year, as whole dong with an optional minus sign (a loss), e.g. "-150000000". */
  reportRdProfit: RdDossier;
  /** Always true, whether or not the address has an account (no enumeration); e-mails a reset link when it has. */
  requestPasswordReset: Scalars['Boolean']['output'];
  /** Sets a new password with the e-mailed token, ends every other session, and signs in. */
  resetPassword: AuthPayload;
  /** Runs a waiting or failed job again now (ADMIN). */
  retryJob: Scalars['Boolean']['output'];
  /** The signed-in reviewer's scores (0–10) for some or all criteria; re-scoring replaces their earlier score. */
  scoreApplication: Application;
  /** Creates a startup in CONNECTION linked to the statement and invites the contact email as FOUNDER. */
  selectApplication: SelectionResult;
  /** E-mails every applicant the decision with the per-criterion feedback and opens the appeal window. */
  sendDecisions: Challenge;
  setApplicationFeedback: CriterionFeedback;
  setCriterionLevels: RubricCriterion;
  setDueDiligenceAreas: Array<Scalars['String']['output']>;
  setFundVehicle: FundVehicle;
  setNotificationPreferences: NotificationPreferences;
  /** Replaces the program's gates (every forward stage not listed has no requirement). */
  setProgramGates: Program;
  /** Sets the day of the month (1–28) on which the program's monthly metric reports are due. */
  setReportDueDay: Scalars['Int']['output'];
  /** A startup's needs (managers, its founders). */
  setStartupNeeds: StartupNeeds;
  setUserActive: User;
  /** Advances applications to the demo round. */
  shortlistForDemo: Array<Application>;
  /** Anyone may apply to a PUBLISHED statement before its deadline; validated and rate-limited (RATE_LIMITED). */
  submitApplication: ApplicationReceipt;
  submitMetricReport: MetricReport;
  /**
   * Anyone, without an account; validated and rate-limited (RATE_LIMITED). The receipt code is e-mailed too. With
   * attachments, POST the same input as multipart/form-data to /api/ppp/proposals instead.
   */
  submitPppProposal: PppProposalReceipt;
  /** Edits a DRAFT problem statement. */
  updateChallenge: Challenge;
  updateChecklistItem: ChecklistItem;
  updateCohort: Cohort;
  updateDueDiligenceItem: DueDiligenceItem;
  /** Replaces a metric's yearly plan (5 whole numbers for 2026–2030, as decimal strings); the total is their sum. */
  updateKpiTarget: KpiTarget;
  /** Managers any profile; a mentor their own (not the cap). */
  updateMentorProfile: Mentor;
  updateMilestone: Milestone;
  /** Moves the status (PLANNED → ACTIVE → COMPLETED or STOPPED) and records the outcome and evidence. */
  updatePilotAgreement: PilotAgreement;
  /** Edits a DRAFT or PUBLISHED task. */
  updatePriorityTask: PriorityTask;
  /** Managers any startup; a founder their own. */
  updateStartup: Startup;
  updateStrategicPartner: StrategicPartner;
  /** A manager confirms a milestone (it must be DONE). */
  verifyMilestone: Milestone;
  /** Withdraws an unbooked slot of the signed-in mentor. */
  withdrawOfficeHour: OfficeHourSlot;
  /** The mentor's notes after the session. */
  writeSessionNotes: OfficeHourBooking;
};


export type MutationAcceptInvitationArgs = {
  displayName: Scalars['String']['input'];
  password: Scalars['String']['input'];
  token: Scalars['String']['input'];
};


export type MutationAddFundRuleVersionArgs = {
  input: AddFundRuleVersionInput;
};


export type MutationAddPartnerAgreementArgs = {
  input: PartnerAgreementInput;
};


export type MutationAnswerAppealArgs = {
  answer: Scalars['String']['input'];
  appealId: Scalars['ID']['input'];
};


export type MutationAppealDecisionArgs = {
  input: AppealInput;
};


export type MutationApplyFundRuleSetArgs = {
  input: ApplyFundRuleSetInput;
};


export type MutationAssignMentorArgs = {
  mentorId: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
  startupId: Scalars['ID']['input'];
};


export type MutationAssignReviewersArgs = {
  input: AssignReviewersInput;
};


export type MutationAssignStartupToCohortArgs = {
  cohortId?: InputMaybe<Scalars['ID']['input']>;
  startupId: Scalars['ID']['input'];
};


export type MutationBookOfficeHourArgs = {
  input: BookOfficeHourInput;
};


export type MutationCancelOfficeHourBookingArgs = {
  bookingId: Scalars['ID']['input'];
};


export type MutationCastVoteArgs = {
  choice: VoteChoice;
  memberId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationChangeCommitmentArgs = {
  amount: Scalars['VND']['input'];
  commitmentId: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
};


export type MutationChangePasswordArgs = {
  currentPassword: Scalars['String']['input'];
  newPassword: Scalars['String']['input'];
};


export type MutationCloseChallengeArgs = {
  id: Scalars['ID']['input'];
};


export type MutationClosePriorityTaskArgs = {
  id: Scalars['ID']['input'];
};


export type MutationCommitCapitalArgs = {
  input: CommitCapitalInput;
};


export type MutationConvertPppProposalArgs = {
  id: Scalars['ID']['input'];
  input: ConvertPppProposalInput;
};


export type MutationCreateCapitalCallArgs = {
  input: CreateCapitalCallInput;
};


export type MutationCreateChallengeArgs = {
  input: ChallengeInput;
};


export type MutationCreateCohortArgs = {
  input: CohortInput;
};


export type MutationCreateDealArgs = {
  input: CreateDealInput;
};


export type MutationCreateFundArgs = {
  input: CreateFundInput;
};


export type MutationCreateLegalDocumentArgs = {
  input: LegalDocumentInput;
};


export type MutationCreateMilestoneArgs = {
  input: CreateMilestoneInput;
};


export type MutationCreatePilotAgreementArgs = {
  input: CreatePilotAgreementInput;
};


export type MutationCreatePriorityTaskArgs = {
  input: PriorityTaskInput;
};


export type MutationCreateProgramArgs = {
  input: CreateProgramInput;
};


export type MutationCreateSectorArgs = {
  input: CreateSectorInput;
};


export type MutationCreateStartupArgs = {
  input: CreateStartupInput;
};


export type MutationCreateStrategicPartnerArgs = {
  input: StrategicPartnerInput;
};


export type MutationCreateUserArgs = {
  input: CreateUserInput;
};


export type MutationDecideDealArgs = {
  approvedAmount?: InputMaybe<Scalars['VND']['input']>;
  dealId: Scalars['ID']['input'];
  minutes: Scalars['String']['input'];
};


export type MutationDeclareCommitteeConflictArgs = {
  conflicted: Scalars['Boolean']['input'];
  memberId: Scalars['ID']['input'];
  statement?: InputMaybe<Scalars['String']['input']>;
};


export type MutationDeclareConflictArgs = {
  input: DeclareConflictInput;
};


export type MutationDeclarePhaseWinnersArgs = {
  input: PhaseWinnersInput;
};


export type MutationEndFundRuleArgs = {
  input: EndFundRuleInput;
};


export type MutationEndMentorAssignmentArgs = {
  id: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
};


export type MutationInviteFounderArgs = {
  email: Scalars['String']['input'];
  startupId: Scalars['ID']['input'];
};


export type MutationInviteMentorArgs = {
  input: MentorProfileInput;
};


export type MutationLoginArgs = {
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
};


export type MutationMarkNotificationsReadArgs = {
  ids: Array<Scalars['ID']['input']>;
};


export type MutationMergeSectorArgs = {
  code: Scalars['String']['input'];
  into: Scalars['String']['input'];
};


export type MutationMoveDealArgs = {
  id: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
  to: DealStep;
};


export type MutationMovePppProposalArgs = {
  id: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
  to: PppStatus;
};


export type MutationMoveStartupArgs = {
  id: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
  to: Stage;
};


export type MutationOpenCommitteeMeetingArgs = {
  input: OpenCommitteeMeetingInput;
};


export type MutationPayInCapitalArgs = {
  input: PayInCapitalInput;
};


export type MutationPublishChallengeArgs = {
  id: Scalars['ID']['input'];
};


export type MutationPublishOfficeHourArgs = {
  input: PublishOfficeHourInput;
};


export type MutationPublishPriorityTaskArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRateSessionArgs = {
  input: RateSessionInput;
};


export type MutationRecordExitArgs = {
  input: RecordExitInput;
};


export type MutationRecordFundingRoundArgs = {
  input: RecordFundingRoundInput;
};


export type MutationRecordRdExpenseArgs = {
  input: RdExpenseInput;
};


export type MutationRecordStateSupportArgs = {
  input: StateSupportInput;
};


export type MutationRecordValuationArgs = {
  input: RecordValuationInput;
};


export type MutationRenameSectorArgs = {
  code: Scalars['String']['input'];
  input: RenameSectorInput;
};


export type MutationReportRdProfitArgs = {
  preTaxProfit: Scalars['String']['input'];
  startupId: Scalars['ID']['input'];
  year: Scalars['Int']['input'];
};


export type MutationRequestPasswordResetArgs = {
  email: Scalars['String']['input'];
};


export type MutationResetPasswordArgs = {
  password: Scalars['String']['input'];
  token: Scalars['String']['input'];
};


export type MutationRetryJobArgs = {
  id: Scalars['ID']['input'];
};


export type MutationScoreApplicationArgs = {
  applicationId: Scalars['ID']['input'];
  scores: Array<CriterionScoreInput>;
};


export type MutationSelectApplicationArgs = {
  applicationId: Scalars['ID']['input'];
  sector?: InputMaybe<Scalars['String']['input']>;
  startupName?: InputMaybe<Scalars['String']['input']>;
};


export type MutationSendDecisionsArgs = {
  input: SendDecisionsInput;
};


export type MutationSetApplicationFeedbackArgs = {
  input: CriterionFeedbackInput;
};


export type MutationSetCriterionLevelsArgs = {
  criterionId: Scalars['ID']['input'];
  levels: Array<LevelDescriptorInput>;
};


export type MutationSetDueDiligenceAreasArgs = {
  areas: Array<Scalars['String']['input']>;
  fundId: Scalars['ID']['input'];
};


export type MutationSetFundVehicleArgs = {
  input: SetFundVehicleInput;
};


export type MutationSetNotificationPreferencesArgs = {
  input: NotificationPreferencesInput;
};


export type MutationSetProgramGatesArgs = {
  gates: Array<StageGateInput>;
  id: Scalars['ID']['input'];
};


export type MutationSetReportDueDayArgs = {
  day: Scalars['Int']['input'];
  programId: Scalars['ID']['input'];
};


export type MutationSetStartupNeedsArgs = {
  input: StartupNeedsInput;
  startupId: Scalars['ID']['input'];
};


export type MutationSetUserActiveArgs = {
  active: Scalars['Boolean']['input'];
  id: Scalars['ID']['input'];
};


export type MutationShortlistForDemoArgs = {
  applicationIds: Array<Scalars['ID']['input']>;
  challengeId: Scalars['ID']['input'];
};


export type MutationSubmitApplicationArgs = {
  input: SubmitApplicationInput;
};


export type MutationSubmitMetricReportArgs = {
  input: SubmitMetricReportInput;
};


export type MutationSubmitPppProposalArgs = {
  input: SubmitPppProposalInput;
};


export type MutationUpdateChallengeArgs = {
  id: Scalars['ID']['input'];
  input: ChallengeInput;
};


export type MutationUpdateChecklistItemArgs = {
  input: UpdateChecklistItemInput;
};


export type MutationUpdateCohortArgs = {
  id: Scalars['ID']['input'];
  input: CohortInput;
};


export type MutationUpdateDueDiligenceItemArgs = {
  finding?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  status: DueDiligenceStatus;
};


export type MutationUpdateKpiTargetArgs = {
  metric: KpiMetric;
  yearly: Array<Scalars['String']['input']>;
};


export type MutationUpdateMentorProfileArgs = {
  id: Scalars['ID']['input'];
  input: MentorProfileInput;
};


export type MutationUpdateMilestoneArgs = {
  id: Scalars['ID']['input'];
  input: UpdateMilestoneInput;
};


export type MutationUpdatePilotAgreementArgs = {
  id: Scalars['ID']['input'];
  input: UpdatePilotAgreementInput;
};


export type MutationUpdatePriorityTaskArgs = {
  id: Scalars['ID']['input'];
  input: PriorityTaskInput;
};


export type MutationUpdateStartupArgs = {
  id: Scalars['ID']['input'];
  input: UpdateStartupInput;
};


export type MutationUpdateStrategicPartnerArgs = {
  id: Scalars['ID']['input'];
  input: StrategicPartnerInput;
};


export type MutationVerifyMilestoneArgs = {
  id: Scalars['ID']['input'];
};


export type MutationWithdrawOfficeHourArgs = {
  slotId: Scalars['ID']['input'];
};


export type MutationWriteSessionNotesArgs = {
  input: SessionNotesInput;
};

export type Notification = {
  __typename?: 'Notification';
  at: Scalars['String']['output'];
  body: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  kind: Scalars['String']['output'];
  /** A path in the web app (e.g. /program/startups/…), or null. */
  link?: Maybe<Scalars['String']['output']>;
  read: Scalars['Boolean']['output'];
  title: Scalars['String']['output'];
};

export type NotificationConnection = {
  __typename?: 'NotificationConnection';
  edges: Array<NotificationEdge>;
  pageInfo: PageInfo;
  unreadCount: Scalars['Int']['output'];
};

export type NotificationCount = {
  __typename?: 'NotificationCount';
  unreadCount: Scalars['Int']['output'];
};

export type NotificationEdge = {
  __typename?: 'NotificationEdge';
  cursor: Scalars['String']['output'];
  node: Notification;
};

/** The signed-in user's notification settings. */
export type NotificationPreferences = {
  __typename?: 'NotificationPreferences';
  /** One e-mail a day listing the new notifications, instead of one e-mail each. */
  dailyDigest: Scalars['Boolean']['output'];
  /** Kinds not e-mailed (still shown on the bell). */
  emailOff: Array<Scalars['String']['output']>;
  /** The kinds that can be turned off (invitations and password resets are always e-mailed). */
  kinds: Array<Scalars['String']['output']>;
  /** The language of their e-mails: vi or en. */
  locale: Scalars['String']['output'];
};

/** Only the fields given change. */
export type NotificationPreferencesInput = {
  dailyDigest?: InputMaybe<Scalars['Boolean']['input']>;
  emailOff?: InputMaybe<Array<Scalars['String']['input']>>;
  locale?: InputMaybe<Scalars['String']['input']>;
};

export type OfficeHourBooking = {
  __typename?: 'OfficeHourBooking';
  bookedAt: Scalars['DateTime']['output'];
  cancelledAt?: Maybe<Scalars['DateTime']['output']>;
  /** The session as an iCalendar (.ics) invitation. */
  ics: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** Visible to managers and the mentor; to founders only when shared. */
  notes?: Maybe<Scalars['String']['output']>;
  notesShared: Scalars['Boolean']['output'];
  rating?: Maybe<Scalars['Int']['output']>;
  ratingComment?: Maybe<Scalars['String']['output']>;
  slot: OfficeHourSlot;
  startupId: Scalars['ID']['output'];
  startupName: Scalars['String']['output'];
  topic: Scalars['String']['output'];
};

export type OfficeHourSlot = {
  __typename?: 'OfficeHourSlot';
  booked: Scalars['Boolean']['output'];
  endsAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  location: Scalars['String']['output'];
  mentor: Mentor;
  startsAt: Scalars['DateTime']['output'];
  /** Start in Hanoi time, YYYY-MM-DD HH:MM. */
  startsAtHanoi: Scalars['String']['output'];
};

export type OpenCommitteeMeetingInput = {
  dealId: Scalars['ID']['input'];
  heldOn: Scalars['Date']['input'];
  members: Array<CommitteeMemberInput>;
  quorum: Scalars['Int']['input'];
};

/** A milestone past its due date and not yet reported done. */
export type OverdueMilestone = {
  __typename?: 'OverdueMilestone';
  daysOverdue: Scalars['Int']['output'];
  dueDate: Scalars['Date']['output'];
  milestoneId: Scalars['ID']['output'];
  startup: Startup;
  status: MilestoneStatus;
  title: Scalars['String']['output'];
};

/** A monthly metric report past its due date and not sent. */
export type OverdueReport = {
  __typename?: 'OverdueReport';
  daysOverdue: Scalars['Int']['output'];
  dueDate: Scalars['Date']['output'];
  /** YYYY-MM */
  period: Scalars['String']['output'];
  startup: Startup;
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

export type Participation = {
  __typename?: 'Participation';
  amount: Scalars['VND']['output'];
  /** Set when kind = FUND. */
  fundId?: Maybe<Scalars['ID']['output']>;
  /** The fund's name (kind FUND) or the investor's name. */
  holderName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  kind: HolderKind;
  /** amount / postMoney of its round, basis points floored. */
  roundStakeBp: Scalars['Int']['output'];
};

/** Exactly one of fundId (a fund in this ledger) and investorName (another fund or a private investor). */
export type ParticipationInput = {
  amount: Scalars['VND']['input'];
  /** With fundId: the approved investment decision (investment committee) this participation rests on; without one the round is refused with DECISION_REQUIRED. */
  decisionId?: InputMaybe<Scalars['ID']['input']>;
  fundId?: InputMaybe<Scalars['ID']['input']>;
  investorName?: InputMaybe<Scalars['String']['input']>;
  /** For investorName: OTHER_FUND or PRIVATE (default PRIVATE); ignored with fundId. */
  kind?: InputMaybe<HolderKind>;
};

export type PartnerAgreement = {
  __typename?: 'PartnerAgreement';
  id: Scalars['ID']['output'];
  scope: Scalars['String']['output'];
  signedOn: Scalars['Date']['output'];
  title: Scalars['String']['output'];
  validTo?: Maybe<Scalars['Date']['output']>;
};

export type PartnerAgreementInput = {
  partnerId: Scalars['ID']['input'];
  scope: Scalars['String']['input'];
  signedOn: Scalars['Date']['input'];
  title: Scalars['String']['input'];
  validTo?: InputMaybe<Scalars['Date']['input']>;
};

export type PartnerChallenge = {
  __typename?: 'PartnerChallenge';
  id: Scalars['ID']['output'];
  status: ChallengeStatus;
  title: Scalars['String']['output'];
};

export type PartnerKind =
  | 'CORPORATION'
  | 'INSTITUTE'
  | 'INTERNATIONAL'
  | 'UNIVERSITY';

/** A startup that pilots with a partner. */
export type PartnerStartup = {
  __typename?: 'PartnerStartup';
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
};

export type PayInCapitalInput = {
  amount: Scalars['VND']['input'];
  commitmentId: Scalars['ID']['input'];
  /** Defaults to today. */
  date?: InputMaybe<Scalars['Date']['input']>;
};

export type PhaseWinnersInput = {
  applicationIds: Array<Scalars['ID']['input']>;
  challengeId: Scalars['ID']['input'];
  phase: ReviewPhase;
};

/** A pilot in a controlled test (sandbox) with a public partner. */
export type Pilot = {
  __typename?: 'Pilot';
  endDate: Scalars['Date']['output'];
  partner: Scalars['String']['output'];
  scope: Scalars['String']['output'];
  startDate: Scalars['Date']['output'];
};

export type PilotAgreement = {
  __typename?: 'PilotAgreement';
  conditions: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  endDate: Scalars['Date']['output'];
  evidenceUrl?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  milestoneId?: Maybe<Scalars['ID']['output']>;
  outcome?: Maybe<Scalars['String']['output']>;
  partnerId?: Maybe<Scalars['ID']['output']>;
  partnerName?: Maybe<Scalars['String']['output']>;
  /** The accepted PPP proposal it came from. */
  proposalId?: Maybe<Scalars['ID']['output']>;
  publicBody: Scalars['String']['output'];
  responsibleOfficer: Scalars['String']['output'];
  scope: Scalars['String']['output'];
  startDate: Scalars['Date']['output'];
  startupId: Scalars['ID']['output'];
  startupName: Scalars['String']['output'];
  status: PilotStatus;
  updatedAt: Scalars['DateTime']['output'];
};

export type PilotInput = {
  endDate: Scalars['Date']['input'];
  partner: Scalars['String']['input'];
  scope: Scalars['String']['input'];
  startDate: Scalars['Date']['input'];
};

export type PilotStatus =
  | 'ACTIVE'
  | 'COMPLETED'
  | 'PLANNED'
  | 'STOPPED';

/** A file sent with a proposal; managers and the board download it at /api/ppp/attachments/{id}. */
export type PppAttachment = {
  __typename?: 'PppAttachment';
  fileName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** As read from the content. */
  mediaType: Scalars['String']['output'];
  sha256: Scalars['String']['output'];
  size: Scalars['Int']['output'];
};

export type PppOrganizationKind =
  | 'ENTERPRISE'
  | 'INSTITUTE'
  | 'OTHER'
  | 'STARTUP'
  | 'UNIVERSITY';

/** What an accepted proposal became. */
export type PppOutcome =
  | 'CHALLENGE'
  | 'PILOT'
  | 'PPP_CONTRACT';

export type PppProposal = {
  __typename?: 'PppProposal';
  /** Files sent with it (PDF, images, office files), in the order attached. */
  attachments: Array<PppAttachment>;
  budgetPrivate: Scalars['VND']['output'];
  budgetPublic: Scalars['VND']['output'];
  budgetTotal: Scalars['VND']['output'];
  challengeId?: Maybe<Scalars['ID']['output']>;
  code: Scalars['String']['output'];
  contactEmail: Scalars['String']['output'];
  contactName: Scalars['String']['output'];
  contactPhone?: Maybe<Scalars['String']['output']>;
  contractStartupId?: Maybe<Scalars['ID']['output']>;
  history: Array<PppProposalMove>;
  id: Scalars['ID']['output'];
  /** The statuses a manager may move it to now. */
  nextStatuses: Array<PppStatus>;
  organization: Scalars['String']['output'];
  organizationKind: PppOrganizationKind;
  outcome?: Maybe<PppOutcome>;
  pilotId?: Maybe<Scalars['ID']['output']>;
  priorityTask?: Maybe<PriorityTask>;
  reason?: Maybe<Scalars['String']['output']>;
  status: PppStatus;
  submittedAt: Scalars['DateTime']['output'];
  summary: Scalars['String']['output'];
  title: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
};

export type PppProposalMove = {
  __typename?: 'PppProposalMove';
  at: Scalars['DateTime']['output'];
  from?: Maybe<PppStatus>;
  reason?: Maybe<Scalars['String']['output']>;
  to: PppStatus;
};

/** What the submitter gets back: the code to quote and to look the status up with. */
export type PppProposalReceipt = {
  __typename?: 'PppProposalReceipt';
  code: Scalars['String']['output'];
  status: PppStatus;
  submittedAt: Scalars['DateTime']['output'];
};

/** What anyone with the receipt code sees of a proposal: no contact details. */
export type PppProposalStatus = {
  __typename?: 'PppProposalStatus';
  code: Scalars['String']['output'];
  organization: Scalars['String']['output'];
  /** The reasons of the latest decision, when it was returned or refused. */
  reason?: Maybe<Scalars['String']['output']>;
  status: PppStatus;
  submittedAt: Scalars['DateTime']['output'];
  title: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
};

/** Where a PPP proposal is in the workflow: RECEIVED → UNDER_REVIEW → ACCEPTED / RETURNED (for changes) / REFUSED. */
export type PppStatus =
  | 'ACCEPTED'
  | 'RECEIVED'
  | 'REFUSED'
  | 'RETURNED'
  | 'UNDER_REVIEW';

/** A priority research or S&T task the city publishes for proposals. */
export type PriorityTask = {
  __typename?: 'PriorityTask';
  budgetMax: Scalars['VND']['output'];
  budgetMin: Scalars['VND']['output'];
  deadline: Scalars['Date']['output'];
  expectedResultEn: Scalars['String']['output'];
  expectedResultVi: Scalars['String']['output'];
  /** A sector code from the sector list. */
  field: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  legalDocuments: Array<LegalDocument>;
  publishedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Whether the risk-tolerant mechanism (accepting controlled risk) applies. */
  riskTolerant: Scalars['Boolean']['output'];
  status: PriorityTaskStatus;
  titleEn: Scalars['String']['output'];
  titleVi: Scalars['String']['output'];
};

export type PriorityTaskInput = {
  budgetMax: Scalars['VND']['input'];
  budgetMin: Scalars['VND']['input'];
  deadline: Scalars['Date']['input'];
  expectedResultEn: Scalars['String']['input'];
  expectedResultVi: Scalars['String']['input'];
  field: Scalars['String']['input'];
  legalDocumentIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  riskTolerant: Scalars['Boolean']['input'];
  titleEn: Scalars['String']['input'];
  titleVi: Scalars['String']['input'];
};

export type PriorityTaskStatus =
  | 'CLOSED'
  | 'DRAFT'
  | 'PUBLISHED';

export type Program = {
  __typename?: 'Program';
  createdAt: Scalars['DateTime']['output'];
  description?: Maybe<Scalars['String']['output']>;
  gates: Array<StageGate>;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
};

export type ProposedCommitmentInput = {
  /** Positive commits more, negative withdraws. */
  delta: Scalars['VND']['input'];
  memberName?: InputMaybe<Scalars['String']['input']>;
  memberType: MemberType;
};

export type ProposedInvestmentInput = {
  amount: Scalars['VND']['input'];
  othersAmount?: InputMaybe<Scalars['VND']['input']>;
  preMoney: Scalars['VND']['input'];
  startupId: Scalars['ID']['input'];
};

/** The aggregate progress the public may see: totals vs targets for 2026–2030, nothing else. */
export type PublicKpiSummary = {
  __typename?: 'PublicKpiSummary';
  asOf: Scalars['Date']['output'];
  capitalMobilized: KpiAmount;
  from: Scalars['Date']['output'];
  startupsIncubated: KpiCount;
  to: Scalars['Date']['output'];
};

export type PublishOfficeHourInput = {
  /** The day in Hanoi. */
  date: Scalars['Date']['input'];
  location: Scalars['String']['input'];
  minutes: Scalars['Int']['input'];
  /** HH:MM in Hanoi time. */
  time: Scalars['String']['input'];
};

export type Query = {
  __typename?: 'Query';
  /** Every priority task, drafts and closed ones too (managers, board). */
  allPriorityTasks: Array<PriorityTask>;
  appeals: Array<ApplicationAppeal>;
  /** An application: managers and the board; a founder only the one that became their startup. */
  application?: Maybe<Application>;
  /** The feedback per criterion an applicant receives with the decision (managers, board). */
  applicationFeedback: Array<CriterionFeedback>;
  /** Applications ranked by weighted score, highest first, with the parts of each score. */
  applicationRanking: Array<RankedApplication>;
  applications: Array<Application>;
  /** Verifies the audit log's hash chain (BOARD and ADMIN). */
  auditChainStatus: AuditChainStatus;
  /** Distinct actions, record types and actors in the audit log (BOARD and ADMIN). */
  auditFacets: AuditFacets;
  /** The append-only audit log, newest first (BOARD and ADMIN). `first` is 1–200. */
  auditLog: AuditEntryConnection;
  /** The signed-in person's private calendar feed path (keep it secret). */
  calendarFeedUrl: Scalars['String']['output'];
  /** The cap table of one startup after dilution, with each fund's stake vs its cap. */
  capTable: CapTable;
  /** One member's notice of a capital call as a PDF, base64. */
  capitalCallNoticePdf: Scalars['String']['output'];
  /** A problem statement: anyone sees it when PUBLISHED; managers and the board see every status. */
  challenge?: Maybe<Challenge>;
  /** Every problem statement (managers, board). */
  challenges: Array<Challenge>;
  /** Priority tasks open, proposals received and accepted, active pilots (public, cacheable over GET). */
  channelsSummary: ChannelsSummary;
  cohort?: Maybe<Cohort>;
  cohorts: Array<Cohort>;
  deal?: Maybe<Deal>;
  /** Deals for the pipeline board, newest change first. */
  deals: Array<DealCard>;
  /** A fund's due-diligence areas, in order (the default list until the fund edits it). */
  dueDiligenceAreas: Array<Scalars['String']['output']>;
  fund?: Maybe<Fund>;
  fundAnnualReport: FundAnnualReport;
  /** The annual risk report as a PDF, base64 (Vietnamese unless `lang` says EN). */
  fundAnnualReportPdf: Scalars['String']['output'];
  /**
   * One ledger table of a fund as CSV text (RFC 4180, comma-separated, UTF-8 with a byte-order mark, header row
   * in `lang` — else the request's Accept-Language, else Vietnamese —, amounts as whole dong, shares as basis
   * points, text cells that a spreadsheet would run as a formula prefixed with an apostrophe): MEMBERS,
   * COMMITMENTS, PAYMENTS, ROUNDS (one row per participation of the fund's rounds), CAP_TABLE (one row per
   * holder of every startup the fund holds), HOLDINGS. Same access as `fund`.
   */
  fundCsv: Scalars['String']['output'];
  fundMemberStatement: MemberStatement;
  /** The statement as CSV (one row, header in `lang`). */
  fundMemberStatementCsv: Scalars['String']['output'];
  /** The statement as a PDF, base64. */
  fundMemberStatementPdf: Scalars['String']['output'];
  /** A fund's members, the state first then by name; `search` matches names ignoring accents and case. */
  fundMembers: Array<FundMember>;
  /** How every rule of a fund would stand after a proposed change on a day; writes nothing. */
  fundRuleCheck: Array<FundRuleCheck>;
  /** The legal rule sets an ADMIN can put a fund under, with their rules and citations. */
  fundRuleSets: Array<FundRuleSet>;
  /** Funding rounds, newest first, optionally of one startup and/or with one fund participating. */
  fundingRounds: Array<FundingRound>;
  /** Every fund with its overview figures (FUND_MANAGER, ADMIN, BOARD, INCUBATOR_MANAGER). */
  funds: Array<Fund>;
  invitation?: Maybe<InvitationPreview>;
  invitations: Array<Invitation>;
  /** Jobs not yet done, oldest first (ADMIN). */
  jobQueue: Array<QueuedJob>;
  /**
   * The same figures as CSV text, one row per figure (section, item, actual, target or plan, unit; amounts in
   * whole dong, shares in basis points): RFC 4180, UTF-8 with a byte-order mark, labels in `lang` (else the
   * request's Accept-Language, else Vietnamese), formulas neutralized. Same access as `kpiDashboard`.
   */
  kpiCsv: Scalars['String']['output'];
  /** Defaults: from 2026-01-01, to 2030-12-31 (inclusive, Asia/Ho_Chi_Minh). */
  kpiDashboard: KpiDashboard;
  kpiTargets: Array<KpiTarget>;
  /** The legal documents that govern the priority tasks (public). */
  legalDocuments: Array<LegalDocument>;
  /** The newest e-mails sent (ADMIN): the development mailbox when SMTP_URL is unset. */
  mailbox: Array<MailMessage>;
  /** The signed-in user, or null without a valid token. */
  me?: Maybe<User>;
  /** A mentor's profile: managers, the board, the mentor, and founders of a startup they mentor. */
  mentor?: Maybe<Mentor>;
  /** Assignments, newest first (managers; a mentor only their own). */
  mentorAssignments: Array<MentorAssignment>;
  /** Mentors ranked for a startup by sector, expertise and needs, with the reasons (managers). */
  mentorMatches: Array<MentorMatch>;
  /** One startup assigned to the signed-in mentor (FORBIDDEN when not assigned). */
  mentoredStartup?: Maybe<MentoredStartup>;
  /** The startups assigned to the signed-in mentor. */
  mentoredStartups: Array<MentoredStartup>;
  /** Mentoring on the board: hours per startup, stage and sector, active mentors by background, ratings. */
  mentoringBoard: MentoringBoard;
  /** The mentor directory (managers, board), by name; every filter given must hold. */
  mentors: Array<Mentor>;
  /** The signed-in mentor's own profile. */
  myMentorProfile?: Maybe<Mentor>;
  /** The mentors of the signed-in founder's startups. */
  myMentors: Array<Mentor>;
  myReview?: Maybe<BlindReview>;
  /** The signed-in reviewer's applications, blind. */
  myReviews: Array<BlindReview>;
  /** The signed-in founder's startups. */
  myStartups: Array<Startup>;
  notificationPreferences: NotificationPreferences;
  notifications: NotificationConnection;
  /** Bookings (managers and board all, a mentor their slots', a founder their startups'). */
  officeHourBookings: Array<OfficeHourBooking>;
  /** Open office-hour slots (managers all, a mentor their own, a founder their startups' mentors'). */
  officeHours: Array<OfficeHourSlot>;
  /** Milestones past their due date and not done, across startups still in the program, most overdue first. */
  overdueMilestones: Array<OverdueMilestone>;
  /** Reports past due across startups, most overdue first (the last six months). */
  overdueReports: Array<OverdueReport>;
  /** Pilot agreements (managers, board; a founder their own startup's). */
  pilotAgreements: Array<PilotAgreement>;
  pppProposal?: Maybe<PppProposal>;
  /** A proposal's status by its receipt code (public); null for an unknown code. */
  pppProposalStatus?: Maybe<PppProposalStatus>;
  /** PPP proposals, newest first (managers, board). */
  pppProposals: Array<PppProposal>;
  /** Published priority tasks, nearest deadline first (public, cacheable over GET). */
  priorityTasks: Array<PriorityTask>;
  program?: Maybe<Program>;
  programs: Array<Program>;
  publicKpiSummary: PublicKpiSummary;
  /** Published problem statements, newest deadline last (public). */
  publishedChallenges: Array<Challenge>;
  /** A startup's R&D expenses and deduction for a tax year (default: this year). */
  rdDossier: RdDossier;
  /** The R&D dossier's expense lines and totals as CSV. */
  rdDossierCsv: Scalars['String']['output'];
  /** The R&D dossier for the tax authority as a PDF, base64-encoded. */
  rdDossierPdf: Scalars['String']['output'];
  /** The day of the month (1–28) on which the previous month's metric report is due. */
  reportDueDay: Scalars['Int']['output'];
  /** Reviewer assignments of a statement with their declarations (managers, board). */
  reviewAssignments: Array<ReviewAssignment>;
  /** Raw and normalized rankings of a round, side by side, with each reviewer's calibration (managers, board). */
  reviewRanking: ReviewRanking;
  /**
   * Every criterion-level score of a statement as CSV (managers, board), through the one CSV writer: headers and
   * phases in `lang` (else the request's Accept-Language, else Vietnamese).
   */
  reviewScoresCsv: Scalars['String']['output'];
  /** The people who may be assigned as reviewers (active managers and mentors). */
  reviewerCandidates: Array<ReviewerCandidate>;
  /** Every sector, by Vietnamese name. */
  sectors: Array<Sector>;
  startup?: Maybe<Startup>;
  /** A startup's deal documents a reader may see: founders only their own startup's evidence. */
  startupDocuments: Array<DealDocument>;
  /** A startup's needs (managers, the board, its founders). */
  startupNeeds?: Maybe<StartupNeeds>;
  /** Every sector in use, A→Z. */
  startupSectors: Array<Scalars['String']['output']>;
  /** Startups per stage for the same filters as `startups` (pipeline board). */
  startupStageCounts: Array<StageCount>;
  /** A startup's supports with its totals (managers, board, fund managers; a founder their own). */
  startupStateSupport: StartupStateSupport;
  /** Founders get only their own startups. */
  startups: StartupConnection;
  stateSupportOverview: StateSupportOverview;
  /** The partner register (managers, board, fund managers). */
  strategicPartners: Array<StrategicPartner>;
  /** Every account (ADMIN). */
  users: Array<User>;
};


export type QueryAllPriorityTasksArgs = {
  status?: InputMaybe<PriorityTaskStatus>;
};


export type QueryAppealsArgs = {
  challengeId: Scalars['ID']['input'];
};


export type QueryApplicationArgs = {
  id: Scalars['ID']['input'];
};


export type QueryApplicationFeedbackArgs = {
  applicationId: Scalars['ID']['input'];
};


export type QueryApplicationRankingArgs = {
  challengeId: Scalars['ID']['input'];
};


export type QueryApplicationsArgs = {
  challengeId: Scalars['ID']['input'];
  search?: InputMaybe<Scalars['String']['input']>;
};


export type QueryAuditLogArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AuditFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryCapTableArgs = {
  startupId: Scalars['ID']['input'];
};


export type QueryCapitalCallNoticePdfArgs = {
  callId: Scalars['ID']['input'];
  commitmentId: Scalars['ID']['input'];
  fundId: Scalars['ID']['input'];
  lang?: InputMaybe<Language>;
};


export type QueryChallengeArgs = {
  id: Scalars['ID']['input'];
};


export type QueryChallengesArgs = {
  search?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<ChallengeStatus>;
};


export type QueryCohortArgs = {
  id: Scalars['ID']['input'];
};


export type QueryDealArgs = {
  id: Scalars['ID']['input'];
};


export type QueryDealsArgs = {
  fundId?: InputMaybe<Scalars['ID']['input']>;
  startupId?: InputMaybe<Scalars['ID']['input']>;
  step?: InputMaybe<DealStep>;
};


export type QueryDueDiligenceAreasArgs = {
  fundId: Scalars['ID']['input'];
};


export type QueryFundArgs = {
  id: Scalars['ID']['input'];
};


export type QueryFundAnnualReportArgs = {
  fundId: Scalars['ID']['input'];
  year: Scalars['Int']['input'];
};


export type QueryFundAnnualReportPdfArgs = {
  fundId: Scalars['ID']['input'];
  lang?: InputMaybe<Language>;
  year: Scalars['Int']['input'];
};


export type QueryFundCsvArgs = {
  fundId: Scalars['ID']['input'];
  lang?: InputMaybe<Language>;
  table: FundCsvTable;
};


export type QueryFundMemberStatementArgs = {
  from: Scalars['Date']['input'];
  fundId: Scalars['ID']['input'];
  memberId: Scalars['ID']['input'];
  to: Scalars['Date']['input'];
};


export type QueryFundMemberStatementCsvArgs = {
  from: Scalars['Date']['input'];
  fundId: Scalars['ID']['input'];
  lang?: InputMaybe<Language>;
  memberId: Scalars['ID']['input'];
  to: Scalars['Date']['input'];
};


export type QueryFundMemberStatementPdfArgs = {
  from: Scalars['Date']['input'];
  fundId: Scalars['ID']['input'];
  lang?: InputMaybe<Language>;
  memberId: Scalars['ID']['input'];
  to: Scalars['Date']['input'];
};


export type QueryFundMembersArgs = {
  fundId: Scalars['ID']['input'];
  search?: InputMaybe<Scalars['String']['input']>;
};


export type QueryFundRuleCheckArgs = {
  input: FundRuleCheckInput;
};


export type QueryFundingRoundsArgs = {
  fundId?: InputMaybe<Scalars['ID']['input']>;
  startupId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryInvitationArgs = {
  token: Scalars['String']['input'];
};


export type QueryInvitationsArgs = {
  startupId: Scalars['ID']['input'];
};


export type QueryKpiCsvArgs = {
  from?: InputMaybe<Scalars['Date']['input']>;
  lang?: InputMaybe<Language>;
  to?: InputMaybe<Scalars['Date']['input']>;
};


export type QueryKpiDashboardArgs = {
  from?: InputMaybe<Scalars['Date']['input']>;
  to?: InputMaybe<Scalars['Date']['input']>;
};


export type QueryMailboxArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryMentorArgs = {
  id: Scalars['ID']['input'];
};


export type QueryMentorAssignmentsArgs = {
  activeOnly?: InputMaybe<Scalars['Boolean']['input']>;
  mentorId?: InputMaybe<Scalars['ID']['input']>;
  startupId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryMentorMatchesArgs = {
  startupId: Scalars['ID']['input'];
};


export type QueryMentoredStartupArgs = {
  id: Scalars['ID']['input'];
};


export type QueryMentorsArgs = {
  background?: InputMaybe<MentorBackground>;
  hasCapacity?: InputMaybe<Scalars['Boolean']['input']>;
  language?: InputMaybe<Scalars['String']['input']>;
  need?: InputMaybe<MentorNeed>;
  sector?: InputMaybe<Scalars['String']['input']>;
};


export type QueryMyReviewArgs = {
  assignmentId: Scalars['ID']['input'];
};


export type QueryMyReviewsArgs = {
  phase?: InputMaybe<ReviewPhase>;
};


export type QueryNotificationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  unreadOnly?: InputMaybe<Scalars['Boolean']['input']>;
};


export type QueryOfficeHourBookingsArgs = {
  mentorId?: InputMaybe<Scalars['ID']['input']>;
  startupId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryOfficeHoursArgs = {
  includePast?: InputMaybe<Scalars['Boolean']['input']>;
  mentorId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryPilotAgreementsArgs = {
  startupId?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<PilotStatus>;
};


export type QueryPppProposalArgs = {
  id: Scalars['ID']['input'];
};


export type QueryPppProposalStatusArgs = {
  code: Scalars['String']['input'];
};


export type QueryPppProposalsArgs = {
  status?: InputMaybe<PppStatus>;
};


export type QueryProgramArgs = {
  id: Scalars['ID']['input'];
};


export type QueryRdDossierArgs = {
  startupId: Scalars['ID']['input'];
  year?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryRdDossierCsvArgs = {
  lang?: InputMaybe<Language>;
  startupId: Scalars['ID']['input'];
  year: Scalars['Int']['input'];
};


export type QueryRdDossierPdfArgs = {
  lang?: InputMaybe<Language>;
  startupId: Scalars['ID']['input'];
  year: Scalars['Int']['input'];
};


export type QueryReportDueDayArgs = {
  programId: Scalars['ID']['input'];
};


export type QueryReviewAssignmentsArgs = {
  challengeId: Scalars['ID']['input'];
  phase?: InputMaybe<ReviewPhase>;
};


export type QueryReviewRankingArgs = {
  challengeId: Scalars['ID']['input'];
  phase: ReviewPhase;
};


export type QueryReviewScoresCsvArgs = {
  challengeId: Scalars['ID']['input'];
  lang?: InputMaybe<Language>;
};


export type QueryStartupArgs = {
  id: Scalars['ID']['input'];
};


export type QueryStartupDocumentsArgs = {
  startupId: Scalars['ID']['input'];
};


export type QueryStartupNeedsArgs = {
  startupId: Scalars['ID']['input'];
};


export type QueryStartupStageCountsArgs = {
  cohortId?: InputMaybe<Scalars['ID']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
  sector?: InputMaybe<Scalars['String']['input']>;
};


export type QueryStartupStateSupportArgs = {
  startupId: Scalars['ID']['input'];
};


export type QueryStartupsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  cohortId?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
  sector?: InputMaybe<Scalars['String']['input']>;
  sort?: InputMaybe<StartupSort>;
  stage?: InputMaybe<Stage>;
};


export type QueryStrategicPartnersArgs = {
  kind?: InputMaybe<PartnerKind>;
};


export type QueryUsersArgs = {
  search?: InputMaybe<Scalars['String']['input']>;
};

/** A job not yet done. */
export type QueuedJob = {
  __typename?: 'QueuedJob';
  attempts: Scalars['Int']['output'];
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  kind: Scalars['String']['output'];
  lastError?: Maybe<Scalars['String']['output']>;
  queue: Scalars['String']['output'];
  state: JobState;
  to?: Maybe<Scalars['String']['output']>;
};

export type RankedApplication = {
  __typename?: 'RankedApplication';
  application: Application;
  rank: Scalars['Int']['output'];
  score: WeightedScore;
};

export type RateSessionInput = {
  bookingId: Scalars['ID']['input'];
  comment?: InputMaybe<Scalars['String']['input']>;
  /** 1 to 5. */
  rating: Scalars['Int']['input'];
};

/** One tax year's R&D deduction of a startup. */
export type RdDossier = {
  __typename?: 'RdDossier';
  actualCost: Scalars['VND']['output'];
  /** 200% of actual cost: what the rate allows. */
  capAtRate: Scalars['VND']['output'];
  /** actual cost + uplift. */
  deductible: Scalars['VND']['output'];
  /** True when the no-loss condition cut the uplift below 100% of the cost. */
  limitedByProfit: Scalars['Boolean']['output'];
  lines: Array<RdExpense>;
  /** The pre-tax profit the founders reported (actual R&D cost already deducted); null when not reported yet. */
  preTaxProfit?: Maybe<Scalars['VND']['output']>;
  startupId: Scalars['ID']['output'];
  startupName: Scalars['String']['output'];
  /** The extra deduction above actual cost (0 until a profit is reported). */
  uplift: Scalars['VND']['output'];
  year: Scalars['Int']['output'];
};

export type RdExpense = {
  __typename?: 'RdExpense';
  amount: Scalars['VND']['output'];
  category: RdExpenseCategory;
  date: Scalars['Date']['output'];
  description: Scalars['String']['output'];
  documentRef?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  invoiceNumber: Scalars['String']['output'];
};

export type RdExpenseCategory =
  | 'EQUIPMENT_DEPRECIATION'
  | 'INTELLECTUAL_PROPERTY'
  | 'MATERIALS'
  | 'OTHER'
  | 'OUTSOURCED_RESEARCH'
  | 'STAFF'
  | 'TESTING';

export type RdExpenseInput = {
  amount: Scalars['VND']['input'];
  category: RdExpenseCategory;
  date: Scalars['Date']['input'];
  description: Scalars['String']['input'];
  documentRef?: InputMaybe<Scalars['String']['input']>;
  invoiceNumber: Scalars['String']['input'];
  startupId: Scalars['ID']['input'];
};

export type RecordExitInput = {
  buyerName?: InputMaybe<Scalars['String']['input']>;
  date: Scalars['Date']['input'];
  fundId: Scalars['ID']['input'];
  kind?: InputMaybe<ExitKind>;
  proceeds: Scalars['VND']['input'];
  startupId: Scalars['ID']['input'];
};

export type RecordFundingRoundInput = {
  date: Scalars['Date']['input'];
  instrument?: InputMaybe<Instrument>;
  participations: Array<ParticipationInput>;
  preMoney: Scalars['VND']['input'];
  startupId: Scalars['ID']['input'];
};

export type RecordValuationInput = {
  date: Scalars['Date']['input'];
  fundId: Scalars['ID']['input'];
  startupId: Scalars['ID']['input'];
  value: Scalars['VND']['input'];
};

/** A recorded support, with the warning when its cost was already supported. */
export type RecordedStateSupport = {
  __typename?: 'RecordedStateSupport';
  entry: StateSupportEntry;
  warning?: Maybe<DoubleSupportWarning>;
};

export type RenameSectorInput = {
  nameEn: Scalars['String']['input'];
  nameVi: Scalars['String']['input'];
};

export type ReportExit = {
  __typename?: 'ReportExit';
  date: Scalars['Date']['output'];
  kind: Scalars['String']['output'];
  proceeds: Scalars['VND']['output'];
  startupName: Scalars['String']['output'];
};

export type ReportInvestment = {
  __typename?: 'ReportInvestment';
  amount: Scalars['VND']['output'];
  date: Scalars['Date']['output'];
  startupName: Scalars['String']['output'];
};

export type ReportRefusal = {
  __typename?: 'ReportRefusal';
  action: Scalars['String']['output'];
  citation: Scalars['String']['output'];
  code: Scalars['String']['output'];
  kind: Scalars['String']['output'];
  message: Scalars['String']['output'];
  onDate: Scalars['Date']['output'];
  /** The version of the rule that refused (null: the fund's own policy). */
  version?: Maybe<Scalars['Int']['output']>;
};

export type ReportRuleChange = {
  __typename?: 'ReportRuleChange';
  citation: Scalars['String']['output'];
  effectiveFrom: Scalars['Date']['output'];
  kind: Scalars['String']['output'];
  limit: Scalars['String']['output'];
  minimum?: Maybe<Scalars['String']['output']>;
  ruleId: Scalars['ID']['output'];
  version: Scalars['Int']['output'];
};

export type ReportStageCount = {
  __typename?: 'ReportStageCount';
  count: Scalars['Int']['output'];
  stage: Scalars['String']['output'];
};

export type ReviewAssignment = {
  __typename?: 'ReviewAssignment';
  applicationId: Scalars['ID']['output'];
  declaration?: Maybe<ConflictDeclaration>;
  declarationNote?: Maybe<Scalars['String']['output']>;
  declaredAt?: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  phase: ReviewPhase;
  reviewerId: Scalars['ID']['output'];
  reviewerName: Scalars['String']['output'];
  teamName: Scalars['String']['output'];
};

export type ReviewPhase =
  | 'DEMO'
  | 'IDEA';

export type ReviewRanking = {
  __typename?: 'ReviewRanking';
  phase: ReviewPhase;
  reviewers: Array<ReviewerCalibration>;
  rows: Array<ReviewRankingRow>;
};

export type ReviewRankingRow = {
  __typename?: 'ReviewRankingRow';
  applicationId: Scalars['ID']['output'];
  normalizedRank: Scalars['Int']['output'];
  /** Mean of the reviewers' z-scores. */
  normalizedScore: Scalars['Float']['output'];
  rawRank: Scalars['Int']['output'];
  /** Mean of the reviewers' weighted totals (0–10). */
  rawScore: Scalars['Float']['output'];
  reviewerCount: Scalars['Int']['output'];
  shortlisted: Scalars['Boolean']['output'];
  teamName: Scalars['String']['output'];
  winner: Scalars['Boolean']['output'];
};

export type ReviewerCalibration = {
  __typename?: 'ReviewerCalibration';
  count: Scalars['Int']['output'];
  /** Spread far from the other reviewers' (more than twice or less than half the median). */
  flagged: Scalars['Boolean']['output'];
  mean: Scalars['Float']['output'];
  reviewerId: Scalars['ID']['output'];
  reviewerName: Scalars['String']['output'];
  spread: Scalars['Float']['output'];
};

/** Someone who may review applications: an active manager or mentor. */
export type ReviewerCandidate = {
  __typename?: 'ReviewerCandidate';
  displayName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  role: Role;
};

export type ReviewerCriterionScore = {
  __typename?: 'ReviewerCriterionScore';
  criterionId: Scalars['ID']['output'];
  score: Scalars['Int']['output'];
};

export type Role =
  | 'ADMIN'
  | 'BOARD'
  | 'FOUNDER'
  | 'FUND_MANAGER'
  | 'INCUBATOR_MANAGER'
  | 'MENTOR';

export type RubricCriterion = {
  __typename?: 'RubricCriterion';
  id: Scalars['ID']['output'];
  /** What scores mean on this criterion (empty until described). */
  levels: Array<LevelDescriptor>;
  name: Scalars['String']['output'];
  /** Integer weight; a criterion's share is weight / sum of weights. */
  weight: Scalars['Int']['output'];
};

export type RubricCriterionInput = {
  name: Scalars['String']['input'];
  weight: Scalars['Int']['input'];
};

/** One criterion's part of a weighted score. */
export type ScorePart = {
  __typename?: 'ScorePart';
  /** Mean of the reviewers' scores (0–10), null when nobody scored it yet. */
  averageScore?: Maybe<Scalars['Float']['output']>;
  /** weight × averageScore / total weight: the points this criterion adds to the total. */
  contribution: Scalars['Float']['output'];
  criterion: RubricCriterion;
  reviewerCount: Scalars['Int']['output'];
  weight: Scalars['Int']['output'];
};

/** A sector of the program, e.g. smart-transport — Giao thông thông minh / Smart transport. */
export type Sector = {
  __typename?: 'Sector';
  /** Stable identifier, lower-case words joined by hyphens; never changes. */
  code: Scalars['String']['output'];
  nameEn: Scalars['String']['output'];
  nameVi: Scalars['String']['output'];
};

/** A selected application: the startup created from it and the invitation sent to its contact. */
export type SelectionResult = {
  __typename?: 'SelectionResult';
  application: Application;
  invitation: Invitation;
  startup: Startup;
};

export type SendDecisionsInput = {
  /** How many days after today applicants may appeal (1–60). */
  appealDays: Scalars['Int']['input'];
  challengeId: Scalars['ID']['input'];
};

export type SessionNotesInput = {
  bookingId: Scalars['ID']['input'];
  notes: Scalars['String']['input'];
  /** Shared with the startup's founders; otherwise private to managers and the mentor. */
  shared: Scalars['Boolean']['input'];
};

export type SetFundVehicleInput = {
  cycleStart: Scalars['Date']['input'];
  fundId: Scalars['ID']['input'];
  kind: FundVehicleKind;
  legalBasis: Scalars['String']['input'];
  reviewAfterYears?: InputMaybe<Scalars['Int']['input']>;
  termYears?: InputMaybe<Scalars['Int']['input']>;
};

/** A metric report a startup's founders chose to share with its mentors. */
export type SharedMetricReport = {
  __typename?: 'SharedMetricReport';
  customers: Scalars['Int']['output'];
  employees: Scalars['Int']['output'];
  period: Scalars['String']['output'];
  revenue: Scalars['VND']['output'];
};

export type SponsorKind =
  | 'ENTERPRISE'
  | 'PUBLIC_BODY';

export type Stage =
  | 'CONNECTION'
  | 'DISCONTINUED'
  | 'GRADUATED'
  | 'INCUBATION'
  | 'PLATFORM_BUILDING'
  | 'SCALING_UP';

export type StageCount = {
  __typename?: 'StageCount';
  count: Scalars['Int']['output'];
  stage: Stage;
};

/** The requirements to enter `stage` (moving forward one step). */
export type StageGate = {
  __typename?: 'StageGate';
  requirements: Array<GateRequirement>;
  stage: Stage;
};

export type StageGateInput = {
  requirements: Array<GateRequirementInput>;
  stage: Stage;
};

export type StageMove = {
  __typename?: 'StageMove';
  /** ISO 8601 instant. */
  at: Scalars['String']['output'];
  by?: Maybe<User>;
  from?: Maybe<Stage>;
  id: Scalars['ID']['output'];
  reason?: Maybe<Scalars['String']['output']>;
  to: Stage;
};

export type Startup = {
  __typename?: 'Startup';
  application?: Maybe<Application>;
  challenge?: Maybe<Challenge>;
  checklist: Array<ChecklistItem>;
  cohort?: Maybe<Cohort>;
  createdAt: Scalars['DateTime']['output'];
  description?: Maybe<Scalars['String']['output']>;
  /** The enterprise code recorded on the BUSINESS_REGISTRATION checklist item. */
  enterpriseCode?: Maybe<Scalars['String']['output']>;
  founders: Array<User>;
  id: Scalars['ID']['output'];
  latestStageMove?: Maybe<StageMove>;
  metricReports: Array<MetricReport>;
  milestones: Array<Milestone>;
  name: Scalars['String']['output'];
  /** The gate of nextStage, requirement by requirement. */
  nextGate: Array<GateCheck>;
  /** The next forward stage, null at SCALING_UP or an end. */
  nextStage?: Maybe<Stage>;
  program: Program;
  sector: Scalars['String']['output'];
  stage: Stage;
  stageHistory: Array<StageMove>;
};

export type StartupConnection = {
  __typename?: 'StartupConnection';
  edges: Array<StartupEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type StartupEdge = {
  __typename?: 'StartupEdge';
  cursor: Scalars['String']['output'];
  node: Startup;
};

export type StartupNeeds = {
  __typename?: 'StartupNeeds';
  needs: Array<MentorNeed>;
  note?: Maybe<Scalars['String']['output']>;
  /** The founders let the startup's mentors read its metric reports. */
  shareMetricsWithMentors: Scalars['Boolean']['output'];
  startupId: Scalars['ID']['output'];
};

export type StartupNeedsInput = {
  needs: Array<MentorNeed>;
  note?: InputMaybe<Scalars['String']['input']>;
  shareMetricsWithMentors?: InputMaybe<Scalars['Boolean']['input']>;
};

export type StartupSort =
  /** Newest first. */
  | 'CREATED_DESC'
  /** Name A→Z (default). */
  | 'NAME_ASC'
  | 'NAME_DESC';

export type StartupStateSupport = {
  __typename?: 'StartupStateSupport';
  byKind: Array<SupportTotal>;
  bySource: Array<SupportTotal>;
  entries: Array<StateSupportEntry>;
  startupId: Scalars['ID']['output'];
  total: Scalars['VND']['output'];
  warnings: Array<DoubleSupportWarning>;
};

export type StateSupportEntry = {
  __typename?: 'StateSupportEntry';
  amount: Scalars['VND']['output'];
  costRef?: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['DateTime']['output'];
  date: Scalars['Date']['output'];
  hours?: Maybe<Scalars['Int']['output']>;
  id: Scalars['ID']['output'];
  kind: SupportKind;
  legalBasis: Scalars['String']['output'];
  note?: Maybe<Scalars['String']['output']>;
  source: Scalars['String']['output'];
  startupId: Scalars['ID']['output'];
};

export type StateSupportInput = {
  amount: Scalars['VND']['input'];
  /** The cost it pays for (an invoice number or cost item). */
  costRef?: InputMaybe<Scalars['String']['input']>;
  date: Scalars['Date']['input'];
  /** Mentoring hours, when the support is counted in hours. */
  hours?: InputMaybe<Scalars['Int']['input']>;
  kind: SupportKind;
  legalBasis: Scalars['String']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  source: Scalars['String']['input'];
  startupId: Scalars['ID']['input'];
};

/** The board's view: totals per beneficiary and per source, and every double-support warning. */
export type StateSupportOverview = {
  __typename?: 'StateSupportOverview';
  byBeneficiary: Array<SupportTotal>;
  bySource: Array<SupportTotal>;
  total: Scalars['VND']['output'];
  warnings: Array<DoubleSupportWarning>;
};

export type StatementPayment = {
  __typename?: 'StatementPayment';
  amount: Scalars['VND']['output'];
  date: Scalars['Date']['output'];
};

export type StrategicPartner = {
  __typename?: 'StrategicPartner';
  agreements: Array<PartnerAgreement>;
  country: Scalars['String']['output'];
  fundMemberId?: Maybe<Scalars['ID']['output']>;
  fundMemberName?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  kind: PartnerKind;
  name: Scalars['String']['output'];
  /** Startups that run (or ran) a pilot with this partner. */
  pilotStartups: Array<PartnerStartup>;
  sponsoredChallenges: Array<PartnerChallenge>;
  website?: Maybe<Scalars['String']['output']>;
};

export type StrategicPartnerInput = {
  country: Scalars['String']['input'];
  fundMemberId?: InputMaybe<Scalars['ID']['input']>;
  kind: PartnerKind;
  name: Scalars['String']['input'];
  sponsoredChallengeIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  website?: InputMaybe<Scalars['String']['input']>;
};

export type SubmitApplicationInput = {
  challengeId: Scalars['ID']['input'];
  contactEmail: Scalars['String']['input'];
  /** vi or en: the language of the receipt e-mail (default vi). */
  locale?: InputMaybe<Scalars['String']['input']>;
  members: Array<TeamMemberInput>;
  proposal: Scalars['String']['input'];
  teamName: Scalars['String']['input'];
};

export type SubmitMetricReportInput = {
  customers: Scalars['Int']['input'];
  employees: Scalars['Int']['input'];
  /** YYYY-MM, not in the future; one report per period. */
  period: Scalars['String']['input'];
  revenue: Scalars['VND']['input'];
  startupId: Scalars['ID']['input'];
};

export type SubmitPppProposalInput = {
  budgetPrivate: Scalars['VND']['input'];
  budgetPublic: Scalars['VND']['input'];
  contactEmail: Scalars['String']['input'];
  contactName: Scalars['String']['input'];
  contactPhone?: InputMaybe<Scalars['String']['input']>;
  /** vi or en: the language of the e-mails to the contact (default vi). */
  locale?: InputMaybe<Scalars['String']['input']>;
  organization: Scalars['String']['input'];
  organizationKind: PppOrganizationKind;
  /** The priority task it answers; none for an own proposal. */
  priorityTaskId?: InputMaybe<Scalars['ID']['input']>;
  /** At least 50 characters. */
  summary: Scalars['String']['input'];
  title: Scalars['String']['input'];
};

export type Subscription = {
  __typename?: 'Subscription';
  /** Pushed after a stage move, round, commitment, target change or any other write that moves the KPIs. */
  kpiChanged: KpiChange;
  /** The signed-in user's unread count, pushed when a notification arrives or is read. */
  notificationsChanged: NotificationCount;
};

export type SupportKind =
  | 'FUND_INVESTMENT'
  | 'GRANT'
  | 'MENTORING'
  | 'SANDBOX'
  | 'SUBSIDIZED_PROGRAM';

export type SupportTotal = {
  __typename?: 'SupportTotal';
  amount: Scalars['VND']['output'];
  entries: Scalars['Int']['output'];
  hours: Scalars['Int']['output'];
  /** The source (e.g. a department or program), or the beneficiary startup's name in per-beneficiary totals. */
  label: Scalars['String']['output'];
  /** The startup's id in per-beneficiary totals. */
  startupId?: Maybe<Scalars['ID']['output']>;
};

export type TeamMember = {
  __typename?: 'TeamMember';
  background: MemberBackground;
  name: Scalars['String']['output'];
};

export type TeamMemberInput = {
  background: MemberBackground;
  name: Scalars['String']['input'];
};

export type UpdateChecklistItemInput = {
  /** Null → not done. */
  doneDate?: InputMaybe<Scalars['Date']['input']>;
  /** Required when BUSINESS_REGISTRATION is done: 10 digits, or 10 digits - 3 digits for a branch. */
  enterpriseCode?: InputMaybe<Scalars['String']['input']>;
  evidence?: InputMaybe<Scalars['String']['input']>;
  kind: ChecklistItemKind;
  startupId: Scalars['ID']['input'];
};

export type UpdateMilestoneInput = {
  dueDate?: InputMaybe<Scalars['Date']['input']>;
  evidenceText?: InputMaybe<Scalars['String']['input']>;
  evidenceUrl?: InputMaybe<Scalars['String']['input']>;
  pilot?: InputMaybe<PilotInput>;
  status?: InputMaybe<MilestoneStatus>;
  title?: InputMaybe<Scalars['String']['input']>;
};

export type UpdatePilotAgreementInput = {
  endDate?: InputMaybe<Scalars['Date']['input']>;
  evidenceUrl?: InputMaybe<Scalars['String']['input']>;
  milestoneId?: InputMaybe<Scalars['ID']['input']>;
  outcome?: InputMaybe<Scalars['String']['input']>;
  responsibleOfficer?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<PilotStatus>;
};

export type UpdateStartupInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  sector?: InputMaybe<Scalars['String']['input']>;
};

export type User = {
  __typename?: 'User';
  active: Scalars['Boolean']['output'];
  displayName: Scalars['String']['output'];
  email: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  role: Role;
};

export type ValuationMark = {
  __typename?: 'ValuationMark';
  createdAt: Scalars['DateTime']['output'];
  date: Scalars['Date']['output'];
  fundId: Scalars['ID']['output'];
  id: Scalars['ID']['output'];
  startupId: Scalars['ID']['output'];
  /** Value of the fund's holding in the startup. */
  value: Scalars['VND']['output'];
};

export type VoteChoice =
  | 'ABSTAIN'
  | 'AGAINST'
  | 'FOR';

export type WeightedScore = {
  __typename?: 'WeightedScore';
  /** Every criterion has at least one score. */
  complete: Scalars['Boolean']['output'];
  parts: Array<ScorePart>;
  /** 0–10: Σ weight × averageScore / Σ weight (unscored criteria count as 0). */
  total: Scalars['Float']['output'];
};



export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;





/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  AddFundRuleVersionInput: AddFundRuleVersionInput;
  AppealInput: AppealInput;
  Application: ResolverTypeWrapper<ApplicationView>;
  ApplicationAppeal: ResolverTypeWrapper<ApplicationAppealView>;
  ApplicationReceipt: ResolverTypeWrapper<ApplicationReceiptView>;
  ApplicationScore: ResolverTypeWrapper<ApplicationScoreView>;
  ApplicationStatus: ApplicationStatus;
  ApplyFundRuleSetInput: ApplyFundRuleSetInput;
  AssignReviewersInput: AssignReviewersInput;
  AuditActor: ResolverTypeWrapper<AuditActorView>;
  AuditChainStatus: ResolverTypeWrapper<AuditChainStatus>;
  AuditEntry: ResolverTypeWrapper<AuditEntryView>;
  AuditEntryConnection: ResolverTypeWrapper<Omit<AuditEntryConnection, 'edges'> & { edges: Array<ResolversTypes['AuditEntryEdge']> }>;
  AuditEntryEdge: ResolverTypeWrapper<Omit<AuditEntryEdge, 'node'> & { node: ResolversTypes['AuditEntry'] }>;
  AuditFacets: ResolverTypeWrapper<Omit<AuditFacets, 'actors'> & { actors: Array<ResolversTypes['AuditActor']> }>;
  AuditFilter: AuditFilter;
  AuditSubject: ResolverTypeWrapper<AuditSubjectView>;
  AuthPayload: ResolverTypeWrapper<AuthPayloadView>;
  BlindReview: ResolverTypeWrapper<BlindReviewView>;
  BookOfficeHourInput: BookOfficeHourInput;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  CapTable: ResolverTypeWrapper<Omit<CapTable, 'rounds'> & { rounds: Array<ResolversTypes['FundingRound']> }>;
  CapTableEntry: ResolverTypeWrapper<CapTableEntry>;
  CapitalCall: ResolverTypeWrapper<CapitalCallView>;
  CapitalCallLine: ResolverTypeWrapper<CapitalCallLineView>;
  CapitalPayment: ResolverTypeWrapper<CapitalPaymentView>;
  CapitalSource: CapitalSource;
  Challenge: ResolverTypeWrapper<ChallengeView>;
  ChallengeInput: ChallengeInput;
  ChallengeStatus: ChallengeStatus;
  ChannelsSummary: ResolverTypeWrapper<ChannelsSummary>;
  ChecklistItem: ResolverTypeWrapper<ChecklistItemView>;
  ChecklistItemKind: ChecklistItemKind;
  Cohort: ResolverTypeWrapper<CohortView>;
  CohortInput: CohortInput;
  CommitCapitalInput: CommitCapitalInput;
  Commitment: ResolverTypeWrapper<CommitmentView>;
  CommitmentChange: ResolverTypeWrapper<CommitmentChangeView>;
  CommitteeDeclaration: ResolverTypeWrapper<CommitteeDeclaration>;
  CommitteeMeeting: ResolverTypeWrapper<CommitteeMeetingView>;
  CommitteeMember: ResolverTypeWrapper<CommitteeMemberView>;
  CommitteeMemberInput: CommitteeMemberInput;
  CommitteeOutcome: CommitteeOutcome;
  CommitteeVote: ResolverTypeWrapper<CommitteeVote>;
  ConflictDeclaration: ConflictDeclaration;
  ConvertPppProposalInput: ConvertPppProposalInput;
  CreateCapitalCallInput: CreateCapitalCallInput;
  CreateDealInput: CreateDealInput;
  CreateFundInput: CreateFundInput;
  CreateMilestoneInput: CreateMilestoneInput;
  CreatePilotAgreementInput: CreatePilotAgreementInput;
  CreateProgramInput: CreateProgramInput;
  CreateSectorInput: CreateSectorInput;
  CreateStartupInput: CreateStartupInput;
  CreateUserInput: CreateUserInput;
  CriterionFeedback: ResolverTypeWrapper<CriterionFeedbackView>;
  CriterionFeedbackInput: CriterionFeedbackInput;
  CriterionScoreInput: CriterionScoreInput;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Deal: ResolverTypeWrapper<DealView>;
  DealCard: ResolverTypeWrapper<DealCardView>;
  DealDocument: ResolverTypeWrapper<DocumentView>;
  DealMove: ResolverTypeWrapper<DealMoveView>;
  DealStep: DealStep;
  DecisionCheck: ResolverTypeWrapper<DecisionCheckView>;
  DecisionRound: ResolverTypeWrapper<DecisionRound>;
  DeclareConflictInput: DeclareConflictInput;
  DocumentKind: DocumentKind;
  DoubleSupportWarning: ResolverTypeWrapper<DoubleSupportWarningView>;
  DueDiligenceItem: ResolverTypeWrapper<DueDiligenceItemView>;
  DueDiligenceStatus: DueDiligenceStatus;
  EndFundRuleInput: EndFundRuleInput;
  Exit: ResolverTypeWrapper<ExitView>;
  ExitKind: ExitKind;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  Fund: ResolverTypeWrapper<FundView>;
  FundAnnualReport: ResolverTypeWrapper<FundAnnualReport>;
  FundCsvTable: FundCsvTable;
  FundMember: ResolverTypeWrapper<MemberView>;
  FundPerformance: ResolverTypeWrapper<FundPerformance>;
  FundRule: ResolverTypeWrapper<FundRuleView>;
  FundRuleCheck: ResolverTypeWrapper<FundRuleCheckView>;
  FundRuleCheckInput: FundRuleCheckInput;
  FundRuleKind: FundRuleKind;
  FundRuleRefusal: ResolverTypeWrapper<FundRuleRefusalView>;
  FundRuleSet: ResolverTypeWrapper<FundRuleSetView>;
  FundRuleSetName: FundRuleSetName;
  FundRuleSetRule: ResolverTypeWrapper<FundRuleSetRuleView>;
  FundRuleUnit: FundRuleUnit;
  FundVehicle: ResolverTypeWrapper<FundVehicleView>;
  FundVehicleKind: FundVehicleKind;
  FundingRound: ResolverTypeWrapper<FundingRoundView>;
  GateCheck: ResolverTypeWrapper<GateCheck>;
  GateRequirement: ResolverTypeWrapper<GateRequirement>;
  GateRequirementInput: GateRequirementInput;
  GateRequirementKind: GateRequirementKind;
  HolderKind: HolderKind;
  Holding: ResolverTypeWrapper<HoldingView>;
  HoldingStatus: HoldingStatus;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Instrument: Instrument;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  InvestmentDecision: ResolverTypeWrapper<InvestmentDecisionView>;
  Invitation: ResolverTypeWrapper<InvitationView>;
  InvitationPreview: ResolverTypeWrapper<InvitationPreview>;
  JobState: JobState;
  KpiAmount: ResolverTypeWrapper<KpiAmount>;
  KpiAmountProjection: ResolverTypeWrapper<KpiAmountProjection>;
  KpiCapitalSource: ResolverTypeWrapper<KpiCapitalSource>;
  KpiChange: ResolverTypeWrapper<KpiChangeView>;
  KpiCohort: ResolverTypeWrapper<KpiCohort>;
  KpiCount: ResolverTypeWrapper<KpiCount>;
  KpiCountProjection: ResolverTypeWrapper<KpiCountProjection>;
  KpiDashboard: ResolverTypeWrapper<KpiDashboardView>;
  KpiFundCompliance: ResolverTypeWrapper<KpiFundCompliance>;
  KpiFundStake: ResolverTypeWrapper<KpiFundStake>;
  KpiMetric: KpiMetric;
  KpiMilestones: ResolverTypeWrapper<KpiMilestones>;
  KpiProjections: ResolverTypeWrapper<KpiProjections>;
  KpiSector: ResolverTypeWrapper<KpiSector>;
  KpiStageCount: ResolverTypeWrapper<KpiStageCount>;
  KpiTarget: ResolverTypeWrapper<KpiTargetView>;
  KpiTargetYear: ResolverTypeWrapper<KpiTargetYear>;
  KpiYear: ResolverTypeWrapper<KpiYear>;
  Language: Language;
  LegalDocument: ResolverTypeWrapper<LegalDocumentView>;
  LegalDocumentInput: LegalDocumentInput;
  LevelDescriptor: ResolverTypeWrapper<LevelDescriptor>;
  LevelDescriptorInput: LevelDescriptorInput;
  LossHolding: ResolverTypeWrapper<LossHolding>;
  LossLevel: LossLevel;
  LossThreshold: ResolverTypeWrapper<LossThreshold>;
  MailMessage: ResolverTypeWrapper<MailMessageView>;
  MatchReasonKind: MatchReasonKind;
  MemberBackground: MemberBackground;
  MemberStatement: ResolverTypeWrapper<MemberStatement>;
  MemberType: MemberType;
  Mentor: ResolverTypeWrapper<MentorView>;
  MentorAssignment: ResolverTypeWrapper<MentorAssignmentView>;
  MentorAssignmentEvent: ResolverTypeWrapper<MentorAssignmentEvent>;
  MentorBackground: MentorBackground;
  MentorMatch: ResolverTypeWrapper<Omit<MentorMatch, 'mentor'> & { mentor: ResolversTypes['Mentor'] }>;
  MentorMatchReason: ResolverTypeWrapper<MentorMatchReason>;
  MentorNeed: MentorNeed;
  MentorProfileInput: MentorProfileInput;
  MentoredStartup: ResolverTypeWrapper<MentoredStartupView>;
  MentoringBoard: ResolverTypeWrapper<MentoringBoard>;
  MentoringHours: ResolverTypeWrapper<MentoringHours>;
  MentorsByBackground: ResolverTypeWrapper<MentorsByBackground>;
  MetricReport: ResolverTypeWrapper<MetricReportView>;
  Milestone: ResolverTypeWrapper<MilestoneView>;
  MilestoneKind: MilestoneKind;
  MilestoneStatus: MilestoneStatus;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Notification: ResolverTypeWrapper<NotificationView>;
  NotificationConnection: ResolverTypeWrapper<Omit<NotificationConnection, 'edges'> & { edges: Array<ResolversTypes['NotificationEdge']> }>;
  NotificationCount: ResolverTypeWrapper<NotificationCount>;
  NotificationEdge: ResolverTypeWrapper<Omit<NotificationEdge, 'node'> & { node: ResolversTypes['Notification'] }>;
  NotificationPreferences: ResolverTypeWrapper<NotificationPreferencesView>;
  NotificationPreferencesInput: NotificationPreferencesInput;
  OfficeHourBooking: ResolverTypeWrapper<OfficeHourBookingView>;
  OfficeHourSlot: ResolverTypeWrapper<OfficeHourSlotView>;
  OpenCommitteeMeetingInput: OpenCommitteeMeetingInput;
  OverdueMilestone: ResolverTypeWrapper<OverdueMilestoneView>;
  OverdueReport: ResolverTypeWrapper<OverdueReportView>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Participation: ResolverTypeWrapper<ParticipationView>;
  ParticipationInput: ParticipationInput;
  PartnerAgreement: ResolverTypeWrapper<PartnerAgreementView>;
  PartnerAgreementInput: PartnerAgreementInput;
  PartnerChallenge: ResolverTypeWrapper<PartnerChallengeView>;
  PartnerKind: PartnerKind;
  PartnerStartup: ResolverTypeWrapper<PartnerStartupView>;
  PayInCapitalInput: PayInCapitalInput;
  PhaseWinnersInput: PhaseWinnersInput;
  Pilot: ResolverTypeWrapper<Pilot>;
  PilotAgreement: ResolverTypeWrapper<PilotAgreementView>;
  PilotInput: PilotInput;
  PilotStatus: PilotStatus;
  PppAttachment: ResolverTypeWrapper<PppAttachmentView>;
  PppOrganizationKind: PppOrganizationKind;
  PppOutcome: PppOutcome;
  PppProposal: ResolverTypeWrapper<PppProposalView>;
  PppProposalMove: ResolverTypeWrapper<PppProposalMoveView>;
  PppProposalReceipt: ResolverTypeWrapper<PppProposalReceiptView>;
  PppProposalStatus: ResolverTypeWrapper<PppProposalStatusView>;
  PppStatus: PppStatus;
  PriorityTask: ResolverTypeWrapper<PriorityTaskView>;
  PriorityTaskInput: PriorityTaskInput;
  PriorityTaskStatus: PriorityTaskStatus;
  Program: ResolverTypeWrapper<ProgramView>;
  ProposedCommitmentInput: ProposedCommitmentInput;
  ProposedInvestmentInput: ProposedInvestmentInput;
  PublicKpiSummary: ResolverTypeWrapper<KpiSummaryView>;
  PublishOfficeHourInput: PublishOfficeHourInput;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  QueuedJob: ResolverTypeWrapper<QueuedJobView>;
  RankedApplication: ResolverTypeWrapper<Omit<RankedApplication, 'application' | 'score'> & { application: ResolversTypes['Application'], score: ResolversTypes['WeightedScore'] }>;
  RateSessionInput: RateSessionInput;
  RdDossier: ResolverTypeWrapper<RdDossierView>;
  RdExpense: ResolverTypeWrapper<RdExpenseView>;
  RdExpenseCategory: RdExpenseCategory;
  RdExpenseInput: RdExpenseInput;
  RecordExitInput: RecordExitInput;
  RecordFundingRoundInput: RecordFundingRoundInput;
  RecordValuationInput: RecordValuationInput;
  RecordedStateSupport: ResolverTypeWrapper<RecordedStateSupportView>;
  RenameSectorInput: RenameSectorInput;
  ReportExit: ResolverTypeWrapper<ReportExit>;
  ReportInvestment: ResolverTypeWrapper<ReportInvestment>;
  ReportRefusal: ResolverTypeWrapper<ReportRefusal>;
  ReportRuleChange: ResolverTypeWrapper<ReportRuleChange>;
  ReportStageCount: ResolverTypeWrapper<ReportStageCount>;
  ReviewAssignment: ResolverTypeWrapper<ReviewAssignmentView>;
  ReviewPhase: ReviewPhase;
  ReviewRanking: ResolverTypeWrapper<ReviewRanking>;
  ReviewRankingRow: ResolverTypeWrapper<ReviewRankingRow>;
  ReviewerCalibration: ResolverTypeWrapper<ReviewerCalibration>;
  ReviewerCandidate: ResolverTypeWrapper<ReviewerCandidateView>;
  ReviewerCriterionScore: ResolverTypeWrapper<ReviewerCriterionScore>;
  Role: Role;
  RubricCriterion: ResolverTypeWrapper<RubricCriterionView>;
  RubricCriterionInput: RubricCriterionInput;
  ScorePart: ResolverTypeWrapper<Omit<ScorePart, 'criterion'> & { criterion: ResolversTypes['RubricCriterion'] }>;
  Sector: ResolverTypeWrapper<SectorView>;
  SelectionResult: ResolverTypeWrapper<SelectionResultView>;
  SendDecisionsInput: SendDecisionsInput;
  SessionNotesInput: SessionNotesInput;
  SetFundVehicleInput: SetFundVehicleInput;
  SharedMetricReport: ResolverTypeWrapper<SharedMetricReport>;
  SponsorKind: SponsorKind;
  Stage: Stage;
  StageCount: ResolverTypeWrapper<StageCount>;
  StageGate: ResolverTypeWrapper<StageGate>;
  StageGateInput: StageGateInput;
  StageMove: ResolverTypeWrapper<StageMoveView>;
  Startup: ResolverTypeWrapper<StartupView>;
  StartupConnection: ResolverTypeWrapper<Omit<StartupConnection, 'edges'> & { edges: Array<ResolversTypes['StartupEdge']> }>;
  StartupEdge: ResolverTypeWrapper<Omit<StartupEdge, 'node'> & { node: ResolversTypes['Startup'] }>;
  StartupNeeds: ResolverTypeWrapper<StartupNeedsView>;
  StartupNeedsInput: StartupNeedsInput;
  StartupSort: StartupSort;
  StartupStateSupport: ResolverTypeWrapper<Omit<StartupStateSupport, 'entries' | 'warnings'> & { entries: Array<ResolversTypes['StateSupportEntry']>, warnings: Array<ResolversTypes['DoubleSupportWarning']> }>;
  StateSupportEntry: ResolverTypeWrapper<StateSupportEntryView>;
  StateSupportInput: StateSupportInput;
  StateSupportOverview: ResolverTypeWrapper<Omit<StateSupportOverview, 'warnings'> & { warnings: Array<ResolversTypes['DoubleSupportWarning']> }>;
  StatementPayment: ResolverTypeWrapper<StatementPayment>;
  StrategicPartner: ResolverTypeWrapper<StrategicPartnerView>;
  StrategicPartnerInput: StrategicPartnerInput;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  SubmitApplicationInput: SubmitApplicationInput;
  SubmitMetricReportInput: SubmitMetricReportInput;
  SubmitPppProposalInput: SubmitPppProposalInput;
  Subscription: ResolverTypeWrapper<Record<PropertyKey, never>>;
  SupportKind: SupportKind;
  SupportTotal: ResolverTypeWrapper<SupportTotal>;
  TeamMember: ResolverTypeWrapper<TeamMember>;
  TeamMemberInput: TeamMemberInput;
  UpdateChecklistItemInput: UpdateChecklistItemInput;
  UpdateMilestoneInput: UpdateMilestoneInput;
  UpdatePilotAgreementInput: UpdatePilotAgreementInput;
  UpdateStartupInput: UpdateStartupInput;
  User: ResolverTypeWrapper<UserView>;
  VND: ResolverTypeWrapper<Scalars['VND']['output']>;
  ValuationMark: ResolverTypeWrapper<ValuationMarkView>;
  VoteChoice: VoteChoice;
  WeightedScore: ResolverTypeWrapper<Omit<WeightedScore, 'parts'> & { parts: Array<ResolversTypes['ScorePart']> }>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  AddFundRuleVersionInput: AddFundRuleVersionInput;
  AppealInput: AppealInput;
  Application: ApplicationView;
  ApplicationAppeal: ApplicationAppealView;
  ApplicationReceipt: ApplicationReceiptView;
  ApplicationScore: ApplicationScoreView;
  ApplyFundRuleSetInput: ApplyFundRuleSetInput;
  AssignReviewersInput: AssignReviewersInput;
  AuditActor: AuditActorView;
  AuditChainStatus: AuditChainStatus;
  AuditEntry: AuditEntryView;
  AuditEntryConnection: Omit<AuditEntryConnection, 'edges'> & { edges: Array<ResolversParentTypes['AuditEntryEdge']> };
  AuditEntryEdge: Omit<AuditEntryEdge, 'node'> & { node: ResolversParentTypes['AuditEntry'] };
  AuditFacets: Omit<AuditFacets, 'actors'> & { actors: Array<ResolversParentTypes['AuditActor']> };
  AuditFilter: AuditFilter;
  AuditSubject: AuditSubjectView;
  AuthPayload: AuthPayloadView;
  BlindReview: BlindReviewView;
  BookOfficeHourInput: BookOfficeHourInput;
  Boolean: Scalars['Boolean']['output'];
  CapTable: Omit<CapTable, 'rounds'> & { rounds: Array<ResolversParentTypes['FundingRound']> };
  CapTableEntry: CapTableEntry;
  CapitalCall: CapitalCallView;
  CapitalCallLine: CapitalCallLineView;
  CapitalPayment: CapitalPaymentView;
  Challenge: ChallengeView;
  ChallengeInput: ChallengeInput;
  ChannelsSummary: ChannelsSummary;
  ChecklistItem: ChecklistItemView;
  Cohort: CohortView;
  CohortInput: CohortInput;
  CommitCapitalInput: CommitCapitalInput;
  Commitment: CommitmentView;
  CommitmentChange: CommitmentChangeView;
  CommitteeDeclaration: CommitteeDeclaration;
  CommitteeMeeting: CommitteeMeetingView;
  CommitteeMember: CommitteeMemberView;
  CommitteeMemberInput: CommitteeMemberInput;
  CommitteeVote: CommitteeVote;
  ConvertPppProposalInput: ConvertPppProposalInput;
  CreateCapitalCallInput: CreateCapitalCallInput;
  CreateDealInput: CreateDealInput;
  CreateFundInput: CreateFundInput;
  CreateMilestoneInput: CreateMilestoneInput;
  CreatePilotAgreementInput: CreatePilotAgreementInput;
  CreateProgramInput: CreateProgramInput;
  CreateSectorInput: CreateSectorInput;
  CreateStartupInput: CreateStartupInput;
  CreateUserInput: CreateUserInput;
  CriterionFeedback: CriterionFeedbackView;
  CriterionFeedbackInput: CriterionFeedbackInput;
  CriterionScoreInput: CriterionScoreInput;
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  Deal: DealView;
  DealCard: DealCardView;
  DealDocument: DocumentView;
  DealMove: DealMoveView;
  DecisionCheck: DecisionCheckView;
  DecisionRound: DecisionRound;
  DeclareConflictInput: DeclareConflictInput;
  DoubleSupportWarning: DoubleSupportWarningView;
  DueDiligenceItem: DueDiligenceItemView;
  EndFundRuleInput: EndFundRuleInput;
  Exit: ExitView;
  Float: Scalars['Float']['output'];
  Fund: FundView;
  FundAnnualReport: FundAnnualReport;
  FundMember: MemberView;
  FundPerformance: FundPerformance;
  FundRule: FundRuleView;
  FundRuleCheck: FundRuleCheckView;
  FundRuleCheckInput: FundRuleCheckInput;
  FundRuleRefusal: FundRuleRefusalView;
  FundRuleSet: FundRuleSetView;
  FundRuleSetRule: FundRuleSetRuleView;
  FundVehicle: FundVehicleView;
  FundingRound: FundingRoundView;
  GateCheck: GateCheck;
  GateRequirement: GateRequirement;
  GateRequirementInput: GateRequirementInput;
  Holding: HoldingView;
  ID: Scalars['ID']['output'];
  Int: Scalars['Int']['output'];
  InvestmentDecision: InvestmentDecisionView;
  Invitation: InvitationView;
  InvitationPreview: InvitationPreview;
  KpiAmount: KpiAmount;
  KpiAmountProjection: KpiAmountProjection;
  KpiCapitalSource: KpiCapitalSource;
  KpiChange: KpiChangeView;
  KpiCohort: KpiCohort;
  KpiCount: KpiCount;
  KpiCountProjection: KpiCountProjection;
  KpiDashboard: KpiDashboardView;
  KpiFundCompliance: KpiFundCompliance;
  KpiFundStake: KpiFundStake;
  KpiMilestones: KpiMilestones;
  KpiProjections: KpiProjections;
  KpiSector: KpiSector;
  KpiStageCount: KpiStageCount;
  KpiTarget: KpiTargetView;
  KpiTargetYear: KpiTargetYear;
  KpiYear: KpiYear;
  LegalDocument: LegalDocumentView;
  LegalDocumentInput: LegalDocumentInput;
  LevelDescriptor: LevelDescriptor;
  LevelDescriptorInput: LevelDescriptorInput;
  LossHolding: LossHolding;
  LossThreshold: LossThreshold;
  MailMessage: MailMessageView;
  MemberStatement: MemberStatement;
  Mentor: MentorView;
  MentorAssignment: MentorAssignmentView;
  MentorAssignmentEvent: MentorAssignmentEvent;
  MentorMatch: Omit<MentorMatch, 'mentor'> & { mentor: ResolversParentTypes['Mentor'] };
  MentorMatchReason: MentorMatchReason;
  MentorProfileInput: MentorProfileInput;
  MentoredStartup: MentoredStartupView;
  MentoringBoard: MentoringBoard;
  MentoringHours: MentoringHours;
  MentorsByBackground: MentorsByBackground;
  MetricReport: MetricReportView;
  Milestone: MilestoneView;
  Mutation: Record<PropertyKey, never>;
  Notification: NotificationView;
  NotificationConnection: Omit<NotificationConnection, 'edges'> & { edges: Array<ResolversParentTypes['NotificationEdge']> };
  NotificationCount: NotificationCount;
  NotificationEdge: Omit<NotificationEdge, 'node'> & { node: ResolversParentTypes['Notification'] };
  NotificationPreferences: NotificationPreferencesView;
  NotificationPreferencesInput: NotificationPreferencesInput;
  OfficeHourBooking: OfficeHourBookingView;
  OfficeHourSlot: OfficeHourSlotView;
  OpenCommitteeMeetingInput: OpenCommitteeMeetingInput;
  OverdueMilestone: OverdueMilestoneView;
  OverdueReport: OverdueReportView;
  PageInfo: PageInfo;
  Participation: ParticipationView;
  ParticipationInput: ParticipationInput;
  PartnerAgreement: PartnerAgreementView;
  PartnerAgreementInput: PartnerAgreementInput;
  PartnerChallenge: PartnerChallengeView;
  PartnerStartup: PartnerStartupView;
  PayInCapitalInput: PayInCapitalInput;
  PhaseWinnersInput: PhaseWinnersInput;
  Pilot: Pilot;
  PilotAgreement: PilotAgreementView;
  PilotInput: PilotInput;
  PppAttachment: PppAttachmentView;
  PppProposal: PppProposalView;
  PppProposalMove: PppProposalMoveView;
  PppProposalReceipt: PppProposalReceiptView;
  PppProposalStatus: PppProposalStatusView;
  PriorityTask: PriorityTaskView;
  PriorityTaskInput: PriorityTaskInput;
  Program: ProgramView;
  ProposedCommitmentInput: ProposedCommitmentInput;
  ProposedInvestmentInput: ProposedInvestmentInput;
  PublicKpiSummary: KpiSummaryView;
  PublishOfficeHourInput: PublishOfficeHourInput;
  Query: Record<PropertyKey, never>;
  QueuedJob: QueuedJobView;
  RankedApplication: Omit<RankedApplication, 'application' | 'score'> & { application: ResolversParentTypes['Application'], score: ResolversParentTypes['WeightedScore'] };
  RateSessionInput: RateSessionInput;
  RdDossier: RdDossierView;
  RdExpense: RdExpenseView;
  RdExpenseInput: RdExpenseInput;
  RecordExitInput: RecordExitInput;
  RecordFundingRoundInput: RecordFundingRoundInput;
  RecordValuationInput: RecordValuationInput;
  RecordedStateSupport: RecordedStateSupportView;
  RenameSectorInput: RenameSectorInput;
  ReportExit: ReportExit;
  ReportInvestment: ReportInvestment;
  ReportRefusal: ReportRefusal;
  ReportRuleChange: ReportRuleChange;
  ReportStageCount: ReportStageCount;
  ReviewAssignment: ReviewAssignmentView;
  ReviewRanking: ReviewRanking;
  ReviewRankingRow: ReviewRankingRow;
  ReviewerCalibration: ReviewerCalibration;
  ReviewerCandidate: ReviewerCandidateView;
  ReviewerCriterionScore: ReviewerCriterionScore;
  RubricCriterion: RubricCriterionView;
  RubricCriterionInput: RubricCriterionInput;
  ScorePart: Omit<ScorePart, 'criterion'> & { criterion: ResolversParentTypes['RubricCriterion'] };
  Sector: SectorView;
  SelectionResult: SelectionResultView;
  SendDecisionsInput: SendDecisionsInput;
  SessionNotesInput: SessionNotesInput;
  SetFundVehicleInput: SetFundVehicleInput;
  SharedMetricReport: SharedMetricReport;
  StageCount: StageCount;
  StageGate: StageGate;
  StageGateInput: StageGateInput;
  StageMove: StageMoveView;
  Startup: StartupView;
  StartupConnection: Omit<StartupConnection, 'edges'> & { edges: Array<ResolversParentTypes['StartupEdge']> };
  StartupEdge: Omit<StartupEdge, 'node'> & { node: ResolversParentTypes['Startup'] };
  StartupNeeds: StartupNeedsView;
  StartupNeedsInput: StartupNeedsInput;
  StartupStateSupport: Omit<StartupStateSupport, 'entries' | 'warnings'> & { entries: Array<ResolversParentTypes['StateSupportEntry']>, warnings: Array<ResolversParentTypes['DoubleSupportWarning']> };
  StateSupportEntry: StateSupportEntryView;
  StateSupportInput: StateSupportInput;
  StateSupportOverview: Omit<StateSupportOverview, 'warnings'> & { warnings: Array<ResolversParentTypes['DoubleSupportWarning']> };
  StatementPayment: StatementPayment;
  StrategicPartner: StrategicPartnerView;
  StrategicPartnerInput: StrategicPartnerInput;
  String: Scalars['String']['output'];
  SubmitApplicationInput: SubmitApplicationInput;
  SubmitMetricReportInput: SubmitMetricReportInput;
  SubmitPppProposalInput: SubmitPppProposalInput;
  Subscription: Record<PropertyKey, never>;
  SupportTotal: SupportTotal;
  TeamMember: TeamMember;
  TeamMemberInput: TeamMemberInput;
  UpdateChecklistItemInput: UpdateChecklistItemInput;
  UpdateMilestoneInput: UpdateMilestoneInput;
  UpdatePilotAgreementInput: UpdatePilotAgreementInput;
  UpdateStartupInput: UpdateStartupInput;
  User: UserView;
  VND: Scalars['VND']['output'];
  ValuationMark: ValuationMarkView;
  WeightedScore: Omit<WeightedScore, 'parts'> & { parts: Array<ResolversParentTypes['ScorePart']> };
};

export type ApplicationResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Application'] = ResolversParentTypes['Application']> = {
  blind?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  challenge?: Resolver<ResolversTypes['Challenge'], ParentType, ContextType>;
  contactEmail?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  members?: Resolver<Array<ResolversTypes['TeamMember']>, ParentType, ContextType>;
  proposal?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['WeightedScore'], ParentType, ContextType>;
  scores?: Resolver<Array<ResolversTypes['ApplicationScore']>, ParentType, ContextType>;
  shortlisted?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startup?: Resolver<Maybe<ResolversTypes['Startup']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ApplicationStatus'], ParentType, ContextType>;
  submittedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  teamName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ApplicationAppealResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ApplicationAppeal'] = ResolversParentTypes['ApplicationAppeal']> = {
  answer?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  answeredAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  appealUntil?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  applicationId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  submittedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ApplicationReceiptResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ApplicationReceipt'] = ResolversParentTypes['ApplicationReceipt']> = {
  challengeId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  receiptCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  submittedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  teamName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ApplicationScoreResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ApplicationScore'] = ResolversParentTypes['ApplicationScore']> = {
  criterion?: Resolver<ResolversTypes['RubricCriterion'], ParentType, ContextType>;
  reviewer?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type AuditActorResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['AuditActor'] = ResolversParentTypes['AuditActor']> = {
  email?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type AuditChainStatusResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['AuditChainStatus'] = ResolversParentTypes['AuditChainStatus']> = {
  brokenAt?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  tailMissing?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  verifiedUpTo?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
};

export type AuditEntryResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['AuditEntry'] = ResolversParentTypes['AuditEntry']> = {
  action?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  actorEmail?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  actorId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  actorName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  after?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  before?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  entityId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  entityType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  subject?: Resolver<ResolversTypes['AuditSubject'], ParentType, ContextType>;
};

export type AuditEntryConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['AuditEntryConnection'] = ResolversParentTypes['AuditEntryConnection']> = {
  edges?: Resolver<Array<ResolversTypes['AuditEntryEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type AuditEntryEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['AuditEntryEdge'] = ResolversParentTypes['AuditEntryEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['AuditEntry'], ParentType, ContextType>;
};

export type AuditFacetsResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['AuditFacets'] = ResolversParentTypes['AuditFacets']> = {
  actions?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  actorEmails?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  actors?: Resolver<Array<ResolversTypes['AuditActor']>, ParentType, ContextType>;
  entityTypes?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
};

export type AuditSubjectResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['AuditSubject'] = ResolversParentTypes['AuditSubject']> = {
  challengeId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  challengeTitle?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  cohortId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  dealId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  dealTitle?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  fundId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  fundName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  mentorId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  mentorName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  startupId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  startupName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type AuthPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['AuthPayload'] = ResolversParentTypes['AuthPayload']> = {
  token?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  user?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
};

export type BlindReviewResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['BlindReview'] = ResolversParentTypes['BlindReview']> = {
  applicationId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  assignmentId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  challengeId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  challengeTitle?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  declaration?: Resolver<Maybe<ResolversTypes['ConflictDeclaration']>, ParentType, ContextType>;
  members?: Resolver<Maybe<Array<ResolversTypes['TeamMember']>>, ParentType, ContextType>;
  myScores?: Resolver<Array<ResolversTypes['ReviewerCriterionScore']>, ParentType, ContextType>;
  phase?: Resolver<ResolversTypes['ReviewPhase'], ParentType, ContextType>;
  proposal?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reference?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  rubric?: Resolver<Array<ResolversTypes['RubricCriterion']>, ParentType, ContextType>;
  teamName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type CapTableResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CapTable'] = ResolversParentTypes['CapTable']> = {
  entries?: Resolver<Array<ResolversTypes['CapTableEntry']>, ParentType, ContextType>;
  lastPostMoney?: Resolver<Maybe<ResolversTypes['VND']>, ParentType, ContextType>;
  rounds?: Resolver<Array<ResolversTypes['FundingRound']>, ParentType, ContextType>;
  startupId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  startupName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type CapTableEntryResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CapTableEntry'] = ResolversParentTypes['CapTableEntry']> = {
  capBp?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  fundId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  headroomBp?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  holderName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  invested?: Resolver<ResolversTypes['VND'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['HolderKind'], ParentType, ContextType>;
  stakeBp?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  stakeDenominator?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  stakeNumerator?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type CapitalCallResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CapitalCall'] = ResolversParentTypes['CapitalCall']> = {
  amount?: Resolver<ResolversTypes['VND'], ParentType, ContextType>;
  callDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  dueDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lines?: Resolver<Array<ResolversTypes['CapitalCallLine']>, ParentType, ContextType>;
  paid?: Resolver<ResolversTypes['VND'], ParentType, ContextType>;
  percentBp?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CapitalCallLineResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CapitalCallLine'] = ResolversParentTypes['CapitalCallLine']> = {
  amount?: Resolver<ResolversTypes['VND'], ParentType, ContextType>;
  callDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  callId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  commitmentId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  dueDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  memberName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  overdue?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  paid?: Resolver<ResolversTypes['VND'], ParentType, ContextType>;
};

export type CapitalPaymentResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CapitalPayment'] = ResolversParentTypes['CapitalPayment']> = {
  amount?: Resolver<ResolversTypes['VND'], ParentType, ContextType>;
  commitmentId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  date?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  fundId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  memberName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  memberType?: Resolver<ResolversTypes['MemberType'], ParentType, ContextType>;
};

export type ChallengeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Challenge'] = ResolversParentTypes['Challenge']> = {
  appealUntil?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  deadline?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  decidedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  expectedOutcome?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  publishedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  rubric?: Resolver<Array<ResolversTypes['RubricCriterion']>, ParentType, ContextType>;
  sector?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sponsorKind?: Resolver<ResolversTypes['SponsorKind'], ParentType, ContextType>;
  sponsorName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ChallengeStatus'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ChannelsSummaryResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ChannelsSummary'] = ResolversParentTypes['ChannelsSummary']> = {
  activePilots?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  pppProposalsAccepted?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  pppProposalsReceived?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  priorityTasksOpen?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ChecklistItemResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ChecklistItem'] = ResolversParentTypes['ChecklistItem']> = {
  done?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  doneDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  enterpriseCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  evidence?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ChecklistItemKind'], ParentType, ContextType>;
  updatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
};

export type CohortResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Cohort'] = ResolversParentTypes['Cohort']> = {
  endDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  manager?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  program?: Resolver<ResolversTypes['Program'], ParentType, ContextType>;
  startDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  startupCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  startups?: Resolver<Array<ResolversTypes['Startup']>, ParentType, ContextType>;
};

export type CommitmentResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Commitment'] = ResolversParentTypes['Commitment']> = {
  amount?: Resolver<ResolversTypes['VND'], ParentType, ContextType>;
  changes?: Resolver<Array<ResolversTypes['CommitmentChange']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  fundId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  memberId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  memberName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  memberType?: Resolver<ResolversTypes['MemberType'], ParentType, ContextType>;
  outstanding?: Resolver<ResolversTypes['VND'], ParentType, ContextType>;
  paidIn?: Resolver<ResolversTypes['VND'], ParentType, ContextType>;
};

export type CommitmentChangeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CommitmentChange'] = ResolversParentTypes['CommitmentChange']> = {
  amountAfter?: Resolver<ResolversTypes['VND'], ParentType, ContextType>;
  amountBefore?: Resolver<ResolversTypes['VND'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type CommitteeDeclarationResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CommitteeDeclaration'] = ResolversParentTypes['CommitteeDeclaration']> = {
  at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  conflicted?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  recordedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  statement?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type CommitteeMeetingResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CommitteeMeeting'] = ResolversParentTypes['CommitteeMeeting']> = {
  approvedAmount?: Resolver<Maybe<ResolversTypes['VND']>, ParentType, ContextType>;
  decidedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  heldOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  members?: Resolver<Array<ResolversTypes['CommitteeMember']>, ParentType, ContextType>;
  minutes?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  outcome?: Resolver<Maybe<ResolversTypes['CommitteeOutcome']>, ParentType, ContextType>;
  quorum?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CommitteeMemberResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CommitteeMember'] = ResolversParentTypes['CommitteeMember']> = {
  declaration?: Resolver<Maybe<ResolversTypes['CommitteeDeclaration']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  present?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  vote?: Resolver<Maybe<ResolversTypes['CommitteeVote']>, ParentType, ContextType>;
};

export type CommitteeVoteResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CommitteeVote'] = ResolversParentTypes['CommitteeVote']> = {
  at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  choice?: Resolver<ResolversTypes['VoteChoice'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  recordedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type CriterionFeedbackResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CriterionFeedback'] = ResolversParentTypes['CriterionFeedback']> = {
  applicationId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  criterionId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  criterionName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DealResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Deal'] = ResolversParentTypes['Deal']> = {
  allowedMoves?: Resolver<Array<ResolversTypes['DealStep']>, ParentType, ContextType>;
  amountAsked?: Resolver<ResolversTypes['VND'], ParentType, ContextType>;
  decision?: Resolver<Maybe<ResolversTypes['InvestmentDecision']>, ParentType, ContextType>;
  documents?: Resolver<Array<ResolversTypes['DealDocument']>, ParentType, ContextType>;
  dueDiligence?: Resolver<Array<ResolversTypes['DueDiligenceItem']>, ParentType, ContextType>;
  fundId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  fundName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  history?: Resolver<Array<ResolversTypes['DealMove']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  instrument?: Resolver<ResolversTypes['Instrument'], ParentType, ContextType>;
  meeting?: Resolver<Maybe<ResolversTypes['CommitteeMeeting']>, ParentType, ContextType>;
  preMoney?: Resolver<ResolversTypes['VND'], ParentType, ContextType>;
  startupId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  startupName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  step?: Resolver<ResolversTypes['DealStep'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type DealCardResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['DealCard'] = ResolversParentTypes['DealCard']> = {
  amountAsked?: Resolver<ResolversTypes['VND'], ParentType, ContextType>;
  decisionId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  decisionRemaining?: Resolver<Maybe<ResolversTypes['VND']>, ParentType, ContextType>;
  fundId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  fundName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  instrument?: Resolver<ResolversTypes['Instrument'], ParentType, ContextType>;
  preMoney?: Resolver<ResolversTypes['VND'], ParentType, ContextType>;
  startupId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  startupName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  step?: Resolver<ResolversTypes['DealStep'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type DealDocumentResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['DealDocument'] = ResolversParentTypes['DealDocument']> = {
  area?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  dealId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  fileName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['DocumentKind'], ParentType, ContextType>;
  mediaType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sha256?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  size?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  uploadedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  uploadedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type DealMoveResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['DealMove'] = ResolversParentTypes['DealMove']> = {
  actorEmail?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  actorName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  from?: Resolver<Maybe<ResolversTypes['DealStep']>, ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  to?: Resolver<ResolversTypes['DealStep'], ParentType, ContextType>;
};

export type DecisionCheckResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['DecisionCheck'] = ResolversParentTypes['DecisionCheck']> = {
  amount?: Resolver<ResolversTypes['VND'], ParentType, ContextType>;
  cashHeadroom?: Resolver<Maybe<ResolversTypes['VND']>, ParentType, ContextType>;
  checkedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  onDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  passed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  phase?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  result?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  roundId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  rules?: Resolver<Array<ResolversTypes['FundRuleCheck']>, ParentType, ContextType>;
};

export type DecisionRoundResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['DecisionRound'] = ResolversParentTypes['DecisionRound']> = {
  amount?: Resolver<ResolversTypes['VND'], ParentType, ContextType>;
  date?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  preMoney?: Resolver<ResolversTypes['VND'], ParentType, ContextType>;
  raised?: Resolver<ResolversTypes['VND'], ParentType, ContextType>;
  roundId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type DoubleSupportWarningResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['DoubleSupportWarning'] = ResolversParentTypes['DoubleSupportWarning']> = {
  amount?: Resolver<ResolversTypes['VND'], ParentType, ContextType>;
  costRef?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  entries?: Resolver<Array<ResolversTypes['StateSupportEntry']>, ParentType, ContextType>;
  startupId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  startupName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type DueDiligenceItemResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['DueDiligenceItem'] = ResolversParentTypes['DueDiligenceItem']> = {
  area?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  finding?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['DueDiligenceStatus'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ExitResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Exit'] = ResolversParentTypes['Exit']> = {
  buyerName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  date?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  fundId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ExitKind'], ParentType, ContextType>;
  proceeds?: Resolver<ResolversTypes['VND'], ParentType, ContextType>;
  startupId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type FundResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Fund'] = ResolversParentTypes['Fund']> = {
  available?: Resolver<ResolversTypes['VND'], ParentType, ContextType>;
  capitalCalls?: Resolver<Array<ResolversTypes['CapitalCall']>, ParentType, ContextType>;
  cashHeadroom?: Resolver<ResolversTypes['VND'], ParentType, ContextType>;
  charterCapBp?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  charterCapital?: Resolver<ResolversTypes['VND'], ParentType, ContextType>;
  charterHeadroom?: Resolver<ResolversTypes['VND'], ParentType, ContextType>;
  commitments?: Resolver<Array<ResolversTypes['Commitment']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  holdings?: Resolver<Array<ResolversTypes['Holding']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  invested?: Resolver<ResolversTypes['VND'], ParentType, ContextType>;
  lossThreshold?: Resolver<ResolversTypes['LossThreshold'], ParentType, ContextType, Partial<FundLossThresholdArgs>>;
  members?: Resolver<Array<ResolversTypes['FundMember']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  overdueCallLines?: Resolver<Array<ResolversTypes['CapitalCallLine']>, ParentType, ContextType>;
  paidIn?: Resolver<ResolversTypes['VND'], ParentType, ContextType>;
  payments?: Resolver<Array<ResolversTypes['CapitalPayment']>, ParentType, ContextType, Partial<FundPaymentsArgs>>;
  performance?: Resolver<ResolversTypes['FundPerformance'], ParentType, ContextType, Partial<FundPerformanceArgs>>;
  privateCommitted?: Resolver<ResolversTypes['VND'], ParentType, ContextType>;
  privateWithdrawalHeadroom?: Resolver<ResolversTypes['VND'], ParentType, ContextType>;
  rounds?: Resolver<Array<ResolversTypes['FundingRound']>, ParentType, ContextType>;
  ruleChecks?: Resolver<Array<ResolversTypes['FundRuleCheck']>, ParentType, ContextType, Partial<FundRuleChecksArgs>>;
  ruleHistory?: Resolver<Array<ResolversTypes['FundRule']>, ParentType, ContextType>;
  ruleRefusals?: Resolver<Array<ResolversTypes['FundRuleRefusal']>, ParentType, ContextType, Partial<FundRuleRefusalsArgs>>;
  rules?: Resolver<Array<ResolversTypes['FundRule']>, ParentType, ContextType, Partial<FundRulesArgs>>;
  stakeBp?: Resolver<ResolversTypes['Int'], ParentType, ContextType, RequireFields<FundStakeBpArgs, 'startupId'>>;
  stakeCapBp?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  stakeHeadroom?: Resolver<ResolversTypes['VND'], ParentType, ContextType, RequireFields<FundStakeHeadroomArgs, 'othersAmount' | 'preMoney' | 'startupId'>>;
  stateCommitted?: Resolver<ResolversTypes['VND'], ParentType, ContextType>;
  stateShareBp?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  vehicle?: Resolver<Maybe<ResolversTypes['FundVehicle']>, ParentType, ContextType>;
};

export type FundAnnualReportResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['FundAnnualReport'] = ResolversParentTypes['FundAnnualReport']> = {
  asOf?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  charterCapital?: Resolver<ResolversTypes['VND'], ParentType, ContextType>;
  exits?: Resolver<Array<ResolversTypes['ReportExit']>, ParentType, ContextType>;
  fundId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  fundName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  investedInYear?: Resolver<ResolversTypes['VND'], ParentType, ContextType>;
  investments?: Resolver<Array<ResolversTypes['ReportInvestment']>, ParentType, ContextType>;
  loss?: Resolver<ResolversTypes['LossThreshold'], ParentType, ContextType>;
  nav?: Resolver<ResolversTypes['VND'], ParentType, ContextType>;
  paidIn?: Resolver<ResolversTypes['VND'], ParentType, ContextType>;
  proceedsInYear?: Resolver<ResolversTypes['VND'], ParentType, ContextType>;
  refusals?: Resolver<Array<ResolversTypes['ReportRefusal']>, ParentType, ContextType>;
  ruleChanges?: Resolver<Array<ResolversTypes['ReportRuleChange']>, ParentType, ContextType>;
  stages?: Resolver<Array<ResolversTypes['ReportStageCount']>, ParentType, ContextType>;
  stateBudgetCitation?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  stateBudgetHeadroom?: Resolver<Maybe<ResolversTypes['VND']>, ParentType, ContextType>;
  stateBudgetLimit?: Resolver<Maybe<ResolversTypes['VND']>, ParentType, ContextType>;
  stateCommitted?: Resolver<ResolversTypes['VND'], ParentType, ContextType>;
  stateShareBp?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  stateShareCapBp?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  stateShareCitation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  stateShareHeadroom?: Resolver<ResolversTypes['VND'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type FundMemberResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['FundMember'] = ResolversParentTypes['FundMember']> = {
  commitments?: Resolver<Array<ResolversTypes['Commitment']>, ParentType, ContextType>;
  committed?: Resolver<ResolversTypes['VND'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  paidIn?: Resolver<ResolversTypes['VND'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['MemberType'], ParentType, ContextType>;
};

export type FundPerformanceResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['FundPerformance'] = ResolversParentTypes['FundPerformance']> = {
  asOf?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  distributions?: Resolver<ResolversTypes['VND'], ParentType, ContextType>;
  dpiBp?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  dpiBpExact?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  grossIrrBp?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  invested?: Resolver<ResolversTypes['VND'], ParentType, ContextType>;
  moicBp?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  moicBpExact?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nav?: Resolver<ResolversTypes['VND'], ParentType, ContextType>;
  netIrrBp?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  paidIn?: Resolver<ResolversTypes['VND'], ParentType, ContextType>;
  realized?: Resolver<ResolversTypes['VND'], ParentType, ContextType>;
  rvpiBp?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  rvpiBpExact?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  tvpiBp?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  tvpiBpExact?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  uninvestedCash?: Resolver<ResolversTypes['VND'], ParentType, ContextType>;
  unrealized?: Resolver<ResolversTypes['VND'], ParentType, ContextType>;
};

export type FundRuleResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['FundRule'] = ResolversParentTypes['FundRule']> = {
  citation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  effectiveFrom?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  effectiveTo?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  ended?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['FundRuleKind'], ParentType, ContextType>;
  limit?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  minimum?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  scope?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['FundRuleUnit'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type FundRuleCheckResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['FundRuleCheck'] = ResolversParentTypes['FundRuleCheck']> = {
  citation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  current?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  headroom?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['FundRuleKind'], ParentType, ContextType>;
  limit?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  minimum?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  ok?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  ruleId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  version?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type FundRuleRefusalResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['FundRuleRefusal'] = ResolversParentTypes['FundRuleRefusal']> = {
  action?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  citation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  onDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  ruleId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
};

export type FundRuleSetResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['FundRuleSet'] = ResolversParentTypes['FundRuleSet']> = {
  name?: Resolver<ResolversTypes['FundRuleSetName'], ParentType, ContextType>;
  rules?: Resolver<Array<ResolversTypes['FundRuleSetRule']>, ParentType, ContextType>;
  vehicle?: Resolver<ResolversTypes['FundVehicleKind'], ParentType, ContextType>;
};

export type FundRuleSetRuleResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['FundRuleSetRule'] = ResolversParentTypes['FundRuleSetRule']> = {
  citation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['FundRuleKind'], ParentType, ContextType>;
  limit?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  minimum?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  scope?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['FundRuleUnit'], ParentType, ContextType>;
};

export type FundVehicleResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['FundVehicle'] = ResolversParentTypes['FundVehicle']> = {
  cycleStart?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['FundVehicleKind'], ParentType, ContextType>;
  legalBasis?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reviewAfterYears?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  termYears?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type FundingRoundResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['FundingRound'] = ResolversParentTypes['FundingRound']> = {
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  date?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  instrument?: Resolver<ResolversTypes['Instrument'], ParentType, ContextType>;
  participations?: Resolver<Array<ResolversTypes['Participation']>, ParentType, ContextType>;
  postMoney?: Resolver<ResolversTypes['VND'], ParentType, ContextType>;
  preMoney?: Resolver<ResolversTypes['VND'], ParentType, ContextType>;
  raised?: Resolver<ResolversTypes['VND'], ParentType, ContextType>;
  startupId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  startupName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type GateCheckResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['GateCheck'] = ResolversParentTypes['GateCheck']> = {
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  met?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type GateRequirementResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['GateRequirement'] = ResolversParentTypes['GateRequirement']> = {
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['GateRequirementKind'], ParentType, ContextType>;
  milestoneKinds?: Resolver<Array<ResolversTypes['MilestoneKind']>, ParentType, ContextType>;
};

export type HoldingResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Holding'] = ResolversParentTypes['Holding']> = {
  exit?: Resolver<Maybe<ResolversTypes['Exit']>, ParentType, ContextType>;
  fundId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  invested?: Resolver<ResolversTypes['VND'], ParentType, ContextType>;
  latestValuation?: Resolver<Maybe<ResolversTypes['ValuationMark']>, ParentType, ContextType>;
  realizedValue?: Resolver<ResolversTypes['VND'], ParentType, ContextType>;
  stakeBp?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  stakeCapBp?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  startupId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  startupName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['HoldingStatus'], ParentType, ContextType>;
  unrealizedValue?: Resolver<ResolversTypes['VND'], ParentType, ContextType>;
  valuations?: Resolver<Array<ResolversTypes['ValuationMark']>, ParentType, ContextType>;
};

export type InvestmentDecisionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['InvestmentDecision'] = ResolversParentTypes['InvestmentDecision']> = {
  amount?: Resolver<ResolversTypes['VND'], ParentType, ContextType>;
  approvedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  checks?: Resolver<Array<ResolversTypes['DecisionCheck']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  rounds?: Resolver<Array<ResolversTypes['DecisionRound']>, ParentType, ContextType>;
  used?: Resolver<ResolversTypes['VND'], ParentType, ContextType>;
};

export type InvitationResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Invitation'] = ResolversParentTypes['Invitation']> = {
  acceptedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  email?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  expiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['Role'], ParentType, ContextType>;
  startup?: Resolver<Maybe<ResolversTypes['Startup']>, ParentType, ContextType>;
  token?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type InvitationPreviewResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['InvitationPreview'] = ResolversParentTypes['InvitationPreview']> = {
  accepted?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  email?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  existingAccount?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  expired?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['Role'], ParentType, ContextType>;
  startupName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type KpiAmountResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['KpiAmount'] = ResolversParentTypes['KpiAmount']> = {
  actual?: Resolver<ResolversTypes['VND'], ParentType, ContextType>;
  onPlan?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  percentBp?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  percentBpExact?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  planToDate?: Resolver<ResolversTypes['VND'], ParentType, ContextType>;
  target?: Resolver<ResolversTypes['VND'], ParentType, ContextType>;
};

export type KpiAmountProjectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['KpiAmountProjection'] = ResolversParentTypes['KpiAmountProjection']> = {
  actualToDate?: Resolver<ResolversTypes['VND'], ParentType, ContextType>;
  metInYear?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  projectedTotal?: Resolver<ResolversTypes['VND'], ParentType, ContextType>;
  shortfall?: Resolver<ResolversTypes['VND'], ParentType, ContextType>;
  target?: Resolver<ResolversTypes['VND'], ParentType, ContextType>;
};

export type KpiCapitalSourceResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['KpiCapitalSource'] = ResolversParentTypes['KpiCapitalSource']> = {
  amount?: Resolver<ResolversTypes['VND'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['CapitalSource'], ParentType, ContextType>;
};

export type KpiChangeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['KpiChange'] = ResolversParentTypes['KpiChange']> = {
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type KpiCohortResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['KpiCohort'] = ResolversParentTypes['KpiCohort']> = {
  capital?: Resolver<ResolversTypes['VND'], ParentType, ContextType>;
  cohortId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  incubated?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  milestonesTotal?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  milestonesVerified?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  startups?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type KpiCountResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['KpiCount'] = ResolversParentTypes['KpiCount']> = {
  actual?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  onPlan?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  percentBp?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  percentBpExact?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  planToDate?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  target?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type KpiCountProjectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['KpiCountProjection'] = ResolversParentTypes['KpiCountProjection']> = {
  actualToDate?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  metInYear?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  projectedTotal?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  shortfall?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  target?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type KpiDashboardResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['KpiDashboard'] = ResolversParentTypes['KpiDashboard']> = {
  asOf?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  byCohort?: Resolver<Array<ResolversTypes['KpiCohort']>, ParentType, ContextType>;
  bySector?: Resolver<Array<ResolversTypes['KpiSector']>, ParentType, ContextType>;
  byYear?: Resolver<Array<ResolversTypes['KpiYear']>, ParentType, ContextType>;
  capitalBySource?: Resolver<Array<ResolversTypes['KpiCapitalSource']>, ParentType, ContextType>;
  capitalMobilized?: Resolver<ResolversTypes['KpiAmount'], ParentType, ContextType>;
  from?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  fundCompliance?: Resolver<Array<ResolversTypes['KpiFundCompliance']>, ParentType, ContextType>;
  funnel?: Resolver<Array<ResolversTypes['KpiStageCount']>, ParentType, ContextType>;
  milestones?: Resolver<ResolversTypes['KpiMilestones'], ParentType, ContextType>;
  privateCommittedToFund?: Resolver<ResolversTypes['VND'], ParentType, ContextType>;
  projections?: Resolver<ResolversTypes['KpiProjections'], ParentType, ContextType>;
  startupsIncubated?: Resolver<ResolversTypes['KpiCount'], ParentType, ContextType>;
  targets?: Resolver<Array<ResolversTypes['KpiTarget']>, ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
};

export type KpiFundComplianceResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['KpiFundCompliance'] = ResolversParentTypes['KpiFundCompliance']> = {
  available?: Resolver<ResolversTypes['VND'], ParentType, ContextType>;
  charterCapBp?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  charterCapital?: Resolver<ResolversTypes['VND'], ParentType, ContextType>;
  fundId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  holdings?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  holdingsNearCap?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  holdingsOverCap?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  invested?: Resolver<ResolversTypes['VND'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  paidIn?: Resolver<ResolversTypes['VND'], ParentType, ContextType>;
  privateCommitted?: Resolver<ResolversTypes['VND'], ParentType, ContextType>;
  stakeCapBp?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  stakes?: Resolver<Array<ResolversTypes['KpiFundStake']>, ParentType, ContextType>;
  stateCommitted?: Resolver<ResolversTypes['VND'], ParentType, ContextType>;
  stateShareBp?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type KpiFundStakeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['KpiFundStake'] = ResolversParentTypes['KpiFundStake']> = {
  capBp?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  invested?: Resolver<ResolversTypes['VND'], ParentType, ContextType>;
  stakeBp?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  startupId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  startupName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type KpiMilestonesResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['KpiMilestones'] = ResolversParentTypes['KpiMilestones']> = {
  completionBp?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  verified?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type KpiProjectionsResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['KpiProjections'] = ResolversParentTypes['KpiProjections']> = {
  capitalMobilized?: Resolver<ResolversTypes['KpiAmountProjection'], ParentType, ContextType>;
  startupsIncubated?: Resolver<ResolversTypes['KpiCountProjection'], ParentType, ContextType>;
};

export type KpiSectorResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['KpiSector'] = ResolversParentTypes['KpiSector']> = {
  capital?: Resolver<ResolversTypes['VND'], ParentType, ContextType>;
  incubated?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  nameEn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameVi?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sector?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  startups?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type KpiStageCountResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['KpiStageCount'] = ResolversParentTypes['KpiStageCount']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  stage?: Resolver<ResolversTypes['Stage'], ParentType, ContextType>;
};

export type KpiTargetResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['KpiTarget'] = ResolversParentTypes['KpiTarget']> = {
  metric?: Resolver<ResolversTypes['KpiMetric'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  yearly?: Resolver<Array<ResolversTypes['KpiTargetYear']>, ParentType, ContextType>;
};

export type KpiTargetYearResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['KpiTargetYear'] = ResolversParentTypes['KpiTargetYear']> = {
  amount?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type KpiYearResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['KpiYear'] = ResolversParentTypes['KpiYear']> = {
  capitalCumulative?: Resolver<ResolversTypes['VND'], ParentType, ContextType>;
  capitalMobilized?: Resolver<ResolversTypes['VND'], ParentType, ContextType>;
  capitalPlan?: Resolver<ResolversTypes['VND'], ParentType, ContextType>;
  capitalPlanCumulative?: Resolver<ResolversTypes['VND'], ParentType, ContextType>;
  startupsCumulative?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  startupsIncubated?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  startupsPlan?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  startupsPlanCumulative?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type LegalDocumentResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['LegalDocument'] = ResolversParentTypes['LegalDocument']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  issuedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  issuer?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  number?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  titleEn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  titleVi?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  url?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type LevelDescriptorResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['LevelDescriptor'] = ResolversParentTypes['LevelDescriptor']> = {
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type LossHoldingResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['LossHolding'] = ResolversParentTypes['LossHolding']> = {
  cost?: Resolver<ResolversTypes['VND'], ParentType, ContextType>;
  loss?: Resolver<ResolversTypes['VND'], ParentType, ContextType>;
  realized?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startupName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['VND'], ParentType, ContextType>;
};

export type LossThresholdResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['LossThreshold'] = ResolversParentTypes['LossThreshold']> = {
  asOf?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  citation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  cycleStart?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  holdings?: Resolver<Array<ResolversTypes['LossHolding']>, ParentType, ContextType>;
  level?: Resolver<ResolversTypes['LossLevel'], ParentType, ContextType>;
  limitBp?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  losses?: Resolver<ResolversTypes['VND'], ParentType, ContextType>;
  realized?: Resolver<ResolversTypes['VND'], ParentType, ContextType>;
  ruleId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  threshold?: Resolver<ResolversTypes['VND'], ParentType, ContextType>;
  unrealized?: Resolver<ResolversTypes['VND'], ParentType, ContextType>;
  usedBp?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  version?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type MailMessageResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['MailMessage'] = ResolversParentTypes['MailMessage']> = {
  html?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  locale?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sentAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  subject?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  transport?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type MemberStatementResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['MemberStatement'] = ResolversParentTypes['MemberStatement']> = {
  called?: Resolver<ResolversTypes['VND'], ParentType, ContextType>;
  committed?: Resolver<ResolversTypes['VND'], ParentType, ContextType>;
  distributions?: Resolver<ResolversTypes['VND'], ParentType, ContextType>;
  from?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  fundId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  fundName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  memberId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  memberName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  memberType?: Resolver<ResolversTypes['MemberType'], ParentType, ContextType>;
  navShare?: Resolver<ResolversTypes['VND'], ParentType, ContextType>;
  outstanding?: Resolver<ResolversTypes['VND'], ParentType, ContextType>;
  paid?: Resolver<ResolversTypes['VND'], ParentType, ContextType>;
  paidInPeriod?: Resolver<ResolversTypes['VND'], ParentType, ContextType>;
  payments?: Resolver<Array<ResolversTypes['StatementPayment']>, ParentType, ContextType>;
  shareBp?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
};

export type MentorResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Mentor'] = ResolversParentTypes['Mentor']> = {
  activeStartups?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  availability?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  background?: Resolver<ResolversTypes['MentorBackground'], ParentType, ContextType>;
  bio?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  displayName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  email?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  expertise?: Resolver<Array<ResolversTypes['MentorNeed']>, ParentType, ContextType>;
  hasAccount?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  languages?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  maxActiveStartups?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  organization?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sectors?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
};

export type MentorAssignmentResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['MentorAssignment'] = ResolversParentTypes['MentorAssignment']> = {
  endedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  history?: Resolver<Array<ResolversTypes['MentorAssignmentEvent']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  mentor?: Resolver<ResolversTypes['Mentor'], ParentType, ContextType>;
  startedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  startupId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  startupName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type MentorAssignmentEventResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['MentorAssignmentEvent'] = ResolversParentTypes['MentorAssignmentEvent']> = {
  actorName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type MentorMatchResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['MentorMatch'] = ResolversParentTypes['MentorMatch']> = {
  available?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  mentor?: Resolver<ResolversTypes['Mentor'], ParentType, ContextType>;
  reasons?: Resolver<Array<ResolversTypes['MentorMatchReason']>, ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type MentorMatchReasonResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['MentorMatchReason'] = ResolversParentTypes['MentorMatchReason']> = {
  active?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  cap?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['MatchReasonKind'], ParentType, ContextType>;
  need?: Resolver<Maybe<ResolversTypes['MentorNeed']>, ParentType, ContextType>;
  sector?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type MentoredStartupResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['MentoredStartup'] = ResolversParentTypes['MentoredStartup']> = {
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  founders?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  metricReports?: Resolver<Array<ResolversTypes['SharedMetricReport']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  needs?: Resolver<Array<ResolversTypes['MentorNeed']>, ParentType, ContextType>;
  needsNote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sector?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  stage?: Resolver<ResolversTypes['Stage'], ParentType, ContextType>;
};

export type MentoringBoardResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['MentoringBoard'] = ResolversParentTypes['MentoringBoard']> = {
  activeMentorsByBackground?: Resolver<Array<ResolversTypes['MentorsByBackground']>, ParentType, ContextType>;
  averageRating?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  hoursBySector?: Resolver<Array<ResolversTypes['MentoringHours']>, ParentType, ContextType>;
  hoursByStage?: Resolver<Array<ResolversTypes['MentoringHours']>, ParentType, ContextType>;
  hoursByStartup?: Resolver<Array<ResolversTypes['MentoringHours']>, ParentType, ContextType>;
  sessionsHeld?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sessionsRated?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type MentoringHoursResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['MentoringHours'] = ResolversParentTypes['MentoringHours']> = {
  hours?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sessions?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type MentorsByBackgroundResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['MentorsByBackground'] = ResolversParentTypes['MentorsByBackground']> = {
  active?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  background?: Resolver<ResolversTypes['MentorBackground'], ParentType, ContextType>;
};

export type MetricReportResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['MetricReport'] = ResolversParentTypes['MetricReport']> = {
  customers?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  employees?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  period?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  revenue?: Resolver<ResolversTypes['VND'], ParentType, ContextType>;
  submittedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  submittedBy?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
};

export type MilestoneResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Milestone'] = ResolversParentTypes['Milestone']> = {
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  dueDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  evidenceText?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  evidenceUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['MilestoneKind'], ParentType, ContextType>;
  pilot?: Resolver<Maybe<ResolversTypes['Pilot']>, ParentType, ContextType>;
  pilotAgreement?: Resolver<Maybe<ResolversTypes['PilotAgreement']>, ParentType, ContextType>;
  startupId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['MilestoneStatus'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  verifiedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  verifiedBy?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
};

export type MutationResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  acceptInvitation?: Resolver<ResolversTypes['AuthPayload'], ParentType, ContextType, RequireFields<MutationAcceptInvitationArgs, 'displayName' | 'password' | 'token'>>;
  addFundRuleVersion?: Resolver<ResolversTypes['FundRule'], ParentType, ContextType, RequireFields<MutationAddFundRuleVersionArgs, 'input'>>;
  addPartnerAgreement?: Resolver<ResolversTypes['StrategicPartner'], ParentType, ContextType, RequireFields<MutationAddPartnerAgreementArgs, 'input'>>;
  answerAppeal?: Resolver<ResolversTypes['ApplicationAppeal'], ParentType, ContextType, RequireFields<MutationAnswerAppealArgs, 'answer' | 'appealId'>>;
  appealDecision?: Resolver<ResolversTypes['ApplicationAppeal'], ParentType, ContextType, RequireFields<MutationAppealDecisionArgs, 'input'>>;
  applyFundRuleSet?: Resolver<Array<ResolversTypes['FundRule']>, ParentType, ContextType, RequireFields<MutationApplyFundRuleSetArgs, 'input'>>;
  assignMentor?: Resolver<ResolversTypes['MentorAssignment'], ParentType, ContextType, RequireFields<MutationAssignMentorArgs, 'mentorId' | 'startupId'>>;
  assignReviewers?: Resolver<Array<ResolversTypes['ReviewAssignment']>, ParentType, ContextType, RequireFields<MutationAssignReviewersArgs, 'input'>>;
  assignStartupToCohort?: Resolver<ResolversTypes['Startup'], ParentType, ContextType, RequireFields<MutationAssignStartupToCohortArgs, 'startupId'>>;
  bookOfficeHour?: Resolver<ResolversTypes['OfficeHourBooking'], ParentType, ContextType, RequireFields<MutationBookOfficeHourArgs, 'input'>>;
  cancelOfficeHourBooking?: Resolver<ResolversTypes['OfficeHourBooking'], ParentType, ContextType, RequireFields<MutationCancelOfficeHourBookingArgs, 'bookingId'>>;
  castVote?: Resolver<ResolversTypes['Deal'], ParentType, ContextType, RequireFields<MutationCastVoteArgs, 'choice' | 'memberId' | 'reason'>>;
  changeCommitment?: Resolver<ResolversTypes['Commitment'], ParentType, ContextType, RequireFields<MutationChangeCommitmentArgs, 'amount' | 'commitmentId'>>;
  changePassword?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationChangePasswordArgs, 'currentPassword' | 'newPassword'>>;
  closeChallenge?: Resolver<ResolversTypes['Challenge'], ParentType, ContextType, RequireFields<MutationCloseChallengeArgs, 'id'>>;
  closePriorityTask?: Resolver<ResolversTypes['PriorityTask'], ParentType, ContextType, RequireFields<MutationClosePriorityTaskArgs, 'id'>>;
  commitCapital?: Resolver<ResolversTypes['Commitment'], ParentType, ContextType, RequireFields<MutationCommitCapitalArgs, 'input'>>;
  convertPppProposal?: Resolver<ResolversTypes['PppProposal'], ParentType, ContextType, RequireFields<MutationConvertPppProposalArgs, 'id' | 'input'>>;
  createCapitalCall?: Resolver<ResolversTypes['CapitalCall'], ParentType, ContextType, RequireFields<MutationCreateCapitalCallArgs, 'input'>>;
  createChallenge?: Resolver<ResolversTypes['Challenge'], ParentType, ContextType, RequireFields<MutationCreateChallengeArgs, 'input'>>;
  createCohort?: Resolver<ResolversTypes['Cohort'], ParentType, ContextType, RequireFields<MutationCreateCohortArgs, 'input'>>;
  createDeal?: Resolver<ResolversTypes['Deal'], ParentType, ContextType, RequireFields<MutationCreateDealArgs, 'input'>>;
  createFund?: Resolver<ResolversTypes['Fund'], ParentType, ContextType, RequireFields<MutationCreateFundArgs, 'input'>>;
  createLegalDocument?: Resolver<ResolversTypes['LegalDocument'], ParentType, ContextType, RequireFields<MutationCreateLegalDocumentArgs, 'input'>>;
  createMilestone?: Resolver<ResolversTypes['Milestone'], ParentType, ContextType, RequireFields<MutationCreateMilestoneArgs, 'input'>>;
  createPilotAgreement?: Resolver<ResolversTypes['PilotAgreement'], ParentType, ContextType, RequireFields<MutationCreatePilotAgreementArgs, 'input'>>;
  createPriorityTask?: Resolver<ResolversTypes['PriorityTask'], ParentType, ContextType, RequireFields<MutationCreatePriorityTaskArgs, 'input'>>;
  createProgram?: Resolver<ResolversTypes['Program'], ParentType, ContextType, RequireFields<MutationCreateProgramArgs, 'input'>>;
  createSector?: Resolver<ResolversTypes['Sector'], ParentType, ContextType, RequireFields<MutationCreateSectorArgs, 'input'>>;
  createStartup?: Resolver<ResolversTypes['Startup'], ParentType, ContextType, RequireFields<MutationCreateStartupArgs, 'input'>>;
  createStrategicPartner?: Resolver<ResolversTypes['StrategicPartner'], ParentType, ContextType, RequireFields<MutationCreateStrategicPartnerArgs, 'input'>>;
  createUser?: Resolver<ResolversTypes['User'], ParentType, ContextType, RequireFields<MutationCreateUserArgs, 'input'>>;
  decideDeal?: Resolver<ResolversTypes['Deal'], ParentType, ContextType, RequireFields<MutationDecideDealArgs, 'dealId' | 'minutes'>>;
  declareCommitteeConflict?: Resolver<ResolversTypes['Deal'], ParentType, ContextType, RequireFields<MutationDeclareCommitteeConflictArgs, 'conflicted' | 'memberId'>>;
  declareConflict?: Resolver<ResolversTypes['BlindReview'], ParentType, ContextType, RequireFields<MutationDeclareConflictArgs, 'input'>>;
  declarePhaseWinners?: Resolver<Array<ResolversTypes['Application']>, ParentType, ContextType, RequireFields<MutationDeclarePhaseWinnersArgs, 'input'>>;
  endFundRule?: Resolver<ResolversTypes['FundRule'], ParentType, ContextType, RequireFields<MutationEndFundRuleArgs, 'input'>>;
  endMentorAssignment?: Resolver<ResolversTypes['MentorAssignment'], ParentType, ContextType, RequireFields<MutationEndMentorAssignmentArgs, 'id'>>;
  inviteFounder?: Resolver<ResolversTypes['Invitation'], ParentType, ContextType, RequireFields<MutationInviteFounderArgs, 'email' | 'startupId'>>;
  inviteMentor?: Resolver<ResolversTypes['Mentor'], ParentType, ContextType, RequireFields<MutationInviteMentorArgs, 'input'>>;
  login?: Resolver<ResolversTypes['AuthPayload'], ParentType, ContextType, RequireFields<MutationLoginArgs, 'email' | 'password'>>;
  logout?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  markNotificationsRead?: Resolver<ResolversTypes['Int'], ParentType, ContextType, RequireFields<MutationMarkNotificationsReadArgs, 'ids'>>;
  mergeSector?: Resolver<ResolversTypes['Sector'], ParentType, ContextType, RequireFields<MutationMergeSectorArgs, 'code' | 'into'>>;
  moveDeal?: Resolver<ResolversTypes['Deal'], ParentType, ContextType, RequireFields<MutationMoveDealArgs, 'id' | 'to'>>;
  movePppProposal?: Resolver<ResolversTypes['PppProposal'], ParentType, ContextType, RequireFields<MutationMovePppProposalArgs, 'id' | 'to'>>;
  moveStartup?: Resolver<ResolversTypes['Startup'], ParentType, ContextType, RequireFields<MutationMoveStartupArgs, 'id' | 'to'>>;
  openCommitteeMeeting?: Resolver<ResolversTypes['Deal'], ParentType, ContextType, RequireFields<MutationOpenCommitteeMeetingArgs, 'input'>>;
  payInCapital?: Resolver<ResolversTypes['CapitalPayment'], ParentType, ContextType, RequireFields<MutationPayInCapitalArgs, 'input'>>;
  publishChallenge?: Resolver<ResolversTypes['Challenge'], ParentType, ContextType, RequireFields<MutationPublishChallengeArgs, 'id'>>;
  publishOfficeHour?: Resolver<ResolversTypes['OfficeHourSlot'], ParentType, ContextType, RequireFields<MutationPublishOfficeHourArgs, 'input'>>;
  publishPriorityTask?: Resolver<ResolversTypes['PriorityTask'], ParentType, ContextType, RequireFields<MutationPublishPriorityTaskArgs, 'id'>>;
  rateSession?: Resolver<ResolversTypes['OfficeHourBooking'], ParentType, ContextType, RequireFields<MutationRateSessionArgs, 'input'>>;
  recordExit?: Resolver<ResolversTypes['Exit'], ParentType, ContextType, RequireFields<MutationRecordExitArgs, 'input'>>;
  recordFundingRound?: Resolver<ResolversTypes['FundingRound'], ParentType, ContextType, RequireFields<MutationRecordFundingRoundArgs, 'input'>>;
  recordRdExpense?: Resolver<ResolversTypes['RdExpense'], ParentType, ContextType, RequireFields<MutationRecordRdExpenseArgs, 'input'>>;
  recordStateSupport?: Resolver<ResolversTypes['RecordedStateSupport'], ParentType, ContextType, RequireFields<MutationRecordStateSupportArgs, 'input'>>;
  recordValuation?: Resolver<ResolversTypes['ValuationMark'], ParentType, ContextType, RequireFields<MutationRecordValuationArgs, 'input'>>;
  renameSector?: Resolver<ResolversTypes['Sector'], ParentType, ContextType, RequireFields<MutationRenameSectorArgs, 'code' | 'input'>>;
  reportRdProfit?: Resolver<ResolversTypes['RdDossier'], ParentType, ContextType, RequireFields<MutationReportRdProfitArgs, 'preTaxProfit' | 'startupId' | 'year'>>;
  requestPasswordReset?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationRequestPasswordResetArgs, 'email'>>;
  resetPassword?: Resolver<ResolversTypes['AuthPayload'], ParentType, ContextType, RequireFields<MutationResetPasswordArgs, 'password' | 'token'>>;
  retryJob?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationRetryJobArgs, 'id'>>;
  scoreApplication?: Resolver<ResolversTypes['Application'], ParentType, ContextType, RequireFields<MutationScoreApplicationArgs, 'applicationId' | 'scores'>>;
  selectApplication?: Resolver<ResolversTypes['SelectionResult'], ParentType, ContextType, RequireFields<MutationSelectApplicationArgs, 'applicationId'>>;
  sendDecisions?: Resolver<ResolversTypes['Challenge'], ParentType, ContextType, RequireFields<MutationSendDecisionsArgs, 'input'>>;
  setApplicationFeedback?: Resolver<ResolversTypes['CriterionFeedback'], ParentType, ContextType, RequireFields<MutationSetApplicationFeedbackArgs, 'input'>>;
  setCriterionLevels?: Resolver<ResolversTypes['RubricCriterion'], ParentType, ContextType, RequireFields<MutationSetCriterionLevelsArgs, 'criterionId' | 'levels'>>;
  setDueDiligenceAreas?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType, RequireFields<MutationSetDueDiligenceAreasArgs, 'areas' | 'fundId'>>;
  setFundVehicle?: Resolver<ResolversTypes['FundVehicle'], ParentType, ContextType, RequireFields<MutationSetFundVehicleArgs, 'input'>>;
  setNotificationPreferences?: Resolver<ResolversTypes['NotificationPreferences'], ParentType, ContextType, RequireFields<MutationSetNotificationPreferencesArgs, 'input'>>;
  setProgramGates?: Resolver<ResolversTypes['Program'], ParentType, ContextType, RequireFields<MutationSetProgramGatesArgs, 'gates' | 'id'>>;
  setReportDueDay?: Resolver<ResolversTypes['Int'], ParentType, ContextType, RequireFields<MutationSetReportDueDayArgs, 'day' | 'programId'>>;
  setStartupNeeds?: Resolver<ResolversTypes['StartupNeeds'], ParentType, ContextType, RequireFields<MutationSetStartupNeedsArgs, 'input' | 'startupId'>>;
  setUserActive?: Resolver<ResolversTypes['User'], ParentType, ContextType, RequireFields<MutationSetUserActiveArgs, 'active' | 'id'>>;
  shortlistForDemo?: Resolver<Array<ResolversTypes['Application']>, ParentType, ContextType, RequireFields<MutationShortlistForDemoArgs, 'applicationIds' | 'challengeId'>>;
  submitApplication?: Resolver<ResolversTypes['ApplicationReceipt'], ParentType, ContextType, RequireFields<MutationSubmitApplicationArgs, 'input'>>;
  submitMetricReport?: Resolver<ResolversTypes['MetricReport'], ParentType, ContextType, RequireFields<MutationSubmitMetricReportArgs, 'input'>>;
  submitPppProposal?: Resolver<ResolversTypes['PppProposalReceipt'], ParentType, ContextType, RequireFields<MutationSubmitPppProposalArgs, 'input'>>;
  updateChallenge?: Resolver<ResolversTypes['Challenge'], ParentType, ContextType, RequireFields<MutationUpdateChallengeArgs, 'id' | 'input'>>;
  updateChecklistItem?: Resolver<ResolversTypes['ChecklistItem'], ParentType, ContextType, RequireFields<MutationUpdateChecklistItemArgs, 'input'>>;
  updateCohort?: Resolver<ResolversTypes['Cohort'], ParentType, ContextType, RequireFields<MutationUpdateCohortArgs, 'id' | 'input'>>;
  updateDueDiligenceItem?: Resolver<ResolversTypes['DueDiligenceItem'], ParentType, ContextType, RequireFields<MutationUpdateDueDiligenceItemArgs, 'id' | 'status'>>;
  updateKpiTarget?: Resolver<ResolversTypes['KpiTarget'], ParentType, ContextType, RequireFields<MutationUpdateKpiTargetArgs, 'metric' | 'yearly'>>;
  updateMentorProfile?: Resolver<ResolversTypes['Mentor'], ParentType, ContextType, RequireFields<MutationUpdateMentorProfileArgs, 'id' | 'input'>>;
  updateMilestone?: Resolver<ResolversTypes['Milestone'], ParentType, ContextType, RequireFields<MutationUpdateMilestoneArgs, 'id' | 'input'>>;
  updatePilotAgreement?: Resolver<ResolversTypes['PilotAgreement'], ParentType, ContextType, RequireFields<MutationUpdatePilotAgreementArgs, 'id' | 'input'>>;
  updatePriorityTask?: Resolver<ResolversTypes['PriorityTask'], ParentType, ContextType, RequireFields<MutationUpdatePriorityTaskArgs, 'id' | 'input'>>;
  updateStartup?: Resolver<ResolversTypes['Startup'], ParentType, ContextType, RequireFields<MutationUpdateStartupArgs, 'id' | 'input'>>;
  updateStrategicPartner?: Resolver<ResolversTypes['StrategicPartner'], ParentType, ContextType, RequireFields<MutationUpdateStrategicPartnerArgs, 'id' | 'input'>>;
  verifyMilestone?: Resolver<ResolversTypes['Milestone'], ParentType, ContextType, RequireFields<MutationVerifyMilestoneArgs, 'id'>>;
  withdrawOfficeHour?: Resolver<ResolversTypes['OfficeHourSlot'], ParentType, ContextType, RequireFields<MutationWithdrawOfficeHourArgs, 'slotId'>>;
  writeSessionNotes?: Resolver<ResolversTypes['OfficeHourBooking'], ParentType, ContextType, RequireFields<MutationWriteSessionNotesArgs, 'input'>>;
};

export type NotificationResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Notification'] = ResolversParentTypes['Notification']> = {
  at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  body?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  link?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  read?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type NotificationConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['NotificationConnection'] = ResolversParentTypes['NotificationConnection']> = {
  edges?: Resolver<Array<ResolversTypes['NotificationEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  unreadCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type NotificationCountResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['NotificationCount'] = ResolversParentTypes['NotificationCount']> = {
  unreadCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type NotificationEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['NotificationEdge'] = ResolversParentTypes['NotificationEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Notification'], ParentType, ContextType>;
};

export type NotificationPreferencesResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['NotificationPreferences'] = ResolversParentTypes['NotificationPreferences']> = {
  dailyDigest?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  emailOff?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  kinds?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  locale?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type OfficeHourBookingResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['OfficeHourBooking'] = ResolversParentTypes['OfficeHourBooking']> = {
  bookedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  cancelledAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  ics?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  notes?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  notesShared?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  rating?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  ratingComment?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  slot?: Resolver<ResolversTypes['OfficeHourSlot'], ParentType, ContextType>;
  startupId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  startupName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  topic?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type OfficeHourSlotResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['OfficeHourSlot'] = ResolversParentTypes['OfficeHourSlot']> = {
  booked?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  endsAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  location?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  mentor?: Resolver<ResolversTypes['Mentor'], ParentType, ContextType>;
  startsAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  startsAtHanoi?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type OverdueMilestoneResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['OverdueMilestone'] = ResolversParentTypes['OverdueMilestone']> = {
  daysOverdue?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  dueDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  milestoneId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  startup?: Resolver<ResolversTypes['Startup'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['MilestoneStatus'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type OverdueReportResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['OverdueReport'] = ResolversParentTypes['OverdueReport']> = {
  daysOverdue?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  dueDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  period?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  startup?: Resolver<ResolversTypes['Startup'], ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type ParticipationResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Participation'] = ResolversParentTypes['Participation']> = {
  amount?: Resolver<ResolversTypes['VND'], ParentType, ContextType>;
  fundId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  holderName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['HolderKind'], ParentType, ContextType>;
  roundStakeBp?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PartnerAgreementResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PartnerAgreement'] = ResolversParentTypes['PartnerAgreement']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  scope?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  signedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  validTo?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
};

export type PartnerChallengeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PartnerChallenge'] = ResolversParentTypes['PartnerChallenge']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ChallengeStatus'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type PartnerStartupResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PartnerStartup'] = ResolversParentTypes['PartnerStartup']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type PilotResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Pilot'] = ResolversParentTypes['Pilot']> = {
  endDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  partner?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  scope?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  startDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
};

export type PilotAgreementResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PilotAgreement'] = ResolversParentTypes['PilotAgreement']> = {
  conditions?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  endDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  evidenceUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  milestoneId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  outcome?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  partnerId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  partnerName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  proposalId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  publicBody?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  responsibleOfficer?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  scope?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  startDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  startupId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  startupName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['PilotStatus'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type PppAttachmentResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PppAttachment'] = ResolversParentTypes['PppAttachment']> = {
  fileName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  mediaType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sha256?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  size?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PppProposalResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PppProposal'] = ResolversParentTypes['PppProposal']> = {
  attachments?: Resolver<Array<ResolversTypes['PppAttachment']>, ParentType, ContextType>;
  budgetPrivate?: Resolver<ResolversTypes['VND'], ParentType, ContextType>;
  budgetPublic?: Resolver<ResolversTypes['VND'], ParentType, ContextType>;
  budgetTotal?: Resolver<ResolversTypes['VND'], ParentType, ContextType>;
  challengeId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  contactEmail?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  contactName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  contactPhone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  contractStartupId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  history?: Resolver<Array<ResolversTypes['PppProposalMove']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  nextStatuses?: Resolver<Array<ResolversTypes['PppStatus']>, ParentType, ContextType>;
  organization?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  organizationKind?: Resolver<ResolversTypes['PppOrganizationKind'], ParentType, ContextType>;
  outcome?: Resolver<Maybe<ResolversTypes['PppOutcome']>, ParentType, ContextType>;
  pilotId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  priorityTask?: Resolver<Maybe<ResolversTypes['PriorityTask']>, ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['PppStatus'], ParentType, ContextType>;
  submittedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type PppProposalMoveResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PppProposalMove'] = ResolversParentTypes['PppProposalMove']> = {
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  from?: Resolver<Maybe<ResolversTypes['PppStatus']>, ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  to?: Resolver<ResolversTypes['PppStatus'], ParentType, ContextType>;
};

export type PppProposalReceiptResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PppProposalReceipt'] = ResolversParentTypes['PppProposalReceipt']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['PppStatus'], ParentType, ContextType>;
  submittedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type PppProposalStatusResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PppProposalStatus'] = ResolversParentTypes['PppProposalStatus']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  organization?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['PppStatus'], ParentType, ContextType>;
  submittedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type PriorityTaskResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PriorityTask'] = ResolversParentTypes['PriorityTask']> = {
  budgetMax?: Resolver<ResolversTypes['VND'], ParentType, ContextType>;
  budgetMin?: Resolver<ResolversTypes['VND'], ParentType, ContextType>;
  deadline?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  expectedResultEn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  expectedResultVi?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  legalDocuments?: Resolver<Array<ResolversTypes['LegalDocument']>, ParentType, ContextType>;
  publishedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  riskTolerant?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['PriorityTaskStatus'], ParentType, ContextType>;
  titleEn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  titleVi?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ProgramResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Program'] = ResolversParentTypes['Program']> = {
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  gates?: Resolver<Array<ResolversTypes['StageGate']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type PublicKpiSummaryResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PublicKpiSummary'] = ResolversParentTypes['PublicKpiSummary']> = {
  asOf?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  capitalMobilized?: Resolver<ResolversTypes['KpiAmount'], ParentType, ContextType>;
  from?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  startupsIncubated?: Resolver<ResolversTypes['KpiCount'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  allPriorityTasks?: Resolver<Array<ResolversTypes['PriorityTask']>, ParentType, ContextType, Partial<QueryAllPriorityTasksArgs>>;
  appeals?: Resolver<Array<ResolversTypes['ApplicationAppeal']>, ParentType, ContextType, RequireFields<QueryAppealsArgs, 'challengeId'>>;
  application?: Resolver<Maybe<ResolversTypes['Application']>, ParentType, ContextType, RequireFields<QueryApplicationArgs, 'id'>>;
  applicationFeedback?: Resolver<Array<ResolversTypes['CriterionFeedback']>, ParentType, ContextType, RequireFields<QueryApplicationFeedbackArgs, 'applicationId'>>;
  applicationRanking?: Resolver<Array<ResolversTypes['RankedApplication']>, ParentType, ContextType, RequireFields<QueryApplicationRankingArgs, 'challengeId'>>;
  applications?: Resolver<Array<ResolversTypes['Application']>, ParentType, ContextType, RequireFields<QueryApplicationsArgs, 'challengeId'>>;
  auditChainStatus?: Resolver<ResolversTypes['AuditChainStatus'], ParentType, ContextType>;
  auditFacets?: Resolver<ResolversTypes['AuditFacets'], ParentType, ContextType>;
  auditLog?: Resolver<ResolversTypes['AuditEntryConnection'], ParentType, ContextType, RequireFields<QueryAuditLogArgs, 'first'>>;
  calendarFeedUrl?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  capTable?: Resolver<ResolversTypes['CapTable'], ParentType, ContextType, RequireFields<QueryCapTableArgs, 'startupId'>>;
  capitalCallNoticePdf?: Resolver<ResolversTypes['String'], ParentType, ContextType, RequireFields<QueryCapitalCallNoticePdfArgs, 'callId' | 'commitmentId' | 'fundId'>>;
  challenge?: Resolver<Maybe<ResolversTypes['Challenge']>, ParentType, ContextType, RequireFields<QueryChallengeArgs, 'id'>>;
  challenges?: Resolver<Array<ResolversTypes['Challenge']>, ParentType, ContextType, Partial<QueryChallengesArgs>>;
  channelsSummary?: Resolver<ResolversTypes['ChannelsSummary'], ParentType, ContextType>;
  cohort?: Resolver<Maybe<ResolversTypes['Cohort']>, ParentType, ContextType, RequireFields<QueryCohortArgs, 'id'>>;
  cohorts?: Resolver<Array<ResolversTypes['Cohort']>, ParentType, ContextType>;
  deal?: Resolver<Maybe<ResolversTypes['Deal']>, ParentType, ContextType, RequireFields<QueryDealArgs, 'id'>>;
  deals?: Resolver<Array<ResolversTypes['DealCard']>, ParentType, ContextType, Partial<QueryDealsArgs>>;
  dueDiligenceAreas?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType, RequireFields<QueryDueDiligenceAreasArgs, 'fundId'>>;
  fund?: Resolver<Maybe<ResolversTypes['Fund']>, ParentType, ContextType, RequireFields<QueryFundArgs, 'id'>>;
  fundAnnualReport?: Resolver<ResolversTypes['FundAnnualReport'], ParentType, ContextType, RequireFields<QueryFundAnnualReportArgs, 'fundId' | 'year'>>;
  fundAnnualReportPdf?: Resolver<ResolversTypes['String'], ParentType, ContextType, RequireFields<QueryFundAnnualReportPdfArgs, 'fundId' | 'year'>>;
  fundCsv?: Resolver<ResolversTypes['String'], ParentType, ContextType, RequireFields<QueryFundCsvArgs, 'fundId' | 'table'>>;
  fundMemberStatement?: Resolver<ResolversTypes['MemberStatement'], ParentType, ContextType, RequireFields<QueryFundMemberStatementArgs, 'from' | 'fundId' | 'memberId' | 'to'>>;
  fundMemberStatementCsv?: Resolver<ResolversTypes['String'], ParentType, ContextType, RequireFields<QueryFundMemberStatementCsvArgs, 'from' | 'fundId' | 'memberId' | 'to'>>;
  fundMemberStatementPdf?: Resolver<ResolversTypes['String'], ParentType, ContextType, RequireFields<QueryFundMemberStatementPdfArgs, 'from' | 'fundId' | 'memberId' | 'to'>>;
  fundMembers?: Resolver<Array<ResolversTypes['FundMember']>, ParentType, ContextType, RequireFields<QueryFundMembersArgs, 'fundId'>>;
  fundRuleCheck?: Resolver<Array<ResolversTypes['FundRuleCheck']>, ParentType, ContextType, RequireFields<QueryFundRuleCheckArgs, 'input'>>;
  fundRuleSets?: Resolver<Array<ResolversTypes['FundRuleSet']>, ParentType, ContextType>;
  fundingRounds?: Resolver<Array<ResolversTypes['FundingRound']>, ParentType, ContextType, Partial<QueryFundingRoundsArgs>>;
  funds?: Resolver<Array<ResolversTypes['Fund']>, ParentType, ContextType>;
  invitation?: Resolver<Maybe<ResolversTypes['InvitationPreview']>, ParentType, ContextType, RequireFields<QueryInvitationArgs, 'token'>>;
  invitations?: Resolver<Array<ResolversTypes['Invitation']>, ParentType, ContextType, RequireFields<QueryInvitationsArgs, 'startupId'>>;
  jobQueue?: Resolver<Array<ResolversTypes['QueuedJob']>, ParentType, ContextType>;
  kpiCsv?: Resolver<ResolversTypes['String'], ParentType, ContextType, Partial<QueryKpiCsvArgs>>;
  kpiDashboard?: Resolver<ResolversTypes['KpiDashboard'], ParentType, ContextType, Partial<QueryKpiDashboardArgs>>;
  kpiTargets?: Resolver<Array<ResolversTypes['KpiTarget']>, ParentType, ContextType>;
  legalDocuments?: Resolver<Array<ResolversTypes['LegalDocument']>, ParentType, ContextType>;
  mailbox?: Resolver<Array<ResolversTypes['MailMessage']>, ParentType, ContextType, RequireFields<QueryMailboxArgs, 'first'>>;
  me?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  mentor?: Resolver<Maybe<ResolversTypes['Mentor']>, ParentType, ContextType, RequireFields<QueryMentorArgs, 'id'>>;
  mentorAssignments?: Resolver<Array<ResolversTypes['MentorAssignment']>, ParentType, ContextType, Partial<QueryMentorAssignmentsArgs>>;
  mentorMatches?: Resolver<Array<ResolversTypes['MentorMatch']>, ParentType, ContextType, RequireFields<QueryMentorMatchesArgs, 'startupId'>>;
  mentoredStartup?: Resolver<Maybe<ResolversTypes['MentoredStartup']>, ParentType, ContextType, RequireFields<QueryMentoredStartupArgs, 'id'>>;
  mentoredStartups?: Resolver<Array<ResolversTypes['MentoredStartup']>, ParentType, ContextType>;
  mentoringBoard?: Resolver<ResolversTypes['MentoringBoard'], ParentType, ContextType>;
  mentors?: Resolver<Array<ResolversTypes['Mentor']>, ParentType, ContextType, Partial<QueryMentorsArgs>>;
  myMentorProfile?: Resolver<Maybe<ResolversTypes['Mentor']>, ParentType, ContextType>;
  myMentors?: Resolver<Array<ResolversTypes['Mentor']>, ParentType, ContextType>;
  myReview?: Resolver<Maybe<ResolversTypes['BlindReview']>, ParentType, ContextType, RequireFields<QueryMyReviewArgs, 'assignmentId'>>;
  myReviews?: Resolver<Array<ResolversTypes['BlindReview']>, ParentType, ContextType, Partial<QueryMyReviewsArgs>>;
  myStartups?: Resolver<Array<ResolversTypes['Startup']>, ParentType, ContextType>;
  notificationPreferences?: Resolver<ResolversTypes['NotificationPreferences'], ParentType, ContextType>;
  notifications?: Resolver<ResolversTypes['NotificationConnection'], ParentType, ContextType, RequireFields<QueryNotificationsArgs, 'first'>>;
  officeHourBookings?: Resolver<Array<ResolversTypes['OfficeHourBooking']>, ParentType, ContextType, Partial<QueryOfficeHourBookingsArgs>>;
  officeHours?: Resolver<Array<ResolversTypes['OfficeHourSlot']>, ParentType, ContextType, Partial<QueryOfficeHoursArgs>>;
  overdueMilestones?: Resolver<Array<ResolversTypes['OverdueMilestone']>, ParentType, ContextType>;
  overdueReports?: Resolver<Array<ResolversTypes['OverdueReport']>, ParentType, ContextType>;
  pilotAgreements?: Resolver<Array<ResolversTypes['PilotAgreement']>, ParentType, ContextType, Partial<QueryPilotAgreementsArgs>>;
  pppProposal?: Resolver<Maybe<ResolversTypes['PppProposal']>, ParentType, ContextType, RequireFields<QueryPppProposalArgs, 'id'>>;
  pppProposalStatus?: Resolver<Maybe<ResolversTypes['PppProposalStatus']>, ParentType, ContextType, RequireFields<QueryPppProposalStatusArgs, 'code'>>;
  pppProposals?: Resolver<Array<ResolversTypes['PppProposal']>, ParentType, ContextType, Partial<QueryPppProposalsArgs>>;
  priorityTasks?: Resolver<Array<ResolversTypes['PriorityTask']>, ParentType, ContextType>;
  program?: Resolver<Maybe<ResolversTypes['Program']>, ParentType, ContextType, RequireFields<QueryProgramArgs, 'id'>>;
  programs?: Resolver<Array<ResolversTypes['Program']>, ParentType, ContextType>;
  publicKpiSummary?: Resolver<ResolversTypes['PublicKpiSummary'], ParentType, ContextType>;
  publishedChallenges?: Resolver<Array<ResolversTypes['Challenge']>, ParentType, ContextType>;
  rdDossier?: Resolver<ResolversTypes['RdDossier'], ParentType, ContextType, RequireFields<QueryRdDossierArgs, 'startupId'>>;
  rdDossierCsv?: Resolver<ResolversTypes['String'], ParentType, ContextType, RequireFields<QueryRdDossierCsvArgs, 'startupId' | 'year'>>;
  rdDossierPdf?: Resolver<ResolversTypes['String'], ParentType, ContextType, RequireFields<QueryRdDossierPdfArgs, 'startupId' | 'year'>>;
  reportDueDay?: Resolver<ResolversTypes['Int'], ParentType, ContextType, RequireFields<QueryReportDueDayArgs, 'programId'>>;
  reviewAssignments?: Resolver<Array<ResolversTypes['ReviewAssignment']>, ParentType, ContextType, RequireFields<QueryReviewAssignmentsArgs, 'challengeId'>>;
  reviewRanking?: Resolver<ResolversTypes['ReviewRanking'], ParentType, ContextType, RequireFields<QueryReviewRankingArgs, 'challengeId' | 'phase'>>;
  reviewScoresCsv?: Resolver<ResolversTypes['String'], ParentType, ContextType, RequireFields<QueryReviewScoresCsvArgs, 'challengeId'>>;
  reviewerCandidates?: Resolver<Array<ResolversTypes['ReviewerCandidate']>, ParentType, ContextType>;
  sectors?: Resolver<Array<ResolversTypes['Sector']>, ParentType, ContextType>;
  startup?: Resolver<Maybe<ResolversTypes['Startup']>, ParentType, ContextType, RequireFields<QueryStartupArgs, 'id'>>;
  startupDocuments?: Resolver<Array<ResolversTypes['DealDocument']>, ParentType, ContextType, RequireFields<QueryStartupDocumentsArgs, 'startupId'>>;
  startupNeeds?: Resolver<Maybe<ResolversTypes['StartupNeeds']>, ParentType, ContextType, RequireFields<QueryStartupNeedsArgs, 'startupId'>>;
  startupSectors?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  startupStageCounts?: Resolver<Array<ResolversTypes['StageCount']>, ParentType, ContextType, Partial<QueryStartupStageCountsArgs>>;
  startupStateSupport?: Resolver<ResolversTypes['StartupStateSupport'], ParentType, ContextType, RequireFields<QueryStartupStateSupportArgs, 'startupId'>>;
  startups?: Resolver<ResolversTypes['StartupConnection'], ParentType, ContextType, RequireFields<QueryStartupsArgs, 'first' | 'sort'>>;
  stateSupportOverview?: Resolver<ResolversTypes['StateSupportOverview'], ParentType, ContextType>;
  strategicPartners?: Resolver<Array<ResolversTypes['StrategicPartner']>, ParentType, ContextType, Partial<QueryStrategicPartnersArgs>>;
  users?: Resolver<Array<ResolversTypes['User']>, ParentType, ContextType, Partial<QueryUsersArgs>>;
};

export type QueuedJobResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['QueuedJob'] = ResolversParentTypes['QueuedJob']> = {
  attempts?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  lastError?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  queue?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  state?: Resolver<ResolversTypes['JobState'], ParentType, ContextType>;
  to?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type RankedApplicationResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RankedApplication'] = ResolversParentTypes['RankedApplication']> = {
  application?: Resolver<ResolversTypes['Application'], ParentType, ContextType>;
  rank?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['WeightedScore'], ParentType, ContextType>;
};

export type RdDossierResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RdDossier'] = ResolversParentTypes['RdDossier']> = {
  actualCost?: Resolver<ResolversTypes['VND'], ParentType, ContextType>;
  capAtRate?: Resolver<ResolversTypes['VND'], ParentType, ContextType>;
  deductible?: Resolver<ResolversTypes['VND'], ParentType, ContextType>;
  limitedByProfit?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  lines?: Resolver<Array<ResolversTypes['RdExpense']>, ParentType, ContextType>;
  preTaxProfit?: Resolver<Maybe<ResolversTypes['VND']>, ParentType, ContextType>;
  startupId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  startupName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  uplift?: Resolver<ResolversTypes['VND'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type RdExpenseResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RdExpense'] = ResolversParentTypes['RdExpense']> = {
  amount?: Resolver<ResolversTypes['VND'], ParentType, ContextType>;
  category?: Resolver<ResolversTypes['RdExpenseCategory'], ParentType, ContextType>;
  date?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  documentRef?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  invoiceNumber?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type RecordedStateSupportResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RecordedStateSupport'] = ResolversParentTypes['RecordedStateSupport']> = {
  entry?: Resolver<ResolversTypes['StateSupportEntry'], ParentType, ContextType>;
  warning?: Resolver<Maybe<ResolversTypes['DoubleSupportWarning']>, ParentType, ContextType>;
};

export type ReportExitResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ReportExit'] = ResolversParentTypes['ReportExit']> = {
  date?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  proceeds?: Resolver<ResolversTypes['VND'], ParentType, ContextType>;
  startupName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ReportInvestmentResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ReportInvestment'] = ResolversParentTypes['ReportInvestment']> = {
  amount?: Resolver<ResolversTypes['VND'], ParentType, ContextType>;
  date?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  startupName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ReportRefusalResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ReportRefusal'] = ResolversParentTypes['ReportRefusal']> = {
  action?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  citation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  onDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  version?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type ReportRuleChangeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ReportRuleChange'] = ResolversParentTypes['ReportRuleChange']> = {
  citation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  effectiveFrom?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  limit?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  minimum?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  ruleId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ReportStageCountResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ReportStageCount'] = ResolversParentTypes['ReportStageCount']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  stage?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ReviewAssignmentResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ReviewAssignment'] = ResolversParentTypes['ReviewAssignment']> = {
  applicationId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  declaration?: Resolver<Maybe<ResolversTypes['ConflictDeclaration']>, ParentType, ContextType>;
  declarationNote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  declaredAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  phase?: Resolver<ResolversTypes['ReviewPhase'], ParentType, ContextType>;
  reviewerId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  reviewerName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  teamName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ReviewRankingResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ReviewRanking'] = ResolversParentTypes['ReviewRanking']> = {
  phase?: Resolver<ResolversTypes['ReviewPhase'], ParentType, ContextType>;
  reviewers?: Resolver<Array<ResolversTypes['ReviewerCalibration']>, ParentType, ContextType>;
  rows?: Resolver<Array<ResolversTypes['ReviewRankingRow']>, ParentType, ContextType>;
};

export type ReviewRankingRowResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ReviewRankingRow'] = ResolversParentTypes['ReviewRankingRow']> = {
  applicationId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  normalizedRank?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  normalizedScore?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  rawRank?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  rawScore?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  reviewerCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  shortlisted?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  teamName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  winner?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type ReviewerCalibrationResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ReviewerCalibration'] = ResolversParentTypes['ReviewerCalibration']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  flagged?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  mean?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  reviewerId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  reviewerName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  spread?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type ReviewerCandidateResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ReviewerCandidate'] = ResolversParentTypes['ReviewerCandidate']> = {
  displayName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['Role'], ParentType, ContextType>;
};

export type ReviewerCriterionScoreResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ReviewerCriterionScore'] = ResolversParentTypes['ReviewerCriterionScore']> = {
  criterionId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type RubricCriterionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RubricCriterion'] = ResolversParentTypes['RubricCriterion']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  levels?: Resolver<Array<ResolversTypes['LevelDescriptor']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  weight?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ScorePartResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ScorePart'] = ResolversParentTypes['ScorePart']> = {
  averageScore?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  contribution?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  criterion?: Resolver<ResolversTypes['RubricCriterion'], ParentType, ContextType>;
  reviewerCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  weight?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SectorResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Sector'] = ResolversParentTypes['Sector']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameEn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameVi?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type SelectionResultResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SelectionResult'] = ResolversParentTypes['SelectionResult']> = {
  application?: Resolver<ResolversTypes['Application'], ParentType, ContextType>;
  invitation?: Resolver<ResolversTypes['Invitation'], ParentType, ContextType>;
  startup?: Resolver<ResolversTypes['Startup'], ParentType, ContextType>;
};

export type SharedMetricReportResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SharedMetricReport'] = ResolversParentTypes['SharedMetricReport']> = {
  customers?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  employees?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  period?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  revenue?: Resolver<ResolversTypes['VND'], ParentType, ContextType>;
};

export type StageCountResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['StageCount'] = ResolversParentTypes['StageCount']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  stage?: Resolver<ResolversTypes['Stage'], ParentType, ContextType>;
};

export type StageGateResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['StageGate'] = ResolversParentTypes['StageGate']> = {
  requirements?: Resolver<Array<ResolversTypes['GateRequirement']>, ParentType, ContextType>;
  stage?: Resolver<ResolversTypes['Stage'], ParentType, ContextType>;
};

export type StageMoveResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['StageMove'] = ResolversParentTypes['StageMove']> = {
  at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  by?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  from?: Resolver<Maybe<ResolversTypes['Stage']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Stage'], ParentType, ContextType>;
};

export type StartupResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Startup'] = ResolversParentTypes['Startup']> = {
  application?: Resolver<Maybe<ResolversTypes['Application']>, ParentType, ContextType>;
  challenge?: Resolver<Maybe<ResolversTypes['Challenge']>, ParentType, ContextType>;
  checklist?: Resolver<Array<ResolversTypes['ChecklistItem']>, ParentType, ContextType>;
  cohort?: Resolver<Maybe<ResolversTypes['Cohort']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  enterpriseCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  founders?: Resolver<Array<ResolversTypes['User']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  latestStageMove?: Resolver<Maybe<ResolversTypes['StageMove']>, ParentType, ContextType>;
  metricReports?: Resolver<Array<ResolversTypes['MetricReport']>, ParentType, ContextType>;
  milestones?: Resolver<Array<ResolversTypes['Milestone']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nextGate?: Resolver<Array<ResolversTypes['GateCheck']>, ParentType, ContextType>;
  nextStage?: Resolver<Maybe<ResolversTypes['Stage']>, ParentType, ContextType>;
  program?: Resolver<ResolversTypes['Program'], ParentType, ContextType>;
  sector?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  stage?: Resolver<ResolversTypes['Stage'], ParentType, ContextType>;
  stageHistory?: Resolver<Array<ResolversTypes['StageMove']>, ParentType, ContextType>;
};

export type StartupConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['StartupConnection'] = ResolversParentTypes['StartupConnection']> = {
  edges?: Resolver<Array<ResolversTypes['StartupEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type StartupEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['StartupEdge'] = ResolversParentTypes['StartupEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Startup'], ParentType, ContextType>;
};

export type StartupNeedsResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['StartupNeeds'] = ResolversParentTypes['StartupNeeds']> = {
  needs?: Resolver<Array<ResolversTypes['MentorNeed']>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  shareMetricsWithMentors?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startupId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type StartupStateSupportResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['StartupStateSupport'] = ResolversParentTypes['StartupStateSupport']> = {
  byKind?: Resolver<Array<ResolversTypes['SupportTotal']>, ParentType, ContextType>;
  bySource?: Resolver<Array<ResolversTypes['SupportTotal']>, ParentType, ContextType>;
  entries?: Resolver<Array<ResolversTypes['StateSupportEntry']>, ParentType, ContextType>;
  startupId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['VND'], ParentType, ContextType>;
  warnings?: Resolver<Array<ResolversTypes['DoubleSupportWarning']>, ParentType, ContextType>;
};

export type StateSupportEntryResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['StateSupportEntry'] = ResolversParentTypes['StateSupportEntry']> = {
  amount?: Resolver<ResolversTypes['VND'], ParentType, ContextType>;
  costRef?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  date?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  hours?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['SupportKind'], ParentType, ContextType>;
  legalBasis?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  startupId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type StateSupportOverviewResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['StateSupportOverview'] = ResolversParentTypes['StateSupportOverview']> = {
  byBeneficiary?: Resolver<Array<ResolversTypes['SupportTotal']>, ParentType, ContextType>;
  bySource?: Resolver<Array<ResolversTypes['SupportTotal']>, ParentType, ContextType>;
  total?: Resolver<ResolversTypes['VND'], ParentType, ContextType>;
  warnings?: Resolver<Array<ResolversTypes['DoubleSupportWarning']>, ParentType, ContextType>;
};

export type StatementPaymentResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['StatementPayment'] = ResolversParentTypes['StatementPayment']> = {
  amount?: Resolver<ResolversTypes['VND'], ParentType, ContextType>;
  date?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
};

export type StrategicPartnerResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['StrategicPartner'] = ResolversParentTypes['StrategicPartner']> = {
  agreements?: Resolver<Array<ResolversTypes['PartnerAgreement']>, ParentType, ContextType>;
  country?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  fundMemberId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  fundMemberName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['PartnerKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  pilotStartups?: Resolver<Array<ResolversTypes['PartnerStartup']>, ParentType, ContextType>;
  sponsoredChallenges?: Resolver<Array<ResolversTypes['PartnerChallenge']>, ParentType, ContextType>;
  website?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type SubscriptionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Subscription'] = ResolversParentTypes['Subscription']> = {
  kpiChanged?: SubscriptionResolver<ResolversTypes['KpiChange'], "kpiChanged", ParentType, ContextType>;
  notificationsChanged?: SubscriptionResolver<ResolversTypes['NotificationCount'], "notificationsChanged", ParentType, ContextType>;
};

export type SupportTotalResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SupportTotal'] = ResolversParentTypes['SupportTotal']> = {
  amount?: Resolver<ResolversTypes['VND'], ParentType, ContextType>;
  entries?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  hours?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  startupId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
};

export type TeamMemberResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['TeamMember'] = ResolversParentTypes['TeamMember']> = {
  background?: Resolver<ResolversTypes['MemberBackground'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type UserResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['User'] = ResolversParentTypes['User']> = {
  active?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  displayName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  email?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['Role'], ParentType, ContextType>;
};

export interface VndScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['VND'], any> {
  name: 'VND';
}

export type ValuationMarkResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ValuationMark'] = ResolversParentTypes['ValuationMark']> = {
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  date?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  fundId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  startupId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['VND'], ParentType, ContextType>;
};

export type WeightedScoreResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['WeightedScore'] = ResolversParentTypes['WeightedScore']> = {
  complete?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  parts?: Resolver<Array<ResolversTypes['ScorePart']>, ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type Resolvers<ContextType = GraphQLContext> = {
  Application?: ApplicationResolvers<ContextType>;
  ApplicationAppeal?: ApplicationAppealResolvers<ContextType>;
  ApplicationReceipt?: ApplicationReceiptResolvers<ContextType>;
  ApplicationScore?: ApplicationScoreResolvers<ContextType>;
  AuditActor?: AuditActorResolvers<ContextType>;
  AuditChainStatus?: AuditChainStatusResolvers<ContextType>;
  AuditEntry?: AuditEntryResolvers<ContextType>;
  AuditEntryConnection?: AuditEntryConnectionResolvers<ContextType>;
  AuditEntryEdge?: AuditEntryEdgeResolvers<ContextType>;
  AuditFacets?: AuditFacetsResolvers<ContextType>;
  AuditSubject?: AuditSubjectResolvers<ContextType>;
  AuthPayload?: AuthPayloadResolvers<ContextType>;
  BlindReview?: BlindReviewResolvers<ContextType>;
  CapTable?: CapTableResolvers<ContextType>;
  CapTableEntry?: CapTableEntryResolvers<ContextType>;
  CapitalCall?: CapitalCallResolvers<ContextType>;
  CapitalCallLine?: CapitalCallLineResolvers<ContextType>;
  CapitalPayment?: CapitalPaymentResolvers<ContextType>;
  Challenge?: ChallengeResolvers<ContextType>;
  ChannelsSummary?: ChannelsSummaryResolvers<ContextType>;
  ChecklistItem?: ChecklistItemResolvers<ContextType>;
  Cohort?: CohortResolvers<ContextType>;
  Commitment?: CommitmentResolvers<ContextType>;
  CommitmentChange?: CommitmentChangeResolvers<ContextType>;
  CommitteeDeclaration?: CommitteeDeclarationResolvers<ContextType>;
  CommitteeMeeting?: CommitteeMeetingResolvers<ContextType>;
  CommitteeMember?: CommitteeMemberResolvers<ContextType>;
  CommitteeVote?: CommitteeVoteResolvers<ContextType>;
  CriterionFeedback?: CriterionFeedbackResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  Deal?: DealResolvers<ContextType>;
  DealCard?: DealCardResolvers<ContextType>;
  DealDocument?: DealDocumentResolvers<ContextType>;
  DealMove?: DealMoveResolvers<ContextType>;
  DecisionCheck?: DecisionCheckResolvers<ContextType>;
  DecisionRound?: DecisionRoundResolvers<ContextType>;
  DoubleSupportWarning?: DoubleSupportWarningResolvers<ContextType>;
  DueDiligenceItem?: DueDiligenceItemResolvers<ContextType>;
  Exit?: ExitResolvers<ContextType>;
  Fund?: FundResolvers<ContextType>;
  FundAnnualReport?: FundAnnualReportResolvers<ContextType>;
  FundMember?: FundMemberResolvers<ContextType>;
  FundPerformance?: FundPerformanceResolvers<ContextType>;
  FundRule?: FundRuleResolvers<ContextType>;
  FundRuleCheck?: FundRuleCheckResolvers<ContextType>;
  FundRuleRefusal?: FundRuleRefusalResolvers<ContextType>;
  FundRuleSet?: FundRuleSetResolvers<ContextType>;
  FundRuleSetRule?: FundRuleSetRuleResolvers<ContextType>;
  FundVehicle?: FundVehicleResolvers<ContextType>;
  FundingRound?: FundingRoundResolvers<ContextType>;
  GateCheck?: GateCheckResolvers<ContextType>;
  GateRequirement?: GateRequirementResolvers<ContextType>;
  Holding?: HoldingResolvers<ContextType>;
  InvestmentDecision?: InvestmentDecisionResolvers<ContextType>;
  Invitation?: InvitationResolvers<ContextType>;
  InvitationPreview?: InvitationPreviewResolvers<ContextType>;
  KpiAmount?: KpiAmountResolvers<ContextType>;
  KpiAmountProjection?: KpiAmountProjectionResolvers<ContextType>;
  KpiCapitalSource?: KpiCapitalSourceResolvers<ContextType>;
  KpiChange?: KpiChangeResolvers<ContextType>;
  KpiCohort?: KpiCohortResolvers<ContextType>;
  KpiCount?: KpiCountResolvers<ContextType>;
  KpiCountProjection?: KpiCountProjectionResolvers<ContextType>;
  KpiDashboard?: KpiDashboardResolvers<ContextType>;
  KpiFundCompliance?: KpiFundComplianceResolvers<ContextType>;
  KpiFundStake?: KpiFundStakeResolvers<ContextType>;
  KpiMilestones?: KpiMilestonesResolvers<ContextType>;
  KpiProjections?: KpiProjectionsResolvers<ContextType>;
  KpiSector?: KpiSectorResolvers<ContextType>;
  KpiStageCount?: KpiStageCountResolvers<ContextType>;
  KpiTarget?: KpiTargetResolvers<ContextType>;
  KpiTargetYear?: KpiTargetYearResolvers<ContextType>;
  KpiYear?: KpiYearResolvers<ContextType>;
  LegalDocument?: LegalDocumentResolvers<ContextType>;
  LevelDescriptor?: LevelDescriptorResolvers<ContextType>;
  LossHolding?: LossHoldingResolvers<ContextType>;
  LossThreshold?: LossThresholdResolvers<ContextType>;
  MailMessage?: MailMessageResolvers<ContextType>;
  MemberStatement?: MemberStatementResolvers<ContextType>;
  Mentor?: MentorResolvers<ContextType>;
  MentorAssignment?: MentorAssignmentResolvers<ContextType>;
  MentorAssignmentEvent?: MentorAssignmentEventResolvers<ContextType>;
  MentorMatch?: MentorMatchResolvers<ContextType>;
  MentorMatchReason?: MentorMatchReasonResolvers<ContextType>;
  MentoredStartup?: MentoredStartupResolvers<ContextType>;
  MentoringBoard?: MentoringBoardResolvers<ContextType>;
  MentoringHours?: MentoringHoursResolvers<ContextType>;
  MentorsByBackground?: MentorsByBackgroundResolvers<ContextType>;
  MetricReport?: MetricReportResolvers<ContextType>;
  Milestone?: MilestoneResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Notification?: NotificationResolvers<ContextType>;
  NotificationConnection?: NotificationConnectionResolvers<ContextType>;
  NotificationCount?: NotificationCountResolvers<ContextType>;
  NotificationEdge?: NotificationEdgeResolvers<ContextType>;
  NotificationPreferences?: NotificationPreferencesResolvers<ContextType>;
  OfficeHourBooking?: OfficeHourBookingResolvers<ContextType>;
  OfficeHourSlot?: OfficeHourSlotResolvers<ContextType>;
  OverdueMilestone?: OverdueMilestoneResolvers<ContextType>;
  OverdueReport?: OverdueReportResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Participation?: ParticipationResolvers<ContextType>;
  PartnerAgreement?: PartnerAgreementResolvers<ContextType>;
  PartnerChallenge?: PartnerChallengeResolvers<ContextType>;
  PartnerStartup?: PartnerStartupResolvers<ContextType>;
  Pilot?: PilotResolvers<ContextType>;
  PilotAgreement?: PilotAgreementResolvers<ContextType>;
  PppAttachment?: PppAttachmentResolvers<ContextType>;
  PppProposal?: PppProposalResolvers<ContextType>;
  PppProposalMove?: PppProposalMoveResolvers<ContextType>;
  PppProposalReceipt?: PppProposalReceiptResolvers<ContextType>;
  PppProposalStatus?: PppProposalStatusResolvers<ContextType>;
  PriorityTask?: PriorityTaskResolvers<ContextType>;
  Program?: ProgramResolvers<ContextType>;
  PublicKpiSummary?: PublicKpiSummaryResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  QueuedJob?: QueuedJobResolvers<ContextType>;
  RankedApplication?: RankedApplicationResolvers<ContextType>;
  RdDossier?: RdDossierResolvers<ContextType>;
  RdExpense?: RdExpenseResolvers<ContextType>;
  RecordedStateSupport?: RecordedStateSupportResolvers<ContextType>;
  ReportExit?: ReportExitResolvers<ContextType>;
  ReportInvestment?: ReportInvestmentResolvers<ContextType>;
  ReportRefusal?: ReportRefusalResolvers<ContextType>;
  ReportRuleChange?: ReportRuleChangeResolvers<ContextType>;
  ReportStageCount?: ReportStageCountResolvers<ContextType>;
  ReviewAssignment?: ReviewAssignmentResolvers<ContextType>;
  ReviewRanking?: ReviewRankingResolvers<ContextType>;
  ReviewRankingRow?: ReviewRankingRowResolvers<ContextType>;
  ReviewerCalibration?: ReviewerCalibrationResolvers<ContextType>;
  ReviewerCandidate?: ReviewerCandidateResolvers<ContextType>;
  ReviewerCriterionScore?: ReviewerCriterionScoreResolvers<ContextType>;
  RubricCriterion?: RubricCriterionResolvers<ContextType>;
  ScorePart?: ScorePartResolvers<ContextType>;
  Sector?: SectorResolvers<ContextType>;
  SelectionResult?: SelectionResultResolvers<ContextType>;
  SharedMetricReport?: SharedMetricReportResolvers<ContextType>;
  StageCount?: StageCountResolvers<ContextType>;
  StageGate?: StageGateResolvers<ContextType>;
  StageMove?: StageMoveResolvers<ContextType>;
  Startup?: StartupResolvers<ContextType>;
  StartupConnection?: StartupConnectionResolvers<ContextType>;
  StartupEdge?: StartupEdgeResolvers<ContextType>;
  StartupNeeds?: StartupNeedsResolvers<ContextType>;
  StartupStateSupport?: StartupStateSupportResolvers<ContextType>;
  StateSupportEntry?: StateSupportEntryResolvers<ContextType>;
  StateSupportOverview?: StateSupportOverviewResolvers<ContextType>;
  StatementPayment?: StatementPaymentResolvers<ContextType>;
  StrategicPartner?: StrategicPartnerResolvers<ContextType>;
  Subscription?: SubscriptionResolvers<ContextType>;
  SupportTotal?: SupportTotalResolvers<ContextType>;
  TeamMember?: TeamMemberResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
  VND?: GraphQLScalarType;
  ValuationMark?: ValuationMarkResolvers<ContextType>;
  WeightedScore?: WeightedScoreResolvers<ContextType>;
};

