import type { Pattern } from "@eslint-community/regexpp/ast";
import type { LoadedEntry } from "../load/index.js";
import { compileSignature, normalizeSignature } from "../signatures.js";
import type { CompiledSignature, Signature } from "../types/schema.js";
import { list } from "./rule.js";
import { parseRegexSyntax } from "../regex-syntax.js";
import { isPlaceholder } from "../placeholder.js";

export interface SignatureInfo {
  /** Position in the entry's `signatures`. */
  index: number;
  signature: CompiledSignature;
  /** The compiled RegExp, or the engine's message when it does not compile. */
  regex: RegExp | string;
}

/**
 * Signatures of one validation run, each compiled and parsed once: several
 * rules need them, and compiling thousands of regexes repeatedly was the
 * largest cost of validating a big catalog. Identical sources share one
 * RegExp (signatures are never global, so sharing is safe).
 */
export class SignatureTable {
  private readonly compiled = new Map<string, RegExp | string>();
  private readonly parsed = new Map<string, Pattern | null>();
  private readonly perEntry = new WeakMap<LoadedEntry, SignatureInfo[]>();

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
