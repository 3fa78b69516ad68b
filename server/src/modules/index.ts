// Every domain module, in registration order.
import { auditModule } from './audit';
import { challengesModule } from './challenges';
import { checklistModule } from './checklist';
import { cohortsModule } from './cohorts';
import { fundModule } from './fund';
import { fundRulesModule } from './fund-rules';
import { fundComplianceModule } from './fund-compliance';
import { invitationsModule } from './invitations';
import { kpiModule } from './kpi';
import { metricsModule } from './metrics';
import { milestonesModule } from './milestones';
import { notificationsModule } from './notifications';
import { passwordResetModule } from './password-reset';
import { deadlinesModule } from './deadlines';
import { programsModule } from './programs';
import { sectorsModule } from './sectors';
import { startupsModule } from './startups';
import type { GraphQLModule } from './types';
import { usersModule } from './users';

export const graphqlModules: GraphQLModule[] = [
  usersModule,
  auditModule,
  // the four stages (issue 3)
  programsModule,
  sectorsModule,
  challengesModule,
  invitationsModule,
  startupsModule,
  cohortsModule,
  milestonesModule,
  checklistModule,
  metricsModule,
  fundModule,
  // the fund under the law (issue 16)
  fundRulesModule,
  fundComplianceModule,
  // KPIs for the board (issue 5)
  kpiModule,
  // notifications, e-mail and jobs (issue 15)
  notificationsModule,
  passwordResetModule,
  deadlinesModule,
];
