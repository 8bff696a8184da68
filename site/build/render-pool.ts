/**
 * Worker threads that render pages. A worker spends a few hundred
 * milliseconds loading the server bundle before its first page, so the
 * build starts one as soon as it knows the renderer (`warm`), and that cost
 * overlaps computing the pages' data; more start only for batches big
 * enough to be worth them. Pages are handed out in small batches, so a
 * worker that finishes early takes more.
 */
import type { Worker } from "node:worker_threads";

import { siblingModule, startWorker } from "../../src/node/worker.js";
import type { RenderBatch, RendererSetup, WorkerReply } from "./render-worker.js";

/** Pages per batch sent to a worker: small enough to share the work evenly, large enough to keep messages few. */
const BATCH = 40;

class RenderWorker {
  readonly #worker: Worker;
  readonly ready: Promise<void>;
  #pending?: { resolve: (count: number) => void; reject: (error: Error) => void };
  #failed?: Error;

  constructor(setup: RendererSetup) {
    this.#worker = startWorker(siblingModule("render-worker", import.meta.url), setup);
    let started!: () => void;
    let refused!: (error: Error) => void;
    this.ready = new Promise((resolve, reject) => ((started = resolve), (refused = reject)));
    // A worker that never gets used must not turn its failure into an unhandled rejection.
    this.ready.catch(() => {});
    const fail = (error: Error) => {
      this.#failed ??= error;
      refused(error);
      this.#pending?.reject(error);
      this.#pending = undefined;
    };
    this.#worker.on("message", (reply: WorkerReply) => {
      if ("ready" in reply) started();
      else if (!reply.ok) fail(new Error(reply.error));
      else {
        this.#pending?.resolve(reply.count);
        this.#pending = undefined;
      }
    });
    this.#worker.on("error", fail);
    this.#worker.on("exit", (code) => fail(new Error(`render worker exited with ${code}`)));
  }

  async render(batch: RenderBatch): Promise<number> {
    await this.ready;
    if (this.#failed) throw this.#failed;
    return new Promise((resolve, reject) => {
      this.#pending = { resolve, reject };
      this.#worker.postMessage(batch);
    });
  }

  async close(): Promise<void> {
    this.#worker.removeAllListeners("exit");
    await this.#worker.terminate();
  }
}

export class RenderPool {
  readonly #workers: RenderWorker[] = [];

  constructor(
    private readonly setup: RendererSetup,
    /** Most workers to run at once. */
    private readonly size: number,
    /** Fewest pages worth starting another worker for. */
    private readonly pagesPerWorker = 150,
  ) {}

  /** Starts workers (up to `count`, at most the pool's size) that load the renderer now. */
  warm(count = 1): void {
    while (this.#workers.length < Math.min(count, this.size)) this.#workers.push(new RenderWorker(this.setup));
  }

  /** Renders every page into `out`; rejects with the first failure, after every batch in flight has settled. */
  async render(out: string, pages: RenderBatch["pages"]): Promise<number> {
    if (!pages.length) return 0;
    this.warm(Math.max(1, Math.ceil(pages.length / this.pagesPerWorker)));
    let next = 0;
    let failure: unknown;
    const take = async (worker: RenderWorker) => {
      while (failure === undefined && next < pages.length) {
        const batch = pages.slice(next, (next += BATCH));
        try {
          await worker.render({ out, pages: batch });
        } catch (error) {
          failure ??= error;
        }
      }
    };
    await Promise.all(this.#workers.map(take));
    if (failure !== undefined) throw failure;
    return pages.length;
  }

  async close(): Promise<void> {
    await Promise.all(this.#workers.splice(0).map((w) => w.close()));
  }
}
