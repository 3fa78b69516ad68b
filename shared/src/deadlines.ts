// Monthly metric reports: the report of a month is due on a day of the next month that the program sets (1–28, so
// every month has it). A founder is reminded in the days before, told once it is overdue, and the startup's manager
// is told a week after. Days are Hanoi days ('YYYY-MM-DD', from the one clock).
import { daysFromToday, hanoiToday, type Clock } from './clock.js';

export const REPORT_DUE_DAY_DEFAULT = 10;
export const REMINDER_DAYS_BEFORE = 3;
export const ESCALATION_DAYS_AFTER = 7;

export type ReportNotice = 'REPORT_DUE_SOON' | 'REPORT_OVERDUE' | 'REPORT_ESCALATED';

/** 'YYYY-MM' of the month before the one of `day`. */
export function previousPeriod(day: string): string {
  const [y, m] = day.split('-').map(Number) as [number, number];
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
}

/** The due date of the report of `period` ('YYYY-MM'): `dueDay` of the following month. */
export function reportDueDate(period: string, dueDay: number): string {
  const [y, m] = period.split('-').map(Number) as [number, number];
  const next = m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
  return `${next}-${String(dueDay).padStart(2, '0')}`;
}

/**
 * What a startup without last month's report is told today: a reminder from REMINDER_DAYS_BEFORE days before the due
 * date to the day itself, "overdue" after it, and an escalation to its manager from ESCALATION_DAYS_AFTER days after.
 */
export function reportNoticeOn(
  clock: Clock,
  dueDay: number,
): { period: string; dueDate: string; daysLeft: number; notice: ReportNotice | null } {
  const period = previousPeriod(hanoiToday(clock));
  const dueDate = reportDueDate(period, dueDay);
  const daysLeft = daysFromToday(dueDate, clock);
  let notice: ReportNotice | null = null;
  if (daysLeft >= 0 && daysLeft <= REMINDER_DAYS_BEFORE) notice = 'REPORT_DUE_SOON';
  else if (daysLeft < 0 && -daysLeft < ESCALATION_DAYS_AFTER) notice = 'REPORT_OVERDUE';
  else if (daysLeft < 0) notice = 'REPORT_ESCALATED';
  return { period, dueDate, daysLeft, notice };
}
