// Every entity of every module, listed once; the ORM config and the migrations both read this list.
import { AuditEntrySchema } from './audit/entities';
import {
  ApplicationSchema,
  ApplicationScoreSchema,
  ChallengeCriterionSchema,
  ChallengeSchema,
  reviewEntities,
} from './challenges/entities';
import { mentorEntities } from './mentors/entities';
import { ChecklistItemSchema } from './checklist/entities';
import { fundEntities } from './fund/entities';
import { fundRuleEntities } from './fund-rules/entities';
import { fundComplianceEntities } from './fund-compliance/entities';
import { CohortSchema } from './cohorts/entities';
import { InvitationSchema } from './invitations/entities';
import { KpiTargetSchema } from './kpi/entities';
import { MetricReportSchema } from './metrics/entities';
import { MilestoneSchema } from './milestones/entities';
import { notificationEntities } from './notifications/entities';
import { PasswordResetSchema } from './password-reset/entities';
import { deadlineEntities } from './deadlines/entities';
import { dealEntities } from './deals/entities';
import { ProgramSchema } from './programs/entities';
import { SectorSchema } from './sectors/entities';
import { StageMoveSchema, StartupMemberSchema, StartupSchema } from './startups/entities';
import { SessionSchema, UserSchema } from './users/entities';
import { pppEntities } from './ppp/entities';
import { partnerEntities } from './partners/entities';
import { PilotAgreementSchema } from './pilots/entities';
import { rdEntities } from './rd-expenses/entities';
import { StateSupportSchema } from './state-support/entities';

export const entities = [
  UserSchema,
  SessionSchema,
  AuditEntrySchema,
  // the four stages
  ProgramSchema,
  SectorSchema,
  ChallengeSchema,
  ChallengeCriterionSchema,
  ApplicationSchema,
  ApplicationScoreSchema,
  CohortSchema,
  StartupSchema,
  StartupMemberSchema,
  StageMoveSchema,
  InvitationSchema,
  MilestoneSchema,
  ChecklistItemSchema,
  MetricReportSchema,
  // KPI targets
  KpiTargetSchema,
  // Venture Investment Fund ledger
  ...fundEntities,
  // notifications, e-mail and the job outbox
  ...fundRuleEntities,
  ...fundComplianceEntities,
  // notifications, e-mail and the job outbox
  ...notificationEntities,
  PasswordResetSchema,
  ...deadlineEntities,
  // the city's channels: PPP, partners, pilots, R&D expenses, state support
  ...pppEntities,
  ...partnerEntities,
  PilotAgreementSchema,
  ...rdEntities,
  StateSupportSchema,
  // investment decisions: deal pipeline, due diligence, committee
  ...dealEntities,
  // mentors, office hours and trustworthy selection
  ...reviewEntities,
  ...mentorEntities,
];
