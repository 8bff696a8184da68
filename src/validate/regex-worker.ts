/**
 * Runs catalog regexes for validation, off the main thread: each entry's
 * signatures on its own examples, and every example through the catalog's
 * lookup. It reports each task as it finishes, so the watchdog in
 * guarded.ts can stop a task that runs too long (a pathological pattern the
 * safety check missed) and carry on without it.
 */
import { type MessagePort, parentPort, workerData } from "node:worker_threads";

import { LookupEngine, type LookupMatch } from "../lookup/engine.js";
import type { LookupIndex } from "../lookup/lookup-index.js";
import { compileSignature } from "../shared/signatures.js";
import type { CompiledSignature } from "../types/schema.js";

export interface RegexInput {
  /** Per entry: its runnable signatures by position (null where a signature may not run), and its examples. */
  entries: { signatures: (CompiledSignature | null)[]; examples: string[] }[];
  /** The lookup index over every entry's runnable signatures; absent when no lookup is needed. */
  index?: LookupIndex;
}

export type RegexTask =
  | { kind: "own"; entry: number }
  | { kind: "empty"; entry: number; signature: number }
  | { kind: "lookup"; entry: number; example: number }
  | { kind: "probe"; entry: number; signature: number; text: string };

export type RegexResult =
  /** For each example: whether one of the entry's signatures matches it. */
  | { kind: "own"; matched: boolean[] }
  | { kind: "empty"; matches: boolean }
  | {
      kind: "lookup";
      hits: Pick<LookupMatch, "id" | "signature" | "via" | "strength" | "text">[];
    }
  | { kind: "probe" };

export function runTask(input: RegexInput, task: RegexTask, engine: () => LookupEngine): RegexResult {
  const compiled = (s: CompiledSignature | null) => (s ? compileSignature(s) : null);
  if (task.kind === "own") {
    const { signatures, examples } = input.entries[task.entry]!;
    const regexes = signatures.map(compiled).filter((r): r is RegExp => r instanceof RegExp);
    return { kind: "own", matched: examples.map((example) => !example || regexes.some((r) => r.test(example))) };
  }
  if (task.kind === "empty") {
    const regex = compiled(input.entries[task.entry]!.signatures[task.signature] ?? null);
    return { kind: "empty", matches: regex instanceof RegExp && regex.test("") };
  }
  if (task.kind === "probe") {
    const regex = compiled(input.entries[task.entry]!.signatures[task.signature] ?? null);
    if (regex instanceof RegExp) regex.test(task.text);
    return { kind: "probe" };
  }
  const example = input.entries[task.entry]!.examples[task.example]!;
  const hits = engine()
    .lookup(example, { limit: Number.POSITIVE_INFINITY })
    .map(({ id, signature, via, strength, text }) => ({ id, signature, via, strength, text }));
  return { kind: "lookup", hits };
}

/** One run: tasks `from` up to `to`, reported in small batches (a message per task would cost more than most tasks). */
function run(
  port: MessagePort,
  job: { input: RegexInput; tasks: RegexTask[]; from: number; to: number; batch: number },
) {
  const { input, tasks, from, to, batch } = job;
  let engine: LookupEngine | undefined;
  const getEngine = () => (engine ??= new LookupEngine(input.index!));
  let pending: { task: number; result: RegexResult }[] = [];
  let flushed = performance.now();
  for (let i = from; i < to; i++) {
    pending.push({ task: i, result: runTask(input, tasks[i]!, getEngine) });
    if (pending.length >= batch || performance.now() - flushed > 25) {
      port.postMessage({ results: pending });
      pending = [];
      flushed = performance.now();
    }
  }
  port.postMessage({ results: pending, done: true });
}

// A worker serves runs until it is stopped (guarded.ts keeps idle ones for the next run).
if (parentPort && workerData) {
  const port = parentPort;
  port.on("message", (job: Parameters<typeof run>[1]) => run(port as unknown as MessagePort, job));
  // Ready: the watchdog's deadline starts counting now (see guarded.ts).
  port.postMessage({ ready: true });
}
