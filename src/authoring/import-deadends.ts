/**
 * Converts canons of the deadends.dev catalog (CC BY 4.0, deadends.dev,
 * YuJin Hong) into Error Atlas entries. Field mapping:
 *
 * | deadends.dev                         | Error Atlas                                         |
 * |--------------------------------------|-----------------------------------------------------|
 * | id `<domain>/<slug>/<env>`           | id `<domain>/<slug>`; `<domain>/<slug>-<env>` when a slug has several environments |
 * | error.signature                      | title; the entry's one example line and signatures[1], a case-insensitive literal (their lookup also matches the signature text); a multi-line signature (a trace) by its first line |
 * | error.regex (Python `re`)            | signatures[0], translated to JavaScript (see pythonRegexToJs), case-insensitive like their lookup (`re.IGNORECASE`) |
 * | error.category                       | type                                                  |
 * | url, error.first_seen                | an untargeted dated record (the catalog page): first_seen is computed from it |
 * | verdict.last_updated                 | the date of that page cited for every item (it is the record of their figures) |
 * | verdict.fix_success_rate, confidence | fix_rate, confidence, each with a basis naming deadends.dev |
 * | verdict.summary                      | root_cause.text (scope `environment`: canons are per environment) |
 * | verdict.resolvable, environment.*    | body (a short "Environment" paragraph)               |
 * | environment.runtime {name, version_range}, os | versions[0] {product, version, status: active, notes: os} |
 * | workarounds[] {action, how, success_rate, condition, sources} | workarounds[] {id, text (+ condition), how, success_rate, basis}; sources → untargeted evidence {kind: source} |
 * | dead_ends[] {action, why_fails, fail_rate, condition, sources} | dead_ends[] {id, text, why, fail_rate, basis}; sources → evidence |
 * | transition_graph.* error_id          | related (when the target was imported too), filled up to two with neighbours in the domain |
 * | error.domain, error.category         | categories.yaml and types.yaml of the import (see importRegistries) |
 * | metadata.generated_by, review_status, url | provenance `imported`, provenance_note            |
 *
 * Not mapped: metadata.evidence_count (ours is derived from the evidence
 * list), page_views and hit counters, transition probabilities.
 */
import { ISO_DATE, RECORD_DATE } from "../shared/patterns.js";
import { INSTANCES as TITLE_INSTANCES, MAX_TITLE } from "../validate/rules/ea025-title-generic.js";

export interface Canon {
  id: string;
  url?: string;
  error: {
    signature: string;
    regex: string;
    domain: string;
    category: string;
    first_seen: string;
    last_confirmed?: string;
  };
  environment: { runtime?: { name?: string; version_range?: string }; os?: string; [key: string]: unknown };
  verdict: {
    resolvable?: string;
    fix_success_rate: number;
    confidence: number;
    last_updated?: string;
    summary: string;
  };
  dead_ends: { action: string; why_fails: string; fail_rate: number; sources?: string[]; condition?: string }[];
  workarounds: { action: string; success_rate: number; how?: string; sources?: string[]; condition?: string }[];
  transition_graph?: Record<string, { error_id?: string }[]>;
  metadata?: { generated_by?: string; review_status?: string; generation_date?: string; last_verification?: string };
}

export interface ImportedEntry {
  id: string;
  /** The canon's original id, for messages. */
  source: string;
  frontMatter: Record<string, unknown>;
  body: string;
}

export interface ImportReport {
  entries: ImportedEntry[];
  /** Things changed or dropped on the way, for the importer's summary. */
  notes: string[];
}

const SEGMENT = /[^a-z0-9]+/g;
export const toSegment = (text: string) =>
  text
    .toLowerCase()
    .replace(SEGMENT, "-")
    .replace(/^-+|-+$/g, "") || "x";

/**
 * Python `re` syntax → JavaScript RegExp source. Handles what differs in
 * practice: inline flags `(?i)` (JavaScript has no inline flags in Node 20;
 * `i` becomes the signature's ignore_case, `s`/`m`/`x`… are dropped and
 * reported), named groups `(?P<n>…)` and back-references `(?P=n)`, `\A`,
 * `\Z`, `\z` anchors and `(?#…)` comments.
 */
export function pythonRegexToJs(source: string): { regex: string; ignoreCase: boolean; dropped: string[] } {
  let ignoreCase = false;
  const dropped: string[] = [];
  let regex = source.replace(/\(\?([aiLmsux]+)\)/g, (_m, flags: string) => {
    for (const flag of flags) {
      if (flag === "i") ignoreCase = true;
      else dropped.push(`(?${flag})`);
    }
    return "";
  });
  regex = regex
    .replace(/\(\?#[^)]*\)/g, "")
    .replace(/\(\?P<([A-Za-z_]\w*)>/g, "(?<$1>")
    .replace(/\(\?P=([A-Za-z_]\w*)\)/g, "\\k<$1>")
    .replace(/(^|[^\\])((?:\\\\)*)\\A/g, "$1$2^")
    .replace(/(^|[^\\])((?:\\\\)*)\\[Zz]/g, "$1$2$");
  return { regex, ignoreCase, dropped };
}

const uniqueIds = (texts: string[]) => {
  const seen = new Map<string, number>();
  return texts.map((text) => {
    const base = toSegment(text).split("-").slice(0, 6).join("-").slice(0, 50).replace(/-+$/, "") || "item";
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return n === 1 ? base : `${base}-${n}`;
  });
};

/**
 * A log shows an error line by line, and the lookup reads it so; a canon
 * signature that is a whole trace is found by its first line. (Its regex is
 * not run here to pick a better line: no catalog regex runs unchecked.)
 */
const headline = (signature: string) =>
  signature
    .split("\n")
    .find((line) => line.trim())
    ?.trimEnd() ?? signature;

const isUrl = (s: string) => /^https?:\/\/[^\s/]+/.test(s);
const clamp = (x: number) => Math.min(1, Math.max(0, Number.isFinite(x) ? x : 0));

export function importCanons(canons: readonly Canon[], corpusNote: string): ImportReport {
  const notes: string[] = [];
  // Slugs with several environments keep the environment in the id.
  const perSlug = new Map<string, number>();
  for (const canon of canons) {
    const [domain, slug] = canon.id.split("/");
    perSlug.set(`${domain}/${slug}`, (perSlug.get(`${domain}/${slug}`) ?? 0) + 1);
  }
  const idOf = new Map<string, string>();
  for (const canon of canons) {
    const [domain = "", slug = "", env = ""] = canon.id.split("/");
    const base = `${toSegment(domain)}/${toSegment(slug)}`;
    idOf.set(canon.id, perSlug.get(`${domain}/${slug}`)! > 1 ? `${base}-${toSegment(env)}` : base);
  }

  // Entries of the same domain, to relate an entry whose canon links to fewer than two others.
  const neighbours = new Map<string, string[]>();
  for (const canon of canons) {
    const list = neighbours.get(canon.error.domain) ?? [];
    if (list.length < 3) list.push(idOf.get(canon.id)!);
    neighbours.set(canon.error.domain, list);
  }

  // A domain with one or two entries borrows from the first entries of the import.
  const anywhere = canons.slice(0, 3).map((c) => idOf.get(c.id)!);

  const entries = canons.map((canon): ImportedEntry => {
    const id = idOf.get(canon.id)!;
    const { regex, dropped } = pythonRegexToJs(canon.error.regex);
    if (dropped.length) notes.push(`${canon.id}: dropped inline flag(s) ${dropped.join(" ")}`);
    // Ids are unique across both lists: evidence and translations point at either.
    const itemIds = uniqueIds([...canon.workarounds.map((w) => w.action), ...canon.dead_ends.map((d) => d.action)]);
    const workaroundIds = itemIds.slice(0, canon.workarounds.length);
    const deadEndIds = itemIds.slice(canon.workarounds.length);
    const withCondition = (text: string, condition?: string) =>
      condition?.trim() ? `${text} (when: ${condition.trim()})` : text;

    const evidence: Record<string, unknown>[] = [];
    const seen = new Set<string>();
    const addSources = (sources: string[] | undefined) => {
      for (const url of sources ?? []) {
        if (!isUrl(url)) {
          notes.push(`${canon.id}: skipped a source that is not an http(s) URL`);
          continue;
        }
        // WHATWG URL parsing turns international host names into punycode, which JSON Schema's `uri` accepts.
        // Their sources are undated links: kept as records of the entry, not as dated support of one item.
        const href = new URL(url).href;
        if (seen.has(href)) continue;
        seen.add(href);
        evidence.push({ kind: "source", url: href, title: href.slice(0, 200) });
      }
    };
    canon.workarounds.forEach((w) => addSources(w.sources));
    canon.dead_ends.forEach((d) => addSources(d.sources));
    // The catalog page is the dated record: of the error (first seen) and of every figure (last updated).
    const page = canon.url && isUrl(canon.url) ? new URL(canon.url).href : undefined;
    const firstSeen = RECORD_DATE.test(canon.error.first_seen) ? canon.error.first_seen : undefined;
    const updated =
      [canon.verdict.last_updated, canon.metadata?.last_verification]
        .filter((d): d is string => typeof d === "string" && ISO_DATE.test(d))
        .sort()
        .at(-1) ?? firstSeen;
    const pageRecord = (url: string, date: string) => ({
      kind: "source" as const,
      url,
      title: `deadends.dev: ${canon.error.signature}`.slice(0, 200),
      date,
    });
    if (page && firstSeen) evidence.unshift(pageRecord(page, firstSeen));
    if (page && updated) evidence.push({ ...pageRecord(page, updated), target: [...workaroundIds, ...deadEndIds] });

    const related = new Set<string>();
    for (const list of Object.values(canon.transition_graph ?? {})) {
      for (const link of list ?? []) {
        const target = link.error_id && idOf.get(link.error_id);
        if (target && target !== id) related.add(target);
      }
    }

    const runtime = canon.environment.runtime ?? {};
    const frontMatter: Record<string, unknown> = {
      id,
      title: genericTitle(canon.error.signature),
      type: typeOf(canon),
      provenance: "imported",
      provenance_note: `${corpusNote} Canon ${canon.id}${canon.metadata?.generated_by ? `, generated by ${canon.metadata.generated_by}` : ""}${canon.metadata?.review_status ? `, review status ${canon.metadata.review_status}` : ""}. Rates are that catalog's.`,
      fix_rate: clamp(canon.verdict.fix_success_rate),
      fix_rate_basis: BASIS,
      confidence: clamp(canon.verdict.confidence),
      confidence_basis: BASIS,
      // deadends.dev's own lookup compiles every regex with re.IGNORECASE and also matches the signature text.
      signatures: [
        { regex, ignore_case: true },
        { literal: headline(canon.error.signature), ignore_case: true },
      ],
      examples: [headline(canon.error.signature)],
      versions: runtime.name
        ? [
            {
              product: runtime.name,
              version: runtime.version_range || "any",
              status: "active",
              ...(canon.environment.os && { notes: `OS: ${canon.environment.os}` }),
            },
          ]
        : [],
      root_cause: { scope: "environment", text: canon.verdict.summary },
      docs: [],
      workarounds: canon.workarounds.map((w, i) => ({
        id: workaroundIds[i],
        text: withCondition(w.action, w.condition),
        ...(w.how?.trim() && { how: w.how }),
        success_rate: clamp(w.success_rate),
        basis: BASIS,
      })),
      dead_ends: canon.dead_ends.map((d, i) => ({
        id: deadEndIds[i],
        text: withCondition(d.action, d.condition),
        why: d.why_fails,
        fail_rate: clamp(d.fail_rate),
        basis: BASIS,
      })),
      evidence,
      related: [...related].sort(),
    };
    const relatedList = frontMatter.related as string[];
    for (const neighbour of [...(neighbours.get(canon.error.domain) ?? []), ...anywhere]) {
      if (relatedList.length >= 2) break;
      if (neighbour !== id && !relatedList.includes(neighbour)) relatedList.push(neighbour);
    }
    const environment = Object.entries(canon.environment)
      .filter(([, v]) => v !== undefined && v !== "")
      .map(([k, v]) => `${k}: ${typeof v === "string" ? v : JSON.stringify(v)}`)
      .join("; ");
    const body = `Imported from ${canon.url && isUrl(canon.url) ? `[deadends.dev](${canon.url})` : "deadends.dev"}. Environment: ${escapeMarkdown(environment)}. Resolvable: ${canon.verdict.resolvable ?? "unknown"}.\n`;
    return { id, source: canon.id, frontMatter, body };
  });
  return { entries, notes };
}

const BASIS = "The figure of the deadends.dev canon this entry was imported from (hand-typed there).";

/** The canon's title made generic and short enough: instance values become `<value>`, and it is cut at a word. */
export function genericTitle(signature: string): string {
  let title = signature;
  for (const [pattern] of TITLE_INSTANCES) {
    title = title.replace(new RegExp(pattern.source, `${pattern.flags.replace("g", "")}g`), "<value>");
  }
  if ([...title].length <= MAX_TITLE) return title;
  const cut = [...title].slice(0, MAX_TITLE - 1).join("");
  const space = cut.lastIndexOf(" ");
  return `${space > MAX_TITLE / 2 ? cut.slice(0, space) : cut}…`;
}

/** The type vocabulary of an import: the canons' categories, as snake_case keys. */
const typeOf = (canon: Canon) => toSegment(canon.error.category).replace(/-/g, "_");

/**
 * categories.yaml and types.yaml for the imported folder: every domain and
 * category the canons use, labelled with their own names (the import is
 * test and benchmark data, not catalog content).
 */
export function importRegistries(canons: readonly Canon[]): {
  categories: Record<string, unknown>;
  types: Record<string, unknown>;
} {
  const categories: Record<string, unknown> = {};
  const types: Record<string, unknown> = {};
  for (const canon of canons) {
    const domain = toSegment(canon.error.domain);
    categories[domain] ??= {
      label: { en: canon.error.domain, zh: canon.error.domain },
      description: {
        en: `Imported from the deadends.dev domain ${canon.error.domain}.`,
        zh: `从 deadends.dev 的 ${canon.error.domain} 领域导入。`,
      },
    };
    types[typeOf(canon)] ??= { en: canon.error.category, zh: canon.error.category };
  }
  return { categories, types };
}

function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>]/g, "\\$&");
}
