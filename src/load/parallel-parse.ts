import { availableParallelism } from "node:os";
import { MessageChannel, type MessagePort, receiveMessageOnPort, type Worker } from "node:worker_threads";

import { siblingModule, startWorker } from "../node/worker.js";
import { type Parsed, parseFile } from "./parse-worker.js";

/**
 * Parsing YAML is most of loading a large catalog, and loading is
 * synchronous (every step after it needs all entries). So a helper thread
 * parses part of the files while this thread parses the rest, and this
 * thread then waits for it on shared memory and takes its answer from the
 * port synchronously. Starting the helper costs about 50 ms from compiled
 * code (the tools' bundle, the package) and several times that from
 * TypeScript sources, so it is only used from compiled code and for
 * catalogs large enough to pay for it.
 */
const MIN_FILES = 600;
const fromSources = import.meta.url.endsWith(".ts");

let helper: { worker: Worker; port: MessagePort; flag: Int32Array } | undefined;

/** Starts the helper thread, if this build can use one. */
export function prepareParallelParse(): void {
  if (helper || fromSources || availableParallelism() < 2) return;
  const { port1, port2 } = new MessageChannel();
  const flag = new Int32Array(new SharedArrayBuffer(4));
  const worker = startWorker(siblingModule("parse-worker", import.meta.url), { port: port2, flag }, [port2]);
  worker.unref();
  port1.unref();
  helper = { worker, port: port1, flag };
}

/** Parses `files` ([path, display path]), in two threads when there are many. */
export function parseAll(files: readonly [string, string][]): Parsed[] {
  if (files.length < MIN_FILES || fromSources || availableParallelism() < 2) {
    return files.map(([file, display]) => parseFile(file, display));
  }
  prepareParallelParse();
  const { worker, port, flag } = helper!;
  // The helper starts later and pays for loading its modules: it takes a little less than half.
  const split = Math.floor(files.length * 0.45);
  Atomics.store(flag, 0, 0);
  worker.ref();
  port.postMessage(files.slice(0, split));
  const mine = files.slice(split).map(([file, display]) => parseFile(file, display));
  let answer: Parsed[] | { error: string } | undefined;
  // A stuck helper must not hang validation: after a generous wait, parse its share here.
  if (Atomics.wait(flag, 0, 0, 60_000) !== "timed-out") {
    answer = receiveMessageOnPort(port)?.message as typeof answer;
  }
  worker.unref();
  const theirs = Array.isArray(answer)
    ? answer
    : files.slice(0, split).map(([file, display]) => parseFile(file, display));
  return [...theirs, ...mine];
}
