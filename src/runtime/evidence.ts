import type { Evidence } from "../types/schema.js";

/** Ids a piece of evidence supports (its `target`: one id or several). */
export function targetsOf(item: Evidence): string[] {
  const target = (item as { target?: string | string[] }).target;
  return target === undefined ? [] : Array.isArray(target) ? target : [target];
}
