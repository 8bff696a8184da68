/**
 * Parses entry files off the main thread for parallel-parse.ts: receives the
 * list of files on its port, takes files from a counter it shares with the
 * loader, answers with their positions and parsed parts (or problems), then
 * raises a flag in shared memory so the waiting loader wakes up.
 */
import { readFileSync } from "node:fs";
import { type MessagePort, workerData } from "node:worker_threads";

import { digest } from "../node/digest.js";
import type { Problem } from "../shared/problem.js";
import { parseDocumentBytes, type StoredDocument } from "./document.js";

export interface Parsed {
  file: string;
  hash: string;
  document?: StoredDocument;
  problems: Problem[];
}

/** Reads and parses one file, keeping only what can cross threads (no functions). */
export function parseFile(file: string, display: string): Parsed {
  const bytes = readFileSync(file);
  const hash = digest("sha1", bytes, "base64url");
  const result = parseDocumentBytes(bytes, display);
  if (!result.document) return { file, hash, problems: result.problems };
  const { data, body, bodyLine } = result.document;
  return { file, hash, document: { data, body, bodyLine }, problems: [] };
}

/** Positions in the shared counters of parallel-parse.ts. */
export const DONE = 0;
export const NEXT = 1;
/** Files taken from the shared counter at a time: few enough that both threads end together. */
const CLAIM = 4;

/** The positions of the files this thread takes, until none are left. */
export function* claims(shared: Int32Array, count: number): Generator<number> {
  for (let from = Atomics.add(shared, NEXT, CLAIM); from < count; from = Atomics.add(shared, NEXT, CLAIM)) {
    for (let i = from; i < Math.min(from + CLAIM, count); i++) yield i;
  }
}

if (workerData?.port) {
  const { port, shared } = workerData as { port: MessagePort; shared: Int32Array };
  port.on("message", (files: [string, string][]) => {
    let parsed: [number, Parsed][] | { error: string };
    try {
      parsed = [];
      for (const i of claims(shared, files.length)) parsed.push([i, parseFile(...files[i]!)]);
    } catch (error) {
      parsed = { error: String((error as Error)?.stack ?? error) };
    }
    port.postMessage(parsed);
    Atomics.store(shared, DONE, 1);
    Atomics.notify(shared, DONE);
  });
}
