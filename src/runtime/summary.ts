import type { LookupMatch } from "../lookup/engine.js";
import type { CompiledEntry, DocLink } from "../types/schema.js";
import { targetsOf } from "./evidence.js";
import { deadEndFigure, fixRateFigure, type RateFigure, workaroundFigure } from "./figures.js";
import { localize } from "./localize.js";
import { entryPath, siteUrls } from "./urls.js";

/** A cited record, as tools show it next to a fix. */
export interface SourceLink {
  title: string;
  url: string;
  date?: string;
}

/** What a person or an agent needs first about a hit: its strength, the best moves and their basis, the traps, the page. */
export interface HitSummary {
  id: string;
  title: string;
  code?: string;
  score: number;
  strength: LookupMatch["strength"];
  via: LookupMatch["via"];
  matched: string;
  url: string;
  fix_rate: RateFigure;
  workarounds: { id: string; text: string; how?: string; figure: RateFigure; sources: SourceLink[] }[];
  dead_ends: { id: string; text: string; why: string; figure: RateFigure; sources: SourceLink[] }[];
  docs: DocLink[];
}

function sources(entry: CompiledEntry, id: string): SourceLink[] {
  return entry.evidence.flatMap((e) =>
    e.kind !== "outcome" && targetsOf(e).includes(id)
      ? [{ title: e.title, url: e.url, ...(e.date && { date: e.date }) }]
      : [],
  );
}

/** An entry in `lang` for tools: its texts, figures with their bases, sources per item, docs and page. */
export interface EntryDescription extends Omit<HitSummary, "score" | "strength" | "via" | "matched"> {
  lang: string;
  category: string;
  type: string;
  root_cause: string;
  first_seen?: string;
  updated?: string;
  related: string[];
}

/** The whole entry in `lang`, as tools show it (every workaround and dead end). */
export function describeEntry(entry: CompiledEntry, lang: string, site: string): EntryDescription {
  const local = localize(entry, lang);
  const { id, title, code, url, fix_rate, workarounds, dead_ends, docs } = summarize(
    { id: entry.id, score: 0, via: "signature", strength: "strong", signature: -1, start: 0, end: 0, text: "" },
    entry,
    lang,
    site,
    Number.POSITIVE_INFINITY,
  );
  return {
    id,
    lang,
    title,
    ...(code !== undefined && { code }),
    category: entry.category,
    type: entry.type,
    root_cause: local.root_cause.text,
    url,
    fix_rate,
    workarounds,
    dead_ends,
    docs,
    ...(entry.first_seen && { first_seen: entry.first_seen }),
    ...(entry.updated && { updated: entry.updated }),
    related: entry.related,
  };
}

/** The summary of one hit in `lang`, with `top` workarounds and dead ends. */
export function summarize(match: LookupMatch, entry: CompiledEntry, lang: string, site: string, top = 3): HitSummary {
  const local = localize(entry, lang);
  return {
    id: entry.id,
    title: local.title.text,
    ...(entry.code !== undefined && { code: entry.code }),
    score: match.score,
    strength: match.strength,
    via: match.via,
    matched: match.text,
    url: siteUrls(site).absolute(entryPath(entry.id, lang)),
    fix_rate: { ...fixRateFigure(entry), basis: local.fix_rate_basis.text },
    workarounds: local.workarounds.slice(0, top).map((w, i) => ({
      id: w.id,
      text: w.text.text,
      ...(w.how && { how: w.how }),
      figure: { ...workaroundFigure(entry.workarounds[i]!), basis: w.basis.text },
      sources: sources(entry, w.id),
    })),
    dead_ends: local.dead_ends.slice(0, top).map((d, i) => ({
      id: d.id,
      text: d.text.text,
      why: d.why.text,
      figure: { ...deadEndFigure(entry.dead_ends[i]!), basis: d.basis.text },
      sources: sources(entry, d.id),
    })),
    docs: entry.docs,
  };
}
