import { availableParallelism } from "node:os";
import { MessageChannel, type MessagePort, receiveMessageOnPort, type Worker } from "node:worker_threads";

import { siblingModule, startWorker } from "../node/worker.js";
import { claims, DONE, NEXT, type Parsed, parseFile } from "./parse-worker.js";

/**
 * Parsing YAML is most of loading a large catalog, and loading is
 * synchronous (every step after it needs all entries). So a helper thread
 * parses files while this thread does too, and this thread then waits for
 * it on shared memory and takes its answer from the port synchronously. The
 * two take files from one shared counter, a few at a time, so neither waits
 * for the other at the end: a fixed split left one thread idle for a fifth
 * of the parse, as their speeds differ (start-up, garbage collection, other
 * load). Starting the helper costs about 50 ms from compiled code (the tools'
 * bundle, the package) and several times that from TypeScript sources, so it
 * is only used from compiled code and for catalogs large enough to pay for it.
 */
const MIN_FILES = 600;
const fromSources = import.meta.url.endsWith(".ts");

let helper: { worker: Worker; port: MessagePort; shared: Int32Array } | undefined;

/** Starts the helper thread, if this build can use one. */
export function prepareParallelParse(): void {
  if (helper || fromSources || availableParallelism() < 2) return;
  const { port1, port2 } = new MessageChannel();
  // [DONE]: the helper has answered; [NEXT]: the next file to take.
  const shared = new Int32Array(new SharedArrayBuffer(8));
  const worker = startWorker(siblingModule("parse-worker", import.meta.url), { port: port2, shared }, [port2]);
  worker.unref();
  port1.unref();
  helper = { worker, port: port1, shared };
}

/** Parses `files` ([path, display path]), in two threads when there are many. */
export function parseAll(files: readonly [string, string][]): Parsed[] {
  if (files.length < MIN_FILES || fromSources || availableParallelism() < 2) {
    return files.map(([file, display]) => parseFile(file, display));
  }
  prepareParallelParse();
  const { worker, port, shared } = helper!;
  Atomics.store(shared, DONE, 0);
  Atomics.store(shared, NEXT, 0);
  worker.ref();
  port.postMessage(files);
  const parsed: (Parsed | undefined)[] = new Array(files.length);
  for (const i of claims(shared, files.length)) parsed[i] = parseFile(...files[i]!);
  let answer: [number, Parsed][] | { error: string } | undefined;
  // A stuck helper must not hang validation: after a generous wait, what it did not answer is parsed here.
  if (Atomics.wait(shared, DONE, 0, 60_000) !== "timed-out") {
    answer = receiveMessageOnPort(port)?.message as typeof answer;
  }
  worker.unref();
  if (Array.isArray(answer)) for (const [i, result] of answer) parsed[i] = result;
  return parsed.map((result, i) => result ?? parseFile(...files[i]!));
}
