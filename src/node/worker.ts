import { type Transferable, Worker } from "node:worker_threads";

/**
 * A worker thread running `module`. From the TypeScript sources (tests,
 * tsx) the loader hooks of the parent thread do not reach the worker, so a
 * bootstrap registers tsx's loader there first and then imports the module;
 * from compiled code the module runs directly.
 */
export function startWorker(module: URL, workerData: object, transferList: Transferable[] = []): Worker {
  if (!module.pathname.endsWith(".ts")) return new Worker(module, { workerData, transferList });
  return new Worker(new URL("./ts-worker.mjs", import.meta.url), {
    workerData: { ...workerData, module: module.href },
    transferList,
  });
}

/** The sibling module `name` of `from`, with the extension `from` has (`.ts` from sources, `.js` compiled). */
export function siblingModule(name: string, from: string): URL {
  return new URL(`./${name}${from.endsWith(".ts") ? ".ts" : ".js"}`, from);
}
