// The board's figures as CSV (RFC 4180): one row per figure, amounts in whole dong, shares in basis points,
// so a spreadsheet can recompute everything the page shows.
import type { KpiDashboard } from '../../stores/kpi';

type Translate = (key: string, values?: Record<string, unknown>) => string;
type Cell = string | number | null | undefined;

function cell(value: Cell): string {
  const text = value == null ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function dashboardCsv(d: KpiDashboard, t: Translate): string {
  const rows: Cell[][] = [
    [t('kpi.csv.section'), t('kpi.csv.item'), t('kpi.csv.actual'), t('kpi.csv.plan'), t('kpi.csv.unit')],
  ];
  const count = t('kpi.csv.units.startups');
  const vnd = t('kpi.csv.units.vnd');
  rows.push([t('kpi.csv.period'), `${d.from} – ${d.to}`, d.asOf, '', '']);
  rows.push([
    t('kpi.startups.title'),
    t('kpi.csv.total'),
    d.startupsIncubated.actual,
    d.startupsIncubated.target,
    count,
  ]);
  rows.push([
    t('kpi.startups.title'),
    t('kpi.csv.planToDate'),
    d.startupsIncubated.actual,
    d.startupsIncubated.planToDate,
    count,
  ]);
  rows.push([t('kpi.capital.title'), t('kpi.csv.total'), d.capitalMobilized.actual, d.capitalMobilized.target, vnd]);
  rows.push([
    t('kpi.capital.title'),
    t('kpi.csv.planToDate'),
    d.capitalMobilized.actual,
    d.capitalMobilized.planToDate,
    vnd,
  ]);
  for (const s of d.capitalBySource)
    rows.push([t('kpi.sources.title'), t(`kpi.sources.${s.source}`), s.amount, '', vnd]);
  rows.push([t('kpi.privateLine.title'), '', d.privateCommittedToFund, '', vnd]);
  for (const y of d.byYear) {
    rows.push([t('kpi.startups.title'), y.year, y.startupsIncubated, y.startupsPlan, count]);
    rows.push([t('kpi.capital.title'), y.year, y.capitalMobilized, y.capitalPlan, vnd]);
  }
  for (const f of d.funnel) rows.push([t('kpi.funnel.title'), t(`enums.stage.${f.stage}`), f.count, '', count]);
  for (const s of d.bySector) {
    rows.push([t('kpi.sectors.title'), `${s.sector} — ${t('kpi.sectors.startups')}`, s.startups, '', count]);
    rows.push([t('kpi.sectors.title'), `${s.sector} — ${t('kpi.sectors.incubated')}`, s.incubated, '', count]);
    rows.push([t('kpi.sectors.title'), `${s.sector} — ${t('kpi.sectors.capital')}`, s.capital, '', vnd]);
  }
  for (const c of d.byCohort) {
    const name = c.name ?? t('kpi.cohorts.none');
    rows.push([t('kpi.cohorts.title'), `${name} — ${t('kpi.sectors.startups')}`, c.startups, '', count]);
    rows.push([t('kpi.cohorts.title'), `${name} — ${t('kpi.sectors.incubated')}`, c.incubated, '', count]);
    rows.push([
      t('kpi.cohorts.title'),
      `${name} — ${t('kpi.cohorts.milestones')}`,
      c.milestonesVerified,
      c.milestonesTotal,
      '',
    ]);
    rows.push([t('kpi.cohorts.title'), `${name} — ${t('kpi.sectors.capital')}`, c.capital, '', vnd]);
  }
  rows.push([t('kpi.milestones.title'), '', d.milestones.verified, d.milestones.total, '']);
  for (const f of d.fundCompliance) {
    rows.push([f.name, t('kpi.compliance.stateShare'), f.stateShareBp, f.charterCapBp, 'bp']);
    rows.push([f.name, t('kpi.compliance.paidIn'), f.paidIn, '', vnd]);
    rows.push([f.name, t('kpi.compliance.invested'), f.invested, '', vnd]);
    rows.push([f.name, t('kpi.compliance.available'), f.available, '', vnd]);
    for (const s of f.stakes) rows.push([f.name, s.startupName, s.stakeBp, s.capBp, 'bp']);
  }
  return rows.map((row) => row.map(cell).join(',')).join('\r\n') + '\r\n';
}

export function downloadCsv(filename: string, csv: string): void {
  // A byte-order mark so spreadsheet programs read the Vietnamese text as UTF-8.
  const blob = new Blob(['\uFEFF', csv], { type: 'text/csv;charset=utf-8' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.appendChild(link);
  link.click();
  link.remove();
  URL.revokeObjectURL(url);
}
