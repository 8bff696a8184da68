import { createHash } from "node:crypto";

import type { Pattern } from "@eslint-community/regexpp/ast";

import type { LoadedEntry } from "../load/index.js";
import { buildLookupIndex } from "../shared/lookup-index.js";
import { isPlaceholder } from "../shared/placeholder.js";
import { parseRegexSyntax } from "../shared/regex-syntax.js";
import { compileSignature, normalizeSignature } from "../shared/signatures.js";
import { literalOf } from "../shared/signatures.js";
import type { CompiledSignature, Signature } from "../types/schema.js";
import { canMatchEmpty } from "./can-match-empty.js";
import { runGuarded } from "./guarded.js";
import { checkSafety, type Safety, safetyKey } from "./regex-safety.js";
import type { RegexInput, RegexResult, RegexTask } from "./regex-worker.js";
import { list } from "./rule.js";

/** A lookup hit as the rules see it. */
export type ExampleHit = Extract<RegexResult, { kind: "lookup" }>["hits"][number];

/**
 * Lookup hits of earlier runs: they depend only on the example's text and on
 * the catalog's runnable signatures and codes, which `key` fingerprints. A
 * body or fix edit leaves that key alone, so no example is looked up again.
 */
export interface LookupMemo {
  key: string;
  /** Example text → its hits. */
  hits: Record<string, ExampleHit[]>;
}

/** How long one task (one entry's own examples, one lookup) may run before it counts as hung. */
export const REGEX_DEADLINE_MS = 3000;

/** Stands in for a signature that may not run, so positions stay aligned with the entry's list. */
const NEVER: CompiledSignature = { regex: "(?!)", ignore_case: false };

export interface SignatureInfo {
  /** Position in the entry's `signatures`. */
  index: number;
  signature: CompiledSignature;
  /** The compiled RegExp, or the engine's message when it does not compile. */
  regex: RegExp | string;
  /** The safety verdict, once `prove` has run; only compiled signatures get one. */
  safety?: Safety;
}

/** A signature that compiled and was proven safe: the only kind any rule may execute. */
export type RunnableSignature = SignatureInfo & { regex: RegExp; safety: { safe: true } };

/**
 * Signatures of one validation run, each compiled, parsed and proven safe
 * once: several rules need them, and compiling thousands of regexes
 * repeatedly was the largest cost of validating a big catalog. Identical
 * sources share one RegExp (signatures are never global, so sharing is safe).
 *
 * No rule executes a signature that `prove` has not passed: a catastrophic
 * pattern is reported once (EA012) and skipped everywhere else, so it cannot
 * hang the run.
 */
export class SignatureTable {
  private readonly compiled = new Map<string, RegExp | string>();
  private readonly parsed = new Map<string, Pattern | null>();
  private readonly perEntry = new WeakMap<LoadedEntry, SignatureInfo[]>();
  private own = new Map<LoadedEntry, boolean[]>();
  private empty = new Map<LoadedEntry, Set<number>>();
  private lookups = new Map<LoadedEntry, ExampleHit[][]>();
  private memo: LookupMemo | undefined;
  private readonly verdicts = new Map<string, Safety>();

  /** The well-formed signatures of an entry whose data may break the schema. */
  of(entry: LoadedEntry): SignatureInfo[] {
    let infos = this.perEntry.get(entry);
    if (!infos) {
      infos = [];
      list<unknown>((entry.source.data as Record<string, unknown>).signatures).forEach((raw, index) => {
        const signature = normalize(raw);
        if (signature) infos!.push({ index, signature, regex: this.compile(signature) });
      });
      this.perEntry.set(entry, infos);
    }
    return infos;
  }

  /**
   * Decides the safety of every compiled signature of these entries (recheck
   * only where backtracking is possible). `known`: verdicts of an earlier run
   * (`safetyVerdicts()`), taken as they are: a verdict depends only on the
   * pattern and the checker, and the caches that keep it are keyed by both.
   */
  async prove(entries: readonly LoadedEntry[], known: Readonly<Record<string, Safety>> = {}): Promise<void> {
    const pending: Promise<void>[] = [];
    for (const entry of entries) {
      for (const info of this.of(entry)) {
        if (info.safety || typeof info.regex === "string") continue;
        const key = safetyKey(info.signature.regex, info.signature.ignore_case);
        const verdict = Object.hasOwn(known, key) ? known[key] : this.verdicts.get(key);
        if (verdict) {
          info.safety = verdict;
          this.verdicts.set(key, verdict);
          continue;
        }
        pending.push(
          checkSafety(info.signature.regex, info.signature.ignore_case, () => this.parse(info.signature.regex)).then(
            (safety) => {
              info.safety = safety;
              // "unknown" means recheck gave up in time: on a busy machine, not a fact about the pattern.
              if (safety.safe || safety.reason === "vulnerable") this.verdicts.set(key, safety);
            },
          ),
        );
      }
    }
    await Promise.all(pending);
  }

  /** The safety verdicts this run reached or reused, for the next run's `prove`. */
  safetyVerdicts(): Record<string, Safety> {
    return Object.fromEntries(this.verdicts);
  }

  /** The signatures of an entry that may be executed: compiled and proven safe. */
  runnable(entry: LoadedEntry): RunnableSignature[] {
    return this.of(entry).filter((s): s is RunnableSignature => s.regex instanceof RegExp && s.safety?.safe === true);
  }

  /**
   * Runs every regex the rules need, once, behind both walls: only proven
   * signatures, in a worker that is stopped when a task hangs. `own`: the
   * entries whose examples are checked against their own signatures (EA013)
   * and whose signatures might match "" (EA016); `lookup`: the entries whose
   * examples are looked up in the whole catalog (EA017, EA028). A signature
   * that makes a task hang is found, marked unsafe (EA012 reports it) and
   * left out of a second run. With `memo` (the hits of an earlier run),
   * examples whose hits cannot have changed are not looked up again;
   * `lookupMemo()` gives the memo for the next run.
   */
  async execute(
    all: readonly LoadedEntry[],
    {
      own = all,
      lookup = all,
      deadline = REGEX_DEADLINE_MS,
      memo,
    }: { own?: readonly LoadedEntry[]; lookup?: readonly LoadedEntry[]; deadline?: number; memo?: LookupMemo } = {},
  ): Promise<void> {
    for (let attempt = 0; attempt < 3; attempt++) {
      const position = new Map(all.map((entry, i) => [entry, i]));
      const input: RegexInput = {
        entries: all.map((entry) => {
          const aligned: (CompiledSignature | null)[] = this.of(entry).map(() => null);
          for (const info of this.runnable(entry)) aligned[this.of(entry).indexOf(info)] = info.signature;
          return { signatures: aligned, examples: examplesOf(entry) };
        }),
      };
      const tasks: RegexTask[] = [];
      const reused = new Map<string, ExampleHit[]>();
      for (const entry of own) {
        const e = position.get(entry)!;
        tasks.push({ kind: "own", entry: e });
        this.runnable(entry).forEach((info) => {
          if (this.mayMatchEmpty(info)) {
            tasks.push({ kind: "empty", entry: e, signature: this.of(entry).indexOf(info) });
          }
        });
      }
      let key = "";
      if (lookup.length) {
        const indexed = all.map((entry, e) => {
          const code = (entry.source.data as Record<string, unknown>).code;
          const signatures = this.of(entry).map((info, k) =>
            input.entries[e]!.signatures[k] ? info.signature : NEVER,
          );
          return {
            id: entry.id,
            signatures: alignedToIndex(entry, this, signatures),
            ...(typeof code === "string" && { code }),
          };
        });
        key = createHash("sha1").update(JSON.stringify(indexed)).digest("base64url");
        const earlier = memo?.key === key ? memo.hits : {};
        for (const entry of lookup) {
          examplesOf(entry).forEach((text, example) => {
            if (!text) return;
            if (Object.hasOwn(earlier, text)) reused.set(text, earlier[text]!);
            else tasks.push({ kind: "lookup", entry: position.get(entry)!, example });
          });
        }
        if (tasks.some((task) => task.kind === "lookup")) {
          input.index = buildLookupIndex(indexed, { parse: (source) => this.parse(source) });
        }
      }
      const { results, timedOut } = await runGuarded(input, tasks, { deadline });
      if (timedOut.length) {
        const culprits = await this.findCulprits(
          all,
          input,
          timedOut.map((t) => tasks[t]!),
          deadline,
        );
        if (culprits.length && attempt < 2) continue; // run again without them
      }
      this.own = new Map();
      this.empty = new Map();
      this.lookups = new Map();
      const hitsOf = new Map(reused);
      tasks.forEach((task, t) => {
        const result = results[t];
        const entry = all[task.entry]!;
        if (result?.kind === "own") this.own.set(entry, result.matched);
        if (result?.kind === "empty" && result.matches && task.kind === "empty") {
          const set = this.empty.get(entry) ?? new Set<number>();
          set.add(this.of(entry)[task.signature]!.index);
          this.empty.set(entry, set);
        }
        if (result?.kind === "lookup" && task.kind === "lookup") {
          hitsOf.set(input.entries[task.entry]!.examples[task.example]!, result.hits);
        }
      });
      for (const entry of lookup) {
        const list: ExampleHit[][] = [];
        examplesOf(entry).forEach((text, example) => {
          const hits = text ? hitsOf.get(text) : undefined;
          if (hits) list[example] = hits;
        });
        this.lookups.set(entry, list);
      }
      this.memo = lookup.length ? { key, hits: Object.fromEntries(hitsOf) } : memo;
      return;
    }
  }

  /** Runs each signature alone on the texts of the hung tasks, task by task, to find the ones that hang. */
  private async findCulprits(
    all: readonly LoadedEntry[],
    input: RegexInput,
    hung: RegexTask[],
    deadline: number,
  ): Promise<SignatureInfo[]> {
    const probes: RegexTask[] = [];
    for (const task of hung) {
      const texts =
        task.kind === "lookup"
          ? [input.entries[task.entry]!.examples[task.example]!]
          : task.kind === "empty"
            ? [""]
            : input.entries[task.entry]!.examples;
      const candidates = task.kind === "lookup" ? all.map((_, e) => e) : [task.entry];
      for (const e of candidates) {
        input.entries[e]!.signatures.forEach((signature, k) => {
          if (signature) for (const text of texts) probes.push({ kind: "probe", entry: e, signature: k, text });
        });
      }
    }
    const { timedOut } = await runGuarded(input, probes, { deadline, batch: 1 });
    const culprits: SignatureInfo[] = [];
    for (const t of timedOut) {
      const probe = probes[t] as Extract<RegexTask, { kind: "probe" }>;
      const info = this.of(all[probe.entry]!)[probe.signature]!;
      if (!culprits.includes(info)) {
        info.safety = { safe: false, reason: "timeout", complexity: "unknown" };
        culprits.push(info);
      }
    }
    return culprits;
  }

  /** Whether a signature might match the empty string, decided from its structure where possible (EA016 runs the rest). */
  private mayMatchEmpty(info: RunnableSignature): boolean {
    const literal = literalOf(info.signature.regex);
    if (literal !== null) return literal.length === 0;
    const pattern = this.parse(info.signature.regex);
    return !pattern || canMatchEmpty(pattern);
  }

  /** For each example of `entry`: whether one of its own runnable signatures matches it; undefined before `execute`. */
  ownMatches(entry: LoadedEntry): boolean[] | undefined {
    return this.own.get(entry);
  }

  /** The lookup hits of the last `execute`, for the next run's `memo`: every example looked up, by text. */
  lookupMemo(): LookupMemo | undefined {
    return this.memo;
  }

  /** Positions (in `signatures`) of the entry's signatures that match the empty string. */
  matchingEmpty(entry: LoadedEntry): ReadonlySet<number> {
    return this.empty.get(entry) ?? new Set();
  }

  /** The lookup hits of each of the entry's examples over the whole catalog. */
  exampleHits(entry: LoadedEntry): ExampleHit[][] {
    return this.lookups.get(entry) ?? [];
  }

  compile(signature: CompiledSignature): RegExp | string {
    const key = `${signature.ignore_case ? "i" : ""}/${signature.regex}`;
    let regex = this.compiled.get(key);
    if (regex === undefined) this.compiled.set(key, (regex = compileSignature(signature)));
    return regex;
  }

  /**
   * The regexpp syntax tree of a source, or null when it does not parse.
   * Callers check `literalOf` first: pure literals need no tree.
   */
  parse(source: string): Pattern | null {
    let pattern = this.parsed.get(source);
    if (pattern === undefined) this.parsed.set(source, (pattern = parseRegexSyntax(source)));
    return pattern;
  }
}

/** The entry's examples by position; "" where an item is not a usable string (the schema reports those). */
function examplesOf(entry: LoadedEntry): string[] {
  return list<unknown>((entry.source.data as Record<string, unknown>).examples).map((e) =>
    typeof e === "string" && !isPlaceholder(e) ? e : "",
  );
}

/** Signatures placed at their positions in the entry's `signatures` list, so hits name the right line. */
function alignedToIndex(
  entry: LoadedEntry,
  table: SignatureTable,
  signatures: CompiledSignature[],
): CompiledSignature[] {
  const aligned: CompiledSignature[] = [];
  table.of(entry).forEach((info, k) => (aligned[info.index] = signatures[k]!));
  return Array.from(aligned, (s) => s ?? NEVER);
}

/** Normalises one item of a possibly invalid `signatures` list; undefined when malformed. */
function normalize(raw: unknown): CompiledSignature | undefined {
  if (
    isPlaceholder(raw) ||
    isPlaceholder((raw as { regex?: unknown } | null)?.regex) ||
    isPlaceholder((raw as { literal?: unknown } | null)?.literal)
  ) {
    return undefined;
  }
  if (typeof raw === "string" && raw) return normalizeSignature(raw);
  if (raw && typeof raw === "object") {
    const r = raw as Record<string, unknown>;
    if (typeof r.regex === "string" && r.regex) {
      return normalizeSignature({ regex: r.regex, ignore_case: r.ignore_case === true } as Signature);
    }
    if (typeof r.literal === "string" && r.literal) {
      return normalizeSignature({ literal: r.literal, ignore_case: r.ignore_case === true } as Signature);
    }
  }
  return undefined;
}
