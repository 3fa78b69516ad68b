import { describe, expect, it } from 'vitest';
import { previousPeriod, reportDueDate, reportNoticeOn } from '@launchpad/shared';

const at = (iso: string) => () => new Date(iso);

describe('monthly report deadlines', () => {
  it("makes a month's report due on the program's day of the next month, across the year's end", () => {
    expect(reportDueDate('2026-11', 10)).toBe('2026-12-10');
    expect(reportDueDate('2026-12', 5)).toBe('2027-01-05');
    expect(previousPeriod('2027-01-03')).toBe('2026-12');
  });

  it('reminds from three days before to the day itself, in Hanoi days', () => {
    // 2026-12-06 23:30 in Hanoi is 16:30 UTC: still four days before the 10th → nothing yet.
    expect(reportNoticeOn(at('2026-12-06T16:30:00Z'), 10).notice).toBeNull();
    // 17:30 UTC is 00:30 on the 7th in Hanoi: three days before → reminder.
    expect(reportNoticeOn(at('2026-12-06T17:30:00Z'), 10)).toMatchObject({
      period: '2026-11',
      dueDate: '2026-12-10',
      daysLeft: 3,
      notice: 'REPORT_DUE_SOON',
    });
    expect(reportNoticeOn(at('2026-12-10T10:00:00Z'), 10).notice).toBe('REPORT_DUE_SOON');
  });

  it('is overdue the day after, and escalates a week after', () => {
    expect(reportNoticeOn(at('2026-12-11T01:00:00Z'), 10).notice).toBe('REPORT_OVERDUE');
    expect(reportNoticeOn(at('2026-12-16T01:00:00Z'), 10).notice).toBe('REPORT_OVERDUE');
    expect(reportNoticeOn(at('2026-12-17T01:00:00Z'), 10).notice).toBe('REPORT_ESCALATED');
  });
});
