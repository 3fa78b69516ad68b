// CPU time per answered request, of the measured process and of the PostgreSQL backends serving its database: a
// figure other processes on a shared machine move far less than throughput (they take turns on the cores, but the
// work per request stays the work per request). Read from /proc (user + system time, in clock ticks).
import { readFileSync } from 'node:fs';
import pg from 'pg';

/** Linux's USER_HZ: /proc reports times in hundredths of a second. */
const TICKS_PER_SECOND = 100;

export interface CpuSample {
  /** The measured process (the server or the floor), in ms. */
  processMs: number;
  /** Every backend connected to the database, in ms. */
  databaseMs: number;
}

/** utime + stime of a process in ms, 0 once it is gone. */
function cpuMsOf(pid: number): number {
  try {
    // The command name in parentheses may hold spaces: the fields count from after its closing parenthesis.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND;
  } catch {
    return 0;
  }
}

export interface CpuMeter {
  /** Runs `work` and answers the CPU the process `pid` and the database's backends used meanwhile. */
  during<T>(pid: number, work: () => Promise<T>): Promise<{ value: T; cpu: CpuSample }>;
  close(): Promise<void>;
}

/**
 * A meter for the backends of the database `url` names (PostgreSQL on this machine, as the bench runs it). A backend
 * opened during the work counts whole; one that closes before its end takes its time with it (the servers' pools keep
 * theirs open through a case).
 */
export async function cpuMeter(url: string): Promise<CpuMeter> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const backends = async () => {
    const { rows } = await client.query<{ pid: number }>(
      'select pid from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()',
    );
    return new Map(rows.map((row) => [row.pid, cpuMsOf(row.pid)]));
  };
  return {
    async during(pid, work) {
      const [processBefore, before] = [cpuMsOf(pid), await backends()];
      const value = await work();
      const [processAfter, after] = [cpuMsOf(pid), await backends()];
      let databaseMs = 0;
      for (const [backend, ms] of after) databaseMs += ms - (before.get(backend) ?? 0);
      return { value, cpu: { processMs: processAfter - processBefore, databaseMs } };
    },
    close: () => client.end(),
  };
}
