/**
 * Every document in isolation: a small pool of worker threads, each parsing
 * one document at a time under a deadline (counted from the moment its
 * worker starts on it, not from when it was queued) and a memory ceiling.
 * A worker over either is terminated and replaced; its document fails with
 * `timeout` or `too-much-memory` and the batch goes on. Workers are reused
 * across documents (loading the pipeline costs ~0.3 s), and an idle worker
 * never keeps the process alive.
 *
 * Memory is watched by sampling, every 50 ms: how much each busy worker's V8
 * heap grew since it started on its document (`worker.getHeapStatistics()`,
 * answered even while the worker runs a parser), and the process's resident memory, because pdfjs holds
 * decompressed streams in ArrayBuffers outside the V8 heap. The resident
 * size is one number for the process, so when it is over budget the worker
 * that has been busy longest (a runaway document, not the ones around it
 * that take milliseconds) is the one stopped.
 *
 * The worker's own V8 heap limit (`resourceLimits`) is set well above the
 * budget, as a backstop only: V8 sizes its heap growth by that limit, and a
 * worker capped at the 768 MiB budget ran ~120 full mark-compacts per 2,000
 * small documents (2.5–2.8 s) where one allowed 4 GiB ran ~70 (1.3 s).
 * Where Node cannot sample a worker's heap (before 22.16) the limit stays
 * the budget.
 */
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import type { Budgets } from "./budgets.js";
import type { Result } from "./deliver.js";
import type { DocumentTask } from "./document-worker.js";

const WORKER = new URL("./document-worker.js", import.meta.url);
const MIB = 1024 * 1024;
/** What a worker with the pipeline loaded holds besides its document. */
const WORKER_OVERHEAD_MB = 64;
/** How often resident memory is checked; fast inflation grows a few hundred MiB in this time. */
const MEMORY_CHECK_MS = 50;
/** The least V8 heap limit of a worker whose heap is sampled: V8 grows a heap this size freely. */
const BACKSTOP_HEAP_MB = 4096;
/** Node 22.16+ and 24 answer a worker's heap statistics while it runs; older lines cannot. */
const HEAP_SAMPLING = typeof (Worker.prototype as Partial<Worker>).getHeapStatistics === "function";
/** How long a stop waits for stopped workers to be gone before it goes on. */
const TERMINATE_WAIT_MS = 2_000;

/** Workers run compiled JavaScript: false when this module runs from TypeScript source (vitest). */
export function isolationAvailable(): boolean {
  return existsSync(fileURLToPath(WORKER));
}

interface Job {
  task: DocumentTask;
  resolve: (result: Result) => void;
}

/** The document a worker is on (its deadline runs) or has been handed next. */
interface Assigned extends Job {
  /** Set when the worker starts on it: the deadline counts from here. */
  startedAt?: number;
  timer?: NodeJS.Timeout;
  /**
   * The worker's used heap as it started on this document: what the heap holds
   * beyond it is this document's. Earlier documents' garbage, not yet collected
   * in a heap V8 grows lazily, is not.
   */
  heapAtStart?: number;
  /** The process's resident memory as the worker started on this document. */
  rssAtStart?: number;
}

/**
 * Documents handed to one worker at a time: the one it is on and the next,
 * so it never waits for the main thread between two documents (a round trip
 * per document cost ~40% of a text batch's speed). The next one's deadline
 * starts only when the one before is done.
 */
const PER_WORKER = 2;

export class DocumentPool {
  private readonly assigned = new Map<Worker, Assigned[]>();
  private readonly queue: Job[] = [];
  private readonly watchdog: NodeJS.Timeout;
  private rssCeiling: number;
  private destroyed = false;
  /** Workers stopped but not yet gone: their memory is still counted until they are. */
  private terminating = 0;
  /** Workers whose heap statistics were asked for and not yet answered (one request at a time). */
  private readonly sampling = new Set<Worker>();

  constructor(
    private readonly threads: number,
    private readonly budgets: Budgets,
  ) {
    this.rssCeiling = process.memoryUsage.rss() + this.allowance();
    this.watchdog = setInterval(() => this.checkMemory(), MEMORY_CHECK_MS);
    this.watchdog.unref();
  }

  /** The outcome of one document; never rejects. */
  run(task: DocumentTask): Promise<Result> {
    return new Promise((resolve) => {
      this.queue.push({ task, resolve });
      this.pump();
    });
  }

  /** Stops every worker at once (a signal does not wait for a document being parsed). */
  async destroy(): Promise<void> {
    this.destroyed = true;
    clearInterval(this.watchdog);
    for (const jobs of this.assigned.values()) for (const job of jobs) clearTimeout(job.timer);
    const workers = [...this.assigned.keys()];
    this.assigned.clear();
    this.queue.length = 0;
    // A worker stopped mid-document can leave the event loop empty before its
    // `terminate()` settles; with nothing else pending, Node would exit with the
    // CLI's top-level await unsettled (code 13, not 130). A timer of our own
    // holds the loop, and bounds the wait.
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([
      Promise.all(workers.map((worker) => worker.terminate())),
      new Promise((resolve) => {
        timer = setTimeout(resolve, TERMINATE_WAIT_MS);
      }),
    ]);
    clearTimeout(timer);
  }

  private pump(): void {
    while (this.queue.length > 0 && !this.destroyed) {
      const worker = this.leastBusy();
      if (!worker) return;
      const jobs = this.assigned.get(worker) as Assigned[];
      const job: Assigned = this.queue.shift() as Job;
      jobs.push(job);
      if (jobs.length === 1) this.begin(worker, job);
      worker.ref();
      worker.postMessage(job.task);
    }
  }

  /** An idle worker, else a new one while under `threads`, else one with room for a next document. */
  private leastBusy(): Worker | undefined {
    let best: Worker | undefined;
    let load = PER_WORKER;
    for (const [worker, jobs] of this.assigned) {
      if (jobs.length < load) {
        best = worker;
        load = jobs.length;
      }
    }
    if (load === 0 || this.assigned.size >= this.threads) return best;
    return this.spawn();
  }

  /** The worker starts on `job` now: its deadline runs from here. */
  private begin(worker: Worker, job: Assigned): void {
    job.startedAt = performance.now();
    job.rssAtStart = process.memoryUsage.rss();
    job.timer = setTimeout(() => this.stop(worker, this.timeout(job)), this.budgets.timeoutMs);
    if (HEAP_SAMPLING)
      worker
        .getHeapStatistics()
        .then((heap) => {
          job.heapAtStart = heap.used_heap_size;
        })
        // A worker that exits meanwhile has no heap to report; its exit is handled on its own.
        .catch(() => undefined);
  }

  private spawn(): Worker {
    const worker = new Worker(WORKER, {
      resourceLimits: { maxOldGenerationSizeMb: heapLimitMb(this.budgets.maxMemoryMb) },
      // Not the parent's Node flags: `node --input-type=module -e` (a script that runs
      // classpec) would make every worker fail to start; the workers need none of them.
      execArgv: [],
    });
    worker.on("message", (result: Result) => {
      this.settle(worker, result);
      const next = this.assigned.get(worker)?.[0];
      if (next) this.begin(worker, next);
      else worker.unref();
      this.pump();
    });
    worker.on("error", (error: NodeJS.ErrnoException) => {
      const current = this.assigned.get(worker)?.[0];
      if (!current) return;
      this.stop(
        worker,
        error.code === "ERR_WORKER_OUT_OF_MEMORY"
          ? this.outOfMemory(current)
          : failure(
              current,
              "internal",
              `Unexpected worker failure (${error.message}), expected an outcome`,
            ),
      );
    });
    worker.on("exit", () => {
      const current = this.assigned.get(worker)?.[0];
      if (current)
        this.stop(
          worker,
          failure(current, "internal", "Unexpected worker exit, expected an outcome"),
        );
    });
    this.assigned.set(worker, []);
    return worker;
  }

  /** The current document of `worker` is done with `result`. */
  private settle(worker: Worker, result: Result): void {
    const current = this.assigned.get(worker)?.shift();
    if (!current) return;
    clearTimeout(current.timer);
    current.resolve(result);
  }

  /**
   * Ends `worker`'s current document with `result`, terminates the worker and
   * hands its next document (not started) back to the queue for another one.
   */
  private stop(worker: Worker, result: Result): void {
    const jobs = this.assigned.get(worker);
    if (!jobs) return;
    this.settle(worker, result);
    this.assigned.delete(worker);
    this.queue.unshift(...jobs.map(({ task, resolve }) => ({ task, resolve })));
    this.terminating++;
    void worker.terminate().finally(() => {
      this.terminating--;
      // The allocator keeps much of what a stopped worker freed (its pages are reused, not
      // returned), so later documents are measured from what the process holds now.
      this.rssCeiling = Math.max(this.rssCeiling, process.memoryUsage.rss() + this.allowance());
    });
    this.pump();
  }

  /** Resident memory the busy workers may add to the process. */
  private allowance(): number {
    return this.threads * (this.budgets.maxMemoryMb + WORKER_OVERHEAD_MB) * MIB;
  }

  private checkMemory(): void {
    if (HEAP_SAMPLING) this.sampleHeaps();
    const rss = process.memoryUsage.rss();
    if (this.terminating > 0 || rss <= this.rssCeiling) return;
    let longest: [Worker, number] | undefined;
    for (const [worker, jobs] of this.assigned) {
      const startedAt = jobs[0]?.startedAt;
      if (startedAt !== undefined && (!longest || startedAt < longest[1]))
        longest = [worker, startedAt];
    }
    const current = longest && this.assigned.get(longest[0])?.[0];
    // Over the allowance since the longest document started, not since the pool did: a long
    // batch's workers hold heaps V8 grows lazily, which no one document needs.
    if (longest && current && rss > (current.rssAtStart ?? 0) + this.allowance())
      this.stop(longest[0], this.outOfMemory(current));
  }

  /** Asks every busy worker for its heap; one over the budget is stopped when it answers. */
  private sampleHeaps(): void {
    const budget = this.budgets.maxMemoryMb * MIB;
    for (const [worker, jobs] of this.assigned) {
      const current = jobs[0];
      if (current?.heapAtStart === undefined || this.sampling.has(worker)) continue;
      this.sampling.add(worker);
      worker
        .getHeapStatistics()
        .then((heap) => {
          // Still the same document on a live worker: what the heap grew by is that document's.
          const grown = heap.used_heap_size - (current.heapAtStart ?? 0);
          if (grown > budget && this.assigned.get(worker)?.[0] === current)
            this.stop(worker, this.outOfMemory(current));
        })
        // A worker that exits meanwhile has no heap to report; its exit is handled on its own.
        .catch(() => undefined)
        .finally(() => this.sampling.delete(worker));
    }
  }

  private timeout(job: Job): Result {
    return failure(
      job,
      "timeout",
      `Unexpected input that takes over ${formatSeconds(this.budgets.timeoutMs)} to read, expected a class spec (CLASSPEC_TIMEOUT_MS)`,
    );
  }

  private outOfMemory(job: Job): Result {
    return failure(
      job,
      "too-much-memory",
      `Unexpected input that needs over ${this.budgets.maxMemoryMb} MiB of memory, expected a class spec (CLASSPEC_MAX_MEMORY_MB)`,
    );
  }
}

/** The V8 heap limit of a worker: a backstop well above the budget where the heap is sampled. */
export function heapLimitMb(budgetMb: number): number {
  return HEAP_SAMPLING ? Math.max(BACKSTOP_HEAP_MB, 2 * budgetMb) : budgetMb;
}

function failure(job: Job, code: string, message: string): Result {
  return { path: job.task.input.path, status: "failed", error: { code, message }, messages: [] };
}

function formatSeconds(milliseconds: number): string {
  return `${Number((milliseconds / 1000).toFixed(3))} s`;
}

let shared: DocumentPool | undefined;

/**
 * One document on a worker of a process-wide pool of one thread (a diff's
 * raw-document sides): the pool lives as long as the process, and its idle
 * worker never holds the process open. The first caller's budgets apply.
 */
export function parseIsolated(task: DocumentTask, budgets: Budgets): Promise<Result> {
  shared ??= new DocumentPool(1, budgets);
  return shared.run(task);
}
