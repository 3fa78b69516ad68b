// Every entity of every module, listed once; the ORM config and the migrations both read this list.
import { AuditEntrySchema } from './audit/entities';
import {
  ApplicationSchema,
  ApplicationScoreSchema,
  ChallengeCriterionSchema,
  ChallengeSchema,
} from './challenges/entities';
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
import { ProgramSchema } from './programs/entities';
import { SectorSchema } from './sectors/entities';
import { StageMoveSchema, StartupMemberSchema, StartupSchema } from './startups/entities';
import { SessionSchema, UserSchema } from './users/entities';

export const entities = [
  UserSchema,
  SessionSchema,
  AuditEntrySchema,
  // the four stages (issue 3)
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
  // KPI targets (issue 5)
  KpiTargetSchema,
  // Venture Investment Fund ledger (issue 4)
  ...fundEntities,
  ...fundRuleEntities,
  ...fundComplianceEntities,
  // notifications, e-mail and the job outbox (issue 15)
  ...notificationEntities,
  PasswordResetSchema,
  ...deadlineEntities,
];
