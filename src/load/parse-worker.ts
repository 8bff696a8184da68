/**
 * Parses entry files off the main thread for parallel-parse.ts: receives a
 * list of files on its port, answers with their parsed parts (or problems),
 * then raises a flag in shared memory so the waiting loader wakes up.
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { type MessagePort, workerData } from "node:worker_threads";

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
  const hash = createHash("sha1").update(bytes).digest("base64url");
  const result = parseDocumentBytes(bytes, display);
  if (!result.document) return { file, hash, problems: result.problems };
  const { data, body, bodyLine } = result.document;
  return { file, hash, document: { data, body, bodyLine }, problems: [] };
}

if (workerData?.port) {
  const { port, flag } = workerData as { port: MessagePort; flag: Int32Array };
  port.on("message", (files: [string, string][]) => {
    let parsed: Parsed[] | { error: string };
    try {
      parsed = files.map(([file, display]) => parseFile(file, display));
    } catch (error) {
      parsed = { error: String((error as Error)?.stack ?? error) };
    }
    port.postMessage(parsed);
    Atomics.store(flag, 0, 1);
    Atomics.notify(flag, 0);
  });
}
