// Every migration, in order. Generated from the entities, reviewed, never edited after landing.
import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261123000100Foundation } from './Migration20261123000100Foundation';
import { Migration20261123001000Lifecycle } from './Migration20261123001000Lifecycle';
import { Migration20261123002000Fund } from './Migration20261123002000Fund';
import { Migration20261123003000Kpi } from './Migration20261123003000Kpi';
import { Migration20261201200100AuditChain } from './Migration20261201200100AuditChain';
import { Migration20261201400100SearchText } from './Migration20261201400100SearchText';
import { Migration20261201400200Sectors } from './Migration20261201400200Sectors';
import { Migration20261201700100Notifications } from './Migration20261201700100Notifications';
import { Migration20261201700200NotificationsAsEntities } from './Migration20261201700200NotificationsAsEntities';
import { Migration20261202200100FundLaw } from './Migration20261202200100FundLaw';
import { Migration20261202300100Decisions } from './Migration20261202300100Decisions';
import { Migration20261202400100MentorsAndReview } from './Migration20261202400100MentorsAndReview';
import { Migration20261202500100Channels } from './Migration20261202500100Channels';
import { Migration20261202600100NotificationIndexesAndChecks } from './Migration20261202600100NotificationIndexesAndChecks';
import { Migration20261202600200NotificationDigests } from './Migration20261202600200NotificationDigests';
import { Migration20261202600300ChallengeDeadlineNotices } from './Migration20261202600300ChallengeDeadlineNotices';
import { Migration20261203200100CapitalCallReminders } from './Migration20261203200100CapitalCallReminders';
import { Migration20261203300100PppProposalAttachments } from './Migration20261203300100PppProposalAttachments';
import { Migration20261203600000KpiStartupFacts } from './Migration20261203600000KpiStartupFacts';
import { Migration20261204300100FundRuleRanges } from './Migration20261204300100FundRuleRanges';
import { Migration20261204600100KpiCapitalFacts } from './Migration20261204600100KpiCapitalFacts';
import { Migration20261205200100SectorMerges } from './Migration20261205200100SectorMerges';
import { Migration20261205200200FundRuleEnds } from './Migration20261205200200FundRuleEnds';
import { Migration20261206100100StartupTotal } from './Migration20261206100100StartupTotal';

export const migrationsList: MigrationObject[] = [
  { name: 'Migration20261123000100Foundation', class: Migration20261123000100Foundation },
  { name: 'Migration20261123001000Lifecycle', class: Migration20261123001000Lifecycle },
  { name: 'Migration20261123002000Fund', class: Migration20261123002000Fund },
  { name: 'Migration20261123003000Kpi', class: Migration20261123003000Kpi },
  { name: 'Migration20261201200100AuditChain', class: Migration20261201200100AuditChain },
  { name: 'Migration20261201400100SearchText', class: Migration20261201400100SearchText },
  { name: 'Migration20261201400200Sectors', class: Migration20261201400200Sectors },
  { name: 'Migration20261201700100Notifications', class: Migration20261201700100Notifications },
  { name: 'Migration20261201700200NotificationsAsEntities', class: Migration20261201700200NotificationsAsEntities },
  { name: 'Migration20261202200100FundLaw', class: Migration20261202200100FundLaw },
  { name: 'Migration20261202300100Decisions', class: Migration20261202300100Decisions },
  { name: 'Migration20261202400100MentorsAndReview', class: Migration20261202400100MentorsAndReview },
  { name: 'Migration20261202500100Channels', class: Migration20261202500100Channels },
  {
    name: 'Migration20261202600100NotificationIndexesAndChecks',
    class: Migration20261202600100NotificationIndexesAndChecks,
  },
  { name: 'Migration20261202600200NotificationDigests', class: Migration20261202600200NotificationDigests },
  { name: 'Migration20261202600300ChallengeDeadlineNotices', class: Migration20261202600300ChallengeDeadlineNotices },
  { name: 'Migration20261203200100CapitalCallReminders', class: Migration20261203200100CapitalCallReminders },
  { name: 'Migration20261203300100PppProposalAttachments', class: Migration20261203300100PppProposalAttachments },
  { name: 'Migration20261203600000KpiStartupFacts', class: Migration20261203600000KpiStartupFacts },
  { name: 'Migration20261204300100FundRuleRanges', class: Migration20261204300100FundRuleRanges },
  { name: 'Migration20261204600100KpiCapitalFacts', class: Migration20261204600100KpiCapitalFacts },
  { name: 'Migration20261205200100SectorMerges', class: Migration20261205200100SectorMerges },
  { name: 'Migration20261205200200FundRuleEnds', class: Migration20261205200200FundRuleEnds },
  { name: 'Migration20261206100100StartupTotal', class: Migration20261206100100StartupTotal },
];
