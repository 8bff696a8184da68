import { availableParallelism } from "node:os";
import type { Worker } from "node:worker_threads";

import { siblingModule, startWorker } from "../node/worker.js";
import type { RegexInput, RegexResult, RegexTask } from "./regex-worker.js";

export interface GuardedRun {
  results: (RegexResult | undefined)[];
  /** Tasks that ran past the deadline and were stopped. */
  timedOut: number[];
}

const workerModule = siblingModule("regex-worker", import.meta.url);

/**
 * Idle workers, kept for the next run: starting one costs tens of
 * milliseconds from compiled code and a few hundred from the TypeScript
 * sources, which dominated validating a small catalog. Idle workers are
 * unreferenced, so they never keep the process alive; a worker stopped by
 * the watchdog is never reused.
 */
const idle: Worker[] = [];

/**
 * Each worker's start: its first message says it is ready. The deadline
 * counts from then, so a slow start on a busy machine (a fresh worker after
 * one was stopped loads its code again) is never taken for a hung task.
 */
const ready = new WeakMap<Worker, Promise<void>>();

function start(): Worker {
  const worker = startWorker(workerModule, {});
  const started = new Promise<void>((resolve, reject) => {
    worker.once("message", () => resolve());
    worker.once("error", reject);
  });
  started.catch(() => {}); // a failed start is reported where the worker is used
  ready.set(worker, started);
  return worker;
}

function takeWorker(): Worker {
  const worker = idle.pop() ?? start();
  worker.ref();
  return worker;
}

function release(worker: Worker): void {
  worker.unref();
  idle.push(worker);
}

/** How many workers share a run: one per core, at most two (more costs more to start than it saves here). */
const parallel = () => Math.max(1, Math.min(2, availableParallelism()));

/** Starts the workers a run will use while the main thread is still loading and checking files. */
export function warmUp(): void {
  while (idle.length < parallel()) release(start());
}

/**
 * The second wall against catastrophic regexes (the first is the safety
 * check, EA012): the tasks run in worker threads, each stopped when it
 * reports nothing for `deadline` ms. The stuck task is then found (the run
 * resumes task by task from the last report), recorded as timed out and
 * skipped, and the run goes on — so validation always ends, and says where.
 * Large runs are shared between workers.
 */
export async function runGuarded(
  input: RegexInput,
  tasks: readonly RegexTask[],
  { deadline = 3000, batch = 200 } = {},
): Promise<GuardedRun> {
  const results: (RegexResult | undefined)[] = new Array(tasks.length);
  const timedOut: number[] = [];
  // Interleaved, not contiguous: tasks come grouped by kind (cheap checks first, lookups last),
  // so contiguous halves would leave one worker with all the expensive ones.
  const parts = tasks.length >= 400 ? parallel() : 1;
  await Promise.all(
    Array.from({ length: parts }, async (_, p) => {
      const indices = tasks.map((_, i) => i).filter((i) => i % parts === p);
      const part = await runPart(
        input,
        indices.map((i) => tasks[i]!),
        { deadline, batch },
      );
      part.results.forEach((result, k) => (results[indices[k]!] = result));
      timedOut.push(...part.timedOut.map((k) => indices[k]!));
    }),
  );
  return { results, timedOut: timedOut.sort((a, b) => a - b) };
}

async function runPart(
  input: RegexInput,
  tasks: readonly RegexTask[],
  { deadline, batch }: { deadline: number; batch: number },
): Promise<GuardedRun> {
  const results: (RegexResult | undefined)[] = new Array(tasks.length);
  const timedOut: number[] = [];
  let from = 0;
  let careful = false;
  while (from < tasks.length) {
    const worker = takeWorker();
    await ready.get(worker);
    const outcome = await new Promise<{ stopped: boolean; last: number }>((resolve, reject) => {
      let last = from - 1;
      let timer = setTimeout(stop, deadline);
      // This run's listeners only: an idle worker keeps none of them.
      const done = () => {
        clearTimeout(timer);
        worker.off("message", onMessage);
        worker.off("error", onError);
      };
      function stop() {
        done();
        void worker.terminate();
        resolve({ stopped: true, last });
      }
      function onMessage(message: { results: { task: number; result: RegexResult }[]; done?: boolean }) {
        clearTimeout(timer);
        for (const { task, result } of message.results) {
          results[task] = result;
          last = task;
        }
        if (message.done) {
          done();
          release(worker);
          resolve({ stopped: false, last });
        } else timer = setTimeout(stop, deadline);
      }
      function onError(error: Error) {
        done();
        reject(error);
      }
      worker.on("message", onMessage);
      worker.on("error", onError);
      worker.postMessage({ input, tasks, from, to: tasks.length, batch: careful ? 1 : batch });
    });
    if (!outcome.stopped) break;
    if (careful) {
      // Task by task, the one after the last report is the one that hung.
      timedOut.push(outcome.last + 1);
      from = outcome.last + 2;
      careful = false;
    } else {
      from = outcome.last + 1;
      careful = true;
    }
  }
  return { results, timedOut };
}
