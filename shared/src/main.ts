// Entry point helpers for processes: exit on a failed start-up step, and stop cleanly on SIGINT/SIGTERM.

export function onShutdown(stop: () => Promise<void>): void {
  let stopping = false;
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      if (stopping) return;
      stopping = true;
      // Give in-flight requests a moment, but never hang on shutdown.
      setTimeout(() => process.exit(0), 5000).unref();
      stop().finally(() => process.exit(0));
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
