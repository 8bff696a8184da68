import { localize } from "./localize.js";
import { entryPath, siteUrls } from "./urls.js";
import type { CompiledEntry } from "../types/schema.js";
import type { LookupMatch } from "../lookup/engine.js";

/** What a person or an agent needs first about a hit: the entry, its best moves, its traps, the page. */
export interface HitSummary {
  id: string;
  title: string;
  score: number;
  matched: string;
  url: string;
  fix_rate: number;
  workarounds: { text: string; how?: string; success_rate: number; measured?: { n: number; rate: number } }[];
  dead_ends: { text: string; why: string; fail_rate: number }[];
}

export function summarize(match: LookupMatch, entry: CompiledEntry, lang: string, site: string, top = 3): HitSummary {
  const local = localize(entry, lang);
  return {
    id: entry.id,
    title: local.title.text,
    score: match.score,
    matched: match.text,
    url: siteUrls(site).absolute(entryPath(entry.id, lang)),
    fix_rate: entry.fix_rate,
    workarounds: local.workarounds.slice(0, top).map((w) => ({
      text: w.text.text,
      ...(w.how && { how: w.how }),
      success_rate: w.success_rate,
      ...(w.measured && { measured: { n: w.measured.n, rate: w.measured.rate } }),
    })),
    dead_ends: local.dead_ends.slice(0, top).map((d) => ({ text: d.text.text, why: d.why.text, fail_rate: d.fail_rate })),
  };
}
