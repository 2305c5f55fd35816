/**
 * Every document in isolation: a small pool of worker threads, each parsing
 * one document at a time under a deadline (counted from the moment its
 * worker starts on it, not from when it was queued) and a memory ceiling.
 * A worker over either is terminated and replaced; its document fails with
 * `timeout` or `too-much-memory` and the batch goes on. Workers are reused
 * across documents (loading the pipeline costs ~0.3 s), and an idle worker
 * never keeps the process alive.
 *
 * Memory is watched two ways: V8's heap limit of the worker
 * (`resourceLimits`), and the process's resident memory, because pdfjs holds
 * decompressed streams in ArrayBuffers outside the V8 heap. The resident
 * size is one number for the process, so when it is over budget the worker
 * that has been busy longest (a runaway document, not the ones around it
 * that take milliseconds) is the one stopped.
 */
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import type { Budgets } from "./budgets.js";
import type { DocumentTask } from "./document-worker.js";
import type { Result } from "./index.js";

const WORKER = new URL("./document-worker.js", import.meta.url);
const MIB = 1024 * 1024;
/** What a worker with the pipeline loaded holds besides its document. */
const WORKER_OVERHEAD_MB = 64;
/** How often resident memory is checked; fast inflation grows a few hundred MiB in this time. */
const MEMORY_CHECK_MS = 50;

/** Workers run compiled JavaScript: false when this module runs from TypeScript source (vitest). */
export function isolationAvailable(): boolean {
  return existsSync(fileURLToPath(WORKER));
}

interface Job {
  task: DocumentTask;
  resolve: (result: Result) => void;
}

interface Running extends Job {
  startedAt: number;
  timer: NodeJS.Timeout;
}

export class DocumentPool {
  private readonly alive = new Set<Worker>();
  private readonly idle: Worker[] = [];
  private readonly queue: Job[] = [];
  private readonly running = new Map<Worker, Running>();
  private readonly watchdog: NodeJS.Timeout;
  private rssCeiling: number;
  private destroyed = false;
  /** Workers stopped but not yet gone: their memory is still counted until they are. */
  private terminating = 0;

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
    for (const run of this.running.values()) clearTimeout(run.timer);
    this.running.clear();
    this.queue.length = 0;
    await Promise.all([...this.alive].map((worker) => worker.terminate()));
  }

  private pump(): void {
    while (this.queue.length > 0 && !this.destroyed) {
      const worker = this.idle.pop() ?? (this.alive.size < this.threads ? this.spawn() : undefined);
      if (!worker) return;
      const job = this.queue.shift() as Job;
      const timer = setTimeout(() => this.stop(worker, this.timeout(job)), this.budgets.timeoutMs);
      this.running.set(worker, { ...job, startedAt: performance.now(), timer });
      worker.ref();
      worker.postMessage(job.task);
    }
  }

  private spawn(): Worker {
    const worker = new Worker(WORKER, {
      resourceLimits: { maxOldGenerationSizeMb: this.budgets.maxMemoryMb },
    });
    worker.on("message", (result: Result) => {
      this.settle(worker, result);
      this.idle.push(worker);
      worker.unref();
      this.pump();
    });
    worker.on("error", (error: NodeJS.ErrnoException) => {
      const run = this.running.get(worker);
      if (run) {
        this.settle(
          worker,
          error.code === "ERR_WORKER_OUT_OF_MEMORY"
            ? this.outOfMemory(run)
            : failure(
                run,
                "internal",
                `Unexpected worker failure (${error.message}), expected an outcome`,
              ),
        );
      }
    });
    worker.on("exit", () => {
      const run = this.running.get(worker);
      if (run)
        this.settle(
          worker,
          failure(run, "internal", "Unexpected worker exit, expected an outcome"),
        );
      this.retire(worker);
      this.pump();
    });
    this.alive.add(worker);
    return worker;
  }

  private settle(worker: Worker, result: Result): void {
    const run = this.running.get(worker);
    if (!run) return;
    clearTimeout(run.timer);
    this.running.delete(worker);
    run.resolve(result);
  }

  /** Ends `worker`'s document with `result` and replaces the worker (the next task spawns one). */
  private stop(worker: Worker, result: Result): void {
    this.settle(worker, result);
    this.retire(worker);
    this.terminating++;
    void worker.terminate().finally(() => {
      this.terminating--;
      // The allocator keeps much of what a stopped worker freed (its pages are reused, not
      // returned), so later documents are measured from what the process holds now.
      this.rssCeiling = Math.max(this.rssCeiling, process.memoryUsage.rss() + this.allowance());
    });
    this.pump();
  }

  private retire(worker: Worker): void {
    this.alive.delete(worker);
    const index = this.idle.indexOf(worker);
    if (index >= 0) this.idle.splice(index, 1);
  }

  /** Resident memory the busy workers may add to the process. */
  private allowance(): number {
    return this.threads * (this.budgets.maxMemoryMb + WORKER_OVERHEAD_MB) * MIB;
  }

  private checkMemory(): void {
    if (this.running.size === 0 || this.terminating > 0) return;
    if (process.memoryUsage.rss() <= this.rssCeiling) return;
    let longest: [Worker, Running] | undefined;
    for (const entry of this.running) {
      if (!longest || entry[1].startedAt < longest[1].startedAt) longest = entry;
    }
    if (longest) this.stop(longest[0], this.outOfMemory(longest[1]));
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
