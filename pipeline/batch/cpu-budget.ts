/**
 * A batch's CPU budget (`ingest --max-cpu-seconds N`): the per-document
 * budgets bound one document, this bounds the whole run, so a folder of
 * small inputs that each spend most of their budget cannot hold a shared
 * machine for hours. CPU is the process's, every thread (workers) included.
 * When it is spent no new document starts; the one being written completes.
 */

/** How often the budget is looked at while a document is being parsed. */
const CHECK_EVERY_MS = 200;

export interface CpuBudget {
  /** Aborts when the budget is spent. */
  signal: AbortSignal;
  /** Looks at the budget now (after each document, so a stop never waits for a timer). */
  check(): void;
  /** Whether the budget was spent. */
  spent(): boolean;
  stop(): void;
}

export function watchCpuBudget(seconds: number): CpuBudget {
  const controller = new AbortController();
  const start = process.cpuUsage();
  const check = (): void => {
    if (controller.signal.aborted) return;
    const used = process.cpuUsage(start);
    if ((used.user + used.system) / 1e6 >= seconds) controller.abort();
  };
  const timer = setInterval(check, CHECK_EVERY_MS);
  timer.unref();
  return {
    signal: controller.signal,
    check,
    spent: () => controller.signal.aborted,
    stop: () => clearInterval(timer),
  };
}
