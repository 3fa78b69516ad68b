// Keeps the embedded PostgreSQL running: when its postmaster dies (a crash, an OOM kill, `kill -9`), start it again.
import {
  postmasterPid,
  processIsAlive,
  startEmbeddedPostgres,
  type EmbeddedDatabase,
  type EmbeddedOptions,
} from './embedded';

/** The part of pino's logger the supervisor uses (the app's logger once the app exists). */
export interface SupervisorLogger {
  info(object: object, message: string): void;
  warn(object: object, message: string): void;
  error(object: object, message: string): void;
}

export interface SupervisorOptions extends EmbeddedOptions {
  logger: SupervisorLogger;
  /** How often the postmaster's pid is checked. */
  checkEveryMs?: number;
  /** Restart attempts wait 0.5 s, 1 s, 2 s, … up to this. */
  maxBackoffMs?: number;
}

export interface SupervisedDatabase extends EmbeddedDatabase {
  /** Log through this logger from now on (the app's pino logger once it is built). */
  useLogger(logger: SupervisorLogger): void;
  /** How many times the postmaster has been started again. */
  restarts(): number;
}

const FIRST_BACKOFF_MS = 500;

/**
 * Starts the embedded PostgreSQL and watches `postmaster.pid`: when the process named there is gone, a new
 * postmaster is started on the same data folder (PostgreSQL replays its WAL, so every committed write is kept).
 * A kill -9 leaves a stale `postmaster.pid`; PostgreSQL itself recognises it as stale. While the dead
 * postmaster's backends still hold its shared memory the start fails, so attempts back off and try again.
 */
export async function superviseEmbeddedPostgres(options: SupervisorOptions): Promise<SupervisedDatabase> {
  let logger = options.logger;
  let current = await startEmbeddedPostgres(options);
  const { checkEveryMs = 1000, maxBackoffMs = 10_000 } = options;
  let stopping = false;
  let restarting = false;
  let restarts = 0;
  let timer: NodeJS.Timeout | undefined;

  const restart = async () => {
    restarting = true;
    let backoff = FIRST_BACKOFF_MS;
    for (let attempt = 1; !stopping; attempt++) {
      try {
        current = await startEmbeddedPostgres(options);
        restarts++;
        logger.info({ attempt, restarts }, 'the embedded PostgreSQL was started again');
        break;
      } catch (error) {
        logger.error(
          { attempt, retryInMs: backoff, err: error instanceof Error ? error : new Error(String(error ?? 'exited')) },
          'the embedded PostgreSQL did not start; trying again',
        );
        await new Promise((resolve) => setTimeout(resolve, backoff));
        backoff = Math.min(backoff * 2, maxBackoffMs);
      }
    }
    restarting = false;
  };

  const check = () => {
    if (stopping || restarting) return;
    const pid = postmasterPid(current.databaseDir);
    if (pid !== null && processIsAlive(pid)) return;
    logger.warn({ pid, dataDir: current.databaseDir }, 'the embedded PostgreSQL postmaster is gone; restarting it');
    void restart().finally(schedule);
  };
  const schedule = () => {
    if (stopping) return;
    timer = setTimeout(() => {
      check();
      if (!restarting) schedule();
    }, checkEveryMs);
    // The watch alone never keeps the process alive.
    timer.unref();
  };
  schedule();

  return {
    url: current.url,
    databaseDir: current.databaseDir,
    useLogger: (next) => {
      logger = next;
    },
    restarts: () => restarts,
    stop: async () => {
      stopping = true;
      clearTimeout(timer);
      // A dead postmaster's instance would wait forever for an exit it already made.
      const pid = postmasterPid(current.databaseDir);
      if (pid !== null && processIsAlive(pid)) await current.stop();
    },
  };
}
