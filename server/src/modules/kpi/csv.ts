// The board's figures as CSV: one row per figure (section, item, actual, target or plan, unit), amounts in
// whole dong, shares in basis points, so a spreadsheet can recompute everything the board page shows.
// Written by the one CSV writer (exports/csv.ts), labels in the caller's language.
import { toCsv, type CsvCell } from '../../exports/csv';
import { inLanguage, type Language } from '../../exports/language';
import type { CapitalSource, KpiDashboardView } from './read';

const LABELS = {
  vi: {
    header: ['Mục', 'Chỉ tiêu', 'Thực hiện', 'Mục tiêu / kế hoạch', 'Đơn vị'],
    period: 'Kỳ (đến ngày)',
    total: 'Tổng',
    planToDate: 'Kế hoạch đến nay',
    startupsUnit: 'doanh nghiệp',
    startups: 'Doanh nghiệp được ươm tạo',
    capital: 'Vốn huy động',
    sources: 'Vốn huy động theo nguồn',
    source: { FUND: 'Quỹ Đầu tư mạo hiểm', OTHER_FUND: 'Quỹ khác', PRIVATE: 'Nhà đầu tư tư nhân' },
    privateLine: 'Vốn tư nhân cam kết góp vào Quỹ',
    funnel: 'Doanh nghiệp theo giai đoạn hiện tại',
    stage: {
      CONNECTION: 'Kết nối',
      INCUBATION: 'Ươm tạo',
      PLATFORM_BUILDING: 'Xây dựng nền tảng',
      SCALING_UP: 'Tăng tốc',
      GRADUATED: 'Đã tốt nghiệp',
      DISCONTINUED: 'Đã dừng',
    } as Record<string, string>,
    sectors: 'Theo lĩnh vực',
    sectorStartups: 'Doanh nghiệp',
    incubated: 'Ươm tạo trong kỳ',
    capitalInPeriod: 'Vốn trong kỳ',
    cohorts: 'Theo khóa',
    noCohort: 'Chưa vào khóa',
    milestonesVerified: 'Mốc đã xác nhận',
    milestones: 'Mốc đã được xác nhận',
    stateShare: 'Tỷ lệ vốn nhà nước trong vốn điều lệ',
    paidIn: 'Đã góp',
    invested: 'Đã đầu tư',
    available: 'Còn khả dụng',
  },
  en: {
    header: ['Section', 'Item', 'Actual', 'Target / plan', 'Unit'],
    period: 'Period (as of)',
    total: 'Total',
    planToDate: 'Plan to date',
    startupsUnit: 'startups',
    startups: 'Startups incubated',
    capital: 'Capital mobilized',
    sources: 'Capital mobilized by source',
    source: { FUND: 'Venture Investment Fund', OTHER_FUND: 'Other funds', PRIVATE: 'Private co-investors' },
    privateLine: 'Private capital committed to the fund',
    funnel: 'Startups by stage now',
    stage: {
      CONNECTION: 'Connection',
      INCUBATION: 'Incubation',
      PLATFORM_BUILDING: 'Platform building',
      SCALING_UP: 'Scaling up',
      GRADUATED: 'Graduated',
      DISCONTINUED: 'Discontinued',
    } as Record<string, string>,
    sectors: 'By sector',
    sectorStartups: 'Startups',
    incubated: 'Incubated in period',
    capitalInPeriod: 'Capital in period',
    cohorts: 'By cohort',
    noCohort: 'No cohort',
    milestonesVerified: 'Milestones verified',
    milestones: 'Milestones verified',
    stateShare: 'State share of charter capital',
    paidIn: 'Paid in',
    invested: 'Invested',
    available: 'Available',
  },
} satisfies Record<string, { source: Record<CapitalSource, string> } & Record<string, unknown>>;

export function dashboardCsv(d: KpiDashboardView, language: Language): string {
  const l = inLanguage(language, LABELS);
  const count = l.startupsUnit;
  const vnd = 'VND';
  const rows: CsvCell[][] = [];
  rows.push([l.period, `${d.from} – ${d.to}`, d.asOf, '', '']);
  rows.push([l.startups, l.total, d.startupsIncubated.actual, d.startupsIncubated.target, count]);
  rows.push([l.startups, l.planToDate, d.startupsIncubated.actual, d.startupsIncubated.planToDate, count]);
  rows.push([l.capital, l.total, d.capitalMobilized.actual, d.capitalMobilized.target, vnd]);
  rows.push([l.capital, l.planToDate, d.capitalMobilized.actual, d.capitalMobilized.planToDate, vnd]);
  for (const s of d.capitalBySource) rows.push([l.sources, l.source[s.source], s.amount, '', vnd]);
  rows.push([l.privateLine, '', d.privateCommittedToFund, '', vnd]);
  for (const y of d.byYear) {
    rows.push([l.startups, y.year, y.startupsIncubated, y.startupsPlan, count]);
    rows.push([l.capital, y.year, y.capitalMobilized, y.capitalPlan, vnd]);
  }
  for (const f of d.funnel) rows.push([l.funnel, l.stage[f.stage] ?? f.stage, f.count, '', count]);
  for (const s of d.bySector) {
    const name = inLanguage(language, { vi: s.nameVi, en: s.nameEn });
    rows.push([l.sectors, `${name} — ${l.sectorStartups}`, s.startups, '', count]);
    rows.push([l.sectors, `${name} — ${l.incubated}`, s.incubated, '', count]);
    rows.push([l.sectors, `${name} — ${l.capitalInPeriod}`, s.capital, '', vnd]);
  }
  for (const c of d.byCohort) {
    const name = c.name ?? l.noCohort;
    rows.push([l.cohorts, `${name} — ${l.sectorStartups}`, c.startups, '', count]);
    rows.push([l.cohorts, `${name} — ${l.incubated}`, c.incubated, '', count]);
    rows.push([l.cohorts, `${name} — ${l.milestonesVerified}`, c.milestonesVerified, c.milestonesTotal, '']);
    rows.push([l.cohorts, `${name} — ${l.capitalInPeriod}`, c.capital, '', vnd]);
  }
  rows.push([l.milestones, '', d.milestones.verified, d.milestones.total, '']);
  for (const f of d.fundCompliance) {
    rows.push([f.name, l.stateShare, f.stateShareBp, f.charterCapBp, 'bp']);
    rows.push([f.name, l.paidIn, f.paidIn, '', vnd]);
    rows.push([f.name, l.invested, f.invested, '', vnd]);
    rows.push([f.name, l.available, f.available, '', vnd]);
    for (const s of f.stakes) rows.push([f.name, s.startupName, s.stakeBp, s.capBp, 'bp']);
  }
  return toCsv(l.header, rows);
}
