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
import { mentorsModule } from './mentors';
import { metricsModule } from './metrics';
import { milestonesModule } from './milestones';
import { notificationsModule } from './notifications';
import { passwordResetModule } from './password-reset';
import { deadlinesModule } from './deadlines';
import { dealsModule } from './deals';
import { programsModule } from './programs';
import { sectorsModule } from './sectors';
import { startupsModule } from './startups';
import { pppModule } from './ppp';
import { partnersModule } from './partners';
import { pilotsModule } from './pilots';
import { rdExpensesModule } from './rd-expenses';
import { stateSupportModule } from './state-support';
import type { GraphQLModule } from './types';
import { usersModule } from './users';

export const graphqlModules: GraphQLModule[] = [
  usersModule,
  auditModule,
  // the four stages: programs, challenges, startups and their progress
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
  // KPIs for the board
  // the fund under the law
  fundRulesModule,
  fundComplianceModule,
  // KPIs for the board
  kpiModule,
  // notifications, e-mail and jobs
  notificationsModule,
  passwordResetModule,
  deadlinesModule,
  // the city's channels: PPP, partners, pilots, R&D expenses, state support
  pppModule,
  partnersModule,
  pilotsModule,
  rdExpensesModule,
  stateSupportModule,
  // investment decisions
  dealsModule,
  // mentors and experts, office hours
  mentorsModule,
];
