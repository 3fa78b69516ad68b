// The benchmark's targets, its verdicts, and the Markdown table it prints.
import type { LoadFigures } from './lib/load';
import type { RecomputeByWrite } from './recompute';

export const TARGETS = {
  kpiDashboardP99Ms: 50,
  startupsPageP99Ms: 30,
  minFloorRatio: 0.6,
  maxStatementsPage50: 6,
  maxPeakRssMb: 300,
  maxInitialJsKb: 250,
  auditPageP99Ms: 30,
  recomputeAfterWriteMs: 100,
} as const;

export interface CaseResult {
  name: string;
  graphql: LoadFigures;
  /** The same request from a single connection: its latency without queueing behind nine others. */
  alone: LoadFigures | null;
  floor: LoadFigures | null;
  floorAlone: LoadFigures | null;
  statements: number | null;
  /** The server's peak RSS once this case has run (cases run in table order). */
  peakRssMb: number;
}

export interface Verdict {
  target: string;
  measured: string;
  met: boolean;
}

export function judge(
  results: CaseResult[],
  totals: { peakRssMb: number; bundleKb: number; recompute?: RecomputeByWrite },
): Verdict[] {
  const byName = new Map(results.map((result) => [result.name, result]));
  const verdicts: Verdict[] = [];
  // Latency is judged as one user sees it. Under 10 connections the server is saturated and p99 is the
  // queue: by Little's law, 10 requests in flight at N req/s wait 10/N s on average (the floor too).
  const latency = (name: string, label: string, limitMs: number) => {
    const alone = byName.get(name)?.alone;
    // No answer within a round (each slower than the round itself) is no measurement, never a pass.
    if (alone)
      verdicts.push({
        target: `${label} p99 ≤ ${limitMs} ms, one user at a time`,
        measured: alone.requestsPerSecond > 0 ? `${alone.p99Ms} ms` : 'no answer within a round',
        met: alone.requestsPerSecond > 0 && alone.p99Ms <= limitMs,
      });
  };
  latency('kpiDashboard', 'kpiDashboard', TARGETS.kpiDashboardP99Ms);
  latency('startups(first: 50)', 'page of 50 startups', TARGETS.startupsPageP99Ms);
  latency('audit page', 'audit page', TARGETS.auditPageP99Ms);
  latency('audit page, one actor', "one actor's audit page", TARGETS.auditPageP99Ms);
  if (totals.recompute) {
    const writes = [
      ['a target change', totals.recompute.targetChange],
      ['a stage move', totals.recompute.stageMove],
      ['a recorded round', totals.recompute.recordedRound],
    ] as const;
    for (const [write, figures] of writes) {
      verdicts.push({
        target: `dashboard recompute after ${write} p99 ≤ ${TARGETS.recomputeAfterWriteMs} ms`,
        measured: `${figures.p99Ms} ms`,
        met: figures.p99Ms <= TARGETS.recomputeAfterWriteMs,
      });
    }
  }
  const page = byName.get('startups(first: 50)');
  if (page) {
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
  generationSeconds: number | null;
  /** 1, 5 and 15-minute load averages when the run ended. */
  loadavg: number[];
  results: CaseResult[];
  verdicts: Verdict[];
}

export function markdownTable(report: Report): string {
  const lines = [
    `Measured ${report.measuredAt} on ${report.machine.cpus} × ${report.machine.cpuModel}, Node ${report.machine.node}; ${
      report.generationSeconds === null
        ? 'data set reused'
        : `data generated in ${report.generationSeconds.toFixed(1)} s`
    }; load average at the end ${report.loadavg.map((figure) => figure.toFixed(2)).join(', ')}.`,
    '',
    'One user at a time (1 connection):',
    '',
    '| case | GraphQL p50 ms | GraphQL p99 ms | floor p50 ms | floor p99 ms |',
    '|---|---:|---:|---:|---:|',
  ];
  for (const result of report.results) {
    if (!result.alone || !result.floorAlone) continue;
    lines.push(
      `| ${result.name} | ${result.alone.p50Ms} | ${result.alone.p99Ms} | ${result.floorAlone.p50Ms} | ${result.floorAlone.p99Ms} |`,
    );
  }
  lines.push(
    '',
    'Saturated (10 connections):',
    '',
    '| case | GraphQL req/s | p50 ms | p99 ms | floor req/s | floor p50 ms | floor p99 ms | GraphQL / floor | SQL statements | peak RSS MB so far |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  );
  for (const result of report.results) {
    const ratio = result.floor
      ? `${((result.graphql.requestsPerSecond / Math.max(1, result.floor.requestsPerSecond)) * 100).toFixed(0)}%`
      : '—';
    lines.push(
      `| ${result.name} | ${result.graphql.requestsPerSecond} | ${result.graphql.p50Ms} | ${result.graphql.p99Ms} | ${result.floor?.requestsPerSecond ?? '—'} | ${result.floor?.p50Ms ?? '—'} | ${result.floor?.p99Ms ?? '—'} | ${ratio} | ${result.statements ?? '—'} | ${result.peakRssMb} |`,
    );
  }
  lines.push(...cpuTable(report.results));
  lines.push('', '| target | measured | met |', '|---|---:|:---:|');
  for (const verdict of report.verdicts)
    lines.push(`| ${verdict.target} | ${verdict.measured} | ${verdict.met ? 'yes' : '**no**'} |`);
  return lines.join('\n');
}

/** CPU ms per request under 10 connections: what the saturated throughput is made of, and what load moves least. */
function cpuTable(results: CaseResult[]): string[] {
  const cpu = (figures: LoadFigures | null) =>
    figures?.cpuMsPerRequest ? `${figures.cpuMsPerRequest.processMs} | ${figures.cpuMsPerRequest.databaseMs}` : '— | —';
  const rows = results.filter((result) => result.graphql.cpuMsPerRequest);
  if (rows.length === 0) return [];
  return [
    '',
    "CPU per request, saturated (ms; the process, and PostgreSQL's backends for its database):",
    '',
    '| case | GraphQL server | GraphQL PostgreSQL | floor server | floor PostgreSQL |',
    '|---|---:|---:|---:|---:|',
    ...rows.map((result) => `| ${result.name} | ${cpu(result.graphql)} | ${cpu(result.floor)} |`),
  ];
}
