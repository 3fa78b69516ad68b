// The benchmark's targets, its verdicts, and the Markdown table it prints.
import type { LoadFigures } from './lib/load';

export const TARGETS = {
  kpiDashboardP99Ms: 50,
  startupsPageP99Ms: 30,
  minFloorRatio: 0.6,
  maxStatementsPage50: 6,
  maxPeakRssMb: 300,
  maxInitialJsKb: 250,
} as const;

export interface CaseResult {
  name: string;
  graphql: LoadFigures;
  /** The same request from a single connection: its latency without queueing behind nine others. */
  alone: LoadFigures | null;
  floor: LoadFigures | null;
  statements: number | null;
  /** The server's peak RSS once this case has run (cases run in table order). */
  peakRssMb: number;
}

export interface Verdict {
  target: string;
  measured: string;
  met: boolean;
}

export function judge(results: CaseResult[], totals: { peakRssMb: number; bundleKb: number }): Verdict[] {
  const byName = new Map(results.map((result) => [result.name, result]));
  const verdicts: Verdict[] = [];
  const kpi = byName.get('kpiDashboard');
  if (kpi)
    verdicts.push({
      target: `kpiDashboard p99 ≤ ${TARGETS.kpiDashboardP99Ms} ms`,
      measured: `${kpi.graphql.p99Ms} ms`,
      met: kpi.graphql.p99Ms <= TARGETS.kpiDashboardP99Ms,
    });
  const page = byName.get('startups(first: 50)');
  if (page) {
    verdicts.push({
      target: `page of 50 startups p99 ≤ ${TARGETS.startupsPageP99Ms} ms`,
      measured: `${page.graphql.p99Ms} ms`,
      met: page.graphql.p99Ms <= TARGETS.startupsPageP99Ms,
    });
    verdicts.push({
      target: `SQL statements for the page of 50 ≤ ${TARGETS.maxStatementsPage50}`,
      measured: String(page.statements),
      met: (page.statements ?? Infinity) <= TARGETS.maxStatementsPage50,
    });
  }
  for (const result of results) {
    if (!result.floor) continue;
    const ratio = result.graphql.requestsPerSecond / Math.max(1, result.floor.requestsPerSecond);
    verdicts.push({
      target: `${result.name}: GraphQL ≥ ${TARGETS.minFloorRatio * 100}% of the raw-SQL floor`,
      measured: `${(ratio * 100).toFixed(0)}%`,
      met: ratio >= TARGETS.minFloorRatio,
    });
  }
  for (const result of results) {
    const failures = result.graphql.errors + result.graphql.non2xx;
    if (failures > 0)
      verdicts.push({ target: `${result.name}: no failed requests`, measured: String(failures), met: false });
  }
  verdicts.push({
    target: `peak server RSS ≤ ${TARGETS.maxPeakRssMb} MB`,
    measured: `${totals.peakRssMb} MB`,
    met: totals.peakRssMb <= TARGETS.maxPeakRssMb,
  });
  verdicts.push({
    target: `initial JavaScript ≤ ${TARGETS.maxInitialJsKb} KB gzipped`,
    measured: `${totals.bundleKb} KB`,
    met: totals.bundleKb <= TARGETS.maxInitialJsKb,
  });
  return verdicts;
}

interface Report {
  measuredAt: string;
  machine: { cpus: number; cpuModel: string; node: string };
  generationSeconds: number;
  results: CaseResult[];
  verdicts: Verdict[];
}

export function markdownTable(report: Report): string {
  const lines = [
    `Measured ${report.measuredAt} on ${report.machine.cpus} × ${report.machine.cpuModel}, Node ${report.machine.node}; data generated in ${report.generationSeconds.toFixed(1)} s.`,
    '',
    '| case | GraphQL req/s | p50 ms | p99 ms | p99 ms, 1 connection | floor req/s | floor p99 ms | GraphQL / floor | SQL statements | peak RSS MB so far |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  ];
  for (const result of report.results) {
    const ratio = result.floor
      ? `${((result.graphql.requestsPerSecond / Math.max(1, result.floor.requestsPerSecond)) * 100).toFixed(0)}%`
      : '—';
    lines.push(
      `| ${result.name} | ${result.graphql.requestsPerSecond} | ${result.graphql.p50Ms} | ${result.graphql.p99Ms} | ${result.alone?.p99Ms ?? '—'} | ${result.floor?.requestsPerSecond ?? '—'} | ${result.floor?.p99Ms ?? '—'} | ${ratio} | ${result.statements ?? '—'} | ${result.peakRssMb} |`,
    );
  }
  lines.push('', '| target | measured | met |', '|---|---:|:---:|');
  for (const verdict of report.verdicts)
    lines.push(`| ${verdict.target} | ${verdict.measured} | ${verdict.met ? 'yes' : '**no**'} |`);
  return lines.join('\n');
}
