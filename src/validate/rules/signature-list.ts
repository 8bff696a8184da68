import { normalizeSignature } from "../../signatures.js";
import type { CompiledSignature, Signature } from "../../types/schema.js";

/** Normalises one item of a possibly invalid `signatures` list; undefined when malformed. */
export function signatureAt(raw: unknown): CompiledSignature | undefined {
  if (typeof raw === "string" && raw) return normalizeSignature(raw);
  if (raw && typeof raw === "object") {
    const r = raw as Record<string, unknown>;
    if (typeof r.regex === "string" && r.regex) return normalizeSignature({ regex: r.regex, ignore_case: r.ignore_case === true } as Signature);
    if (typeof r.literal === "string" && r.literal) return normalizeSignature({ literal: r.literal, ignore_case: r.ignore_case === true } as Signature);
  }
  return undefined;
}
