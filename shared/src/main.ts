// Entry point helpers for processes: exit on a failed start-up step, and drain cleanly on SIGINT/SIGTERM.

export interface ShutdownOptions {
  /**
   * The drain deadline the process's stop() applies (config.shutdownTimeoutMs, SHUTDOWN_TIMEOUT_MS). stop() gets
   * this long plus a few seconds to close the rest (Apollo, the database) before the process exits regardless.
   */
  timeoutMs?: number;
}

/** Time after the drain deadline for stop() to close what follows the HTTP server (Apollo, database pools). */
const AFTER_DRAIN_MS = 5_000;

/**
 * On SIGTERM (what Kubernetes, systemd and `docker stop` send) or SIGINT (Ctrl-C): run `stop`, which drains the HTTP
 * server (shared/http.ts closeServer) and closes what the process holds, then exit 0. A second signal while draining
 * is ignored, because Ctrl-C in a terminal signals a whole process group and a supervisor (npm run start:split)
 * forwards its own: a double signal must not cut the requests the drain is finishing.
 */
export function onShutdown(stop: () => Promise<void>, { timeoutMs = 10_000 }: ShutdownOptions = {}): void {
  let stopping = false;
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      if (stopping) return;
      stopping = true;
      // stop() closes the listening socket before its first await; saying "draining" only after that call means
      // that whoever reads this line (a supervisor, a test) can rely on new connections being refused.
      const stopped = stop();
      console.log(`${signal}: draining (requests in flight get up to ${timeoutMs} ms), then exiting`);
      // Never hang on shutdown: an orchestrator would SIGKILL us later anyway, with less said about why.
      setTimeout(() => {
        console.error(`Shutdown did not finish within ${timeoutMs + AFTER_DRAIN_MS} ms; exiting anyway`);
        process.exit(1);
      }, timeoutMs + AFTER_DRAIN_MS).unref();
      stopped.then(
        () => process.exit(0),
        (error: unknown) => {
          console.error(`Shutdown failed: ${(error as Error)?.stack ?? error}`);
          process.exit(1);
        },
      );
    });
  }
}

/** Runs a start-up step; a failure (port in use, database unreachable) is printed as one line and exits 1. */
export async function orExit<T>(step: Promise<T>): Promise<T> {
  try {
    return await step;
  } catch (error) {
    console.error(`Start-up failed: ${(error as Error).message}`);
    process.exit(1);
  }
}
