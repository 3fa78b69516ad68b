// What GraphQL reads of deadlines: an overdue report (computed by service.ts from the programs' due days) and an
// overdue milestone (read here, one statement), each naming its startup by id for the Startup loader.
import type { EntityManager } from '@mikro-orm/postgresql';
import { daysFromToday, hanoiToday, type Clock, type MilestoneStatus } from '@launchpad/shared';

export interface OverdueReportView {
  startupId: string;
  startupName: string;
  stage: string;
  period: string;
  dueDate: string;
  daysOverdue: number;
}

export interface OverdueMilestoneView {
  milestoneId: string;
  startupId: string;
  title: string;
  status: MilestoneStatus;
  dueDate: string;
  daysOverdue: number;
}

interface OverdueMilestoneRow {
  id: string;
  startup_id: string;
  title: string;
  status: MilestoneStatus;
  due_date: string;
}

function overdueMilestoneView(row: OverdueMilestoneRow, clock: Clock): OverdueMilestoneView {
  return {
    milestoneId: row.id,
    startupId: row.startup_id,
    title: row.title,
    status: row.status,
    dueDate: row.due_date,
    daysOverdue: -daysFromToday(row.due_date, clock),
  };
}

/** Milestones past their due date and not yet done, across startups still in the program, most overdue first. */
export async function overdueMilestones(em: EntityManager, clock: Clock): Promise<OverdueMilestoneView[]> {
  const rows = await em.getConnection().execute<OverdueMilestoneRow[]>(
    `select m.id, m.startup_id, m.title, m.status, to_char(m.due_date, 'YYYY-MM-DD') as due_date
       from milestones m join startups s on s.id = m.startup_id
      where m.due_date < ?::date and m.status in ('PLANNED', 'IN_PROGRESS')
        and s.stage not in ('GRADUATED', 'DISCONTINUED')
      order by m.due_date, s.name, m.title
      limit 500`,
    [hanoiToday(clock)],
  );
  return rows.map((row) => overdueMilestoneView(row, clock));
}
