import { siblingModule, startWorker } from "../node/worker.js";
import type { RegexInput, RegexResult, RegexTask } from "./regex-worker.js";

export interface GuardedRun {
  results: (RegexResult | undefined)[];
  /** Tasks that ran past the deadline and were stopped. */
  timedOut: number[];
}

const workerModule = siblingModule("regex-worker", import.meta.url);

/**
 * The second wall against catastrophic regexes (the first is the safety
 * check, EA012): the tasks run in a worker thread that is stopped when it
 * reports nothing for `deadline` ms. The stuck task is then found (the run
 * resumes task by task from the last report), recorded as timed out and
 * skipped, and the run goes on — so validation always ends, and says where.
 */
export async function runGuarded(
  input: RegexInput,
  tasks: readonly RegexTask[],
  { deadline = 3000, batch = 200 } = {},
): Promise<GuardedRun> {
  const results: (RegexResult | undefined)[] = new Array(tasks.length);
  const timedOut: number[] = [];
  let from = 0;
  let careful = false;
  while (from < tasks.length) {
    const outcome = await new Promise<{ stopped: boolean; last: number }>((resolve, reject) => {
      let last = from - 1;
      const worker = startWorker(workerModule, { input, tasks, from, batch: careful ? 1 : batch });
      let timer = setTimeout(stop, deadline);
      function stop() {
        void worker.terminate();
        resolve({ stopped: true, last });
      }
      worker.on("message", (message: { results: { task: number; result: RegexResult }[]; done?: boolean }) => {
        clearTimeout(timer);
        for (const { task, result } of message.results) {
          results[task] = result;
          last = task;
        }
        if (message.done) {
          void worker.terminate();
          resolve({ stopped: false, last });
        } else timer = setTimeout(stop, deadline);
      });
      worker.once("error", (error) => {
        clearTimeout(timer);
        reject(error);
      });
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
