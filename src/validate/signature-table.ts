import type { Pattern } from "@eslint-community/regexpp/ast";
import type { LoadedEntry } from "../load/index.js";
import { compileSignature, normalizeSignature } from "../shared/signatures.js";
import type { CompiledSignature, Signature } from "../types/schema.js";
import { list } from "./rule.js";
import { parseRegexSyntax } from "../shared/regex-syntax.js";
import { isPlaceholder } from "../shared/placeholder.js";
import { checkSafety, type Safety } from "./regex-safety.js";
import { buildLookupIndex } from "../shared/lookup-index.js";
import { LookupEngine } from "../lookup/engine.js";

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
  private engine?: { entries: readonly LoadedEntry[]; engine: LookupEngine };

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

  /** Decides the safety of every compiled signature of these entries (recheck only where backtracking is possible). */
  async prove(entries: readonly LoadedEntry[]): Promise<void> {
    const pending: Promise<void>[] = [];
    for (const entry of entries) {
      for (const info of this.of(entry)) {
        if (info.safety || typeof info.regex === "string") continue;
        pending.push(
          checkSafety(info.signature.regex, info.signature.ignore_case, () => this.parse(info.signature.regex)).then((safety) => {
            info.safety = safety;
          }),
        );
      }
    }
    await Promise.all(pending);
  }

  /** The signatures of an entry that may be executed: compiled and proven safe. */
  runnable(entry: LoadedEntry): RunnableSignature[] {
    return this.of(entry).filter((s): s is RunnableSignature => s.regex instanceof RegExp && s.safety?.safe === true);
  }

  /**
   * The lookup engine over these entries' runnable signatures, built once per
   * run for the rules that look examples up (after `prove`).
   */
  lookup(entries: readonly LoadedEntry[]): LookupEngine {
    if (this.engine?.entries === entries) return this.engine.engine;
    const index = buildLookupIndex(
      entries.map((entry) => {
        const aligned: CompiledSignature[] = [];
        for (const info of this.runnable(entry)) aligned[info.index] = info.signature;
        const code = (entry.source.data as Record<string, unknown>).code;
        return { id: entry.id, signatures: Array.from(aligned, (s) => s ?? NEVER), ...(typeof code === "string" && { code }) };
      }),
      { parse: (source) => this.parse(source) },
    );
    const engine = new LookupEngine(index, { compile: (s) => this.compile(s) as RegExp });
    this.engine = { entries, engine };
    return engine;
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

/** Normalises one item of a possibly invalid `signatures` list; undefined when malformed. */
function normalize(raw: unknown): CompiledSignature | undefined {
  if (isPlaceholder(raw) || isPlaceholder((raw as { regex?: unknown } | null)?.regex) || isPlaceholder((raw as { literal?: unknown } | null)?.literal)) return undefined;
  if (typeof raw === "string" && raw) return normalizeSignature(raw);
  if (raw && typeof raw === "object") {
    const r = raw as Record<string, unknown>;
    if (typeof r.regex === "string" && r.regex) return normalizeSignature({ regex: r.regex, ignore_case: r.ignore_case === true } as Signature);
    if (typeof r.literal === "string" && r.literal) return normalizeSignature({ literal: r.literal, ignore_case: r.ignore_case === true } as Signature);
  }
  return undefined;
}
