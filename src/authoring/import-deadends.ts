/**
 * Converts canons of the deadends.dev catalog (CC BY 4.0, deadends.dev,
 * YuJin Hong) into Error Atlas entries. Field mapping:
 *
 * | deadends.dev                         | Error Atlas                                         |
 * |--------------------------------------|-----------------------------------------------------|
 * | id `<domain>/<slug>/<env>`           | id `<domain>/<slug>`; `<domain>/<slug>-<env>` when a slug has several environments |
 * | error.signature                      | title; the entry's one example line; signatures[1] as a case-insensitive literal (their lookup also matches the signature text) |
 * | error.regex (Python `re`)            | signatures[0], translated to JavaScript (see pythonRegexToJs), case-insensitive like their lookup (`re.IGNORECASE`) |
 * | error.category                       | type                                                  |
 * | error.first_seen                     | first_seen                                            |
 * | verdict.last_updated / metadata.last_verification | updated (the later one)                |
 * | verdict.fix_success_rate, confidence | fix_rate, confidence                                  |
 * | verdict.summary                      | root_cause.text (scope `environment`: canons are per environment) |
 * | verdict.resolvable, environment.*    | body (a short "Environment" paragraph)               |
 * | environment.runtime {name, version_range}, os | versions[0] {product, version, status: active, notes: os} |
 * | workarounds[] {action, how, success_rate, condition, sources} | workarounds[] {id, text (+ condition), how, success_rate}; sources → evidence {kind: source, target} |
 * | dead_ends[] {action, why_fails, fail_rate, condition, sources} | dead_ends[] {id, text, why, fail_rate}; sources → evidence |
 * | transition_graph.* error_id          | related (when the target was imported too)            |
 * | metadata.generated_by, review_status, url | provenance `imported`, provenance_note            |
 *
 * Not mapped: metadata.evidence_count (ours is derived from the evidence
 * list), page_views and hit counters, transition probabilities.
 */
import { ISO_DATE } from "../shared/patterns.js";

export interface Canon {
  id: string;
  url?: string;
  error: { signature: string; regex: string; domain: string; category: string; first_seen: string; last_confirmed?: string };
  environment: { runtime?: { name?: string; version_range?: string }; os?: string; [key: string]: unknown };
  verdict: { resolvable?: string; fix_success_rate: number; confidence: number; last_updated?: string; summary: string };
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
export const toSegment = (text: string) => text.toLowerCase().replace(SEGMENT, "-").replace(/^-+|-+$/g, "") || "x";

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

  const entries = canons.map((canon): ImportedEntry => {
    const id = idOf.get(canon.id)!;
    const { regex, dropped } = pythonRegexToJs(canon.error.regex);
    if (dropped.length) notes.push(`${canon.id}: dropped inline flag(s) ${dropped.join(" ")}`);
    // Ids are unique across both lists: evidence and translations point at either.
    const itemIds = uniqueIds([...canon.workarounds.map((w) => w.action), ...canon.dead_ends.map((d) => d.action)]);
    const workaroundIds = itemIds.slice(0, canon.workarounds.length);
    const deadEndIds = itemIds.slice(canon.workarounds.length);
    const withCondition = (text: string, condition?: string) => (condition?.trim() ? `${text} (when: ${condition.trim()})` : text);

    const evidence: Record<string, unknown>[] = [];
    const seen = new Set<string>();
    const addSources = (sources: string[] | undefined, target: string) => {
      for (const url of sources ?? []) {
        if (!isUrl(url)) {
          notes.push(`${canon.id}: skipped a source that is not an http(s) URL`);
          continue;
        }
        // WHATWG URL parsing turns international host names into punycode, which JSON Schema's `uri` accepts.
        const href = new URL(url).href;
        const key = `${href} ${target}`;
        if (seen.has(key)) continue;
        seen.add(key);
        evidence.push({ kind: "source", url: href, target });
      }
    };
    canon.workarounds.forEach((w, i) => addSources(w.sources, workaroundIds[i]!));
    canon.dead_ends.forEach((d, i) => addSources(d.sources, deadEndIds[i]!));

    const related = new Set<string>();
    for (const list of Object.values(canon.transition_graph ?? {})) {
      for (const link of list ?? []) {
        const target = link.error_id && idOf.get(link.error_id);
        if (target && target !== id) related.add(target);
      }
    }

    const dates = [canon.verdict.last_updated, canon.metadata?.last_verification].filter((d): d is string => typeof d === "string" && ISO_DATE.test(d)).sort();
    const runtime = canon.environment.runtime ?? {};
    const frontMatter: Record<string, unknown> = {
      id,
      title: canon.error.signature,
      type: toSegment(canon.error.category).replace(/-/g, "_"),
      provenance: "imported",
      provenance_note: `${corpusNote} Canon ${canon.id}${canon.metadata?.generated_by ? `, generated by ${canon.metadata.generated_by}` : ""}${canon.metadata?.review_status ? `, review status ${canon.metadata.review_status}` : ""}. Rates are that catalog's.`,
      first_seen: canon.error.first_seen,
      updated: dates.at(-1) ?? canon.error.first_seen,
      fix_rate: clamp(canon.verdict.fix_success_rate),
      confidence: clamp(canon.verdict.confidence),
      // deadends.dev's own lookup compiles every regex with re.IGNORECASE and also matches the signature text.
      signatures: [{ regex, ignore_case: true }, { literal: canon.error.signature, ignore_case: true }],
      examples: [canon.error.signature],
      versions: runtime.name
        ? [{ product: runtime.name, version: runtime.version_range || "any", status: "active", ...(canon.environment.os && { notes: `OS: ${canon.environment.os}` }) }]
        : [],
      root_cause: { scope: "environment", text: canon.verdict.summary },
      docs: [],
      workarounds: canon.workarounds.map((w, i) => ({
        id: workaroundIds[i],
        text: withCondition(w.action, w.condition),
        ...(w.how?.trim() && { how: w.how }),
        success_rate: clamp(w.success_rate),
      })),
      dead_ends: canon.dead_ends.map((d, i) => ({ id: deadEndIds[i], text: withCondition(d.action, d.condition), why: d.why_fails, fail_rate: clamp(d.fail_rate) })),
      evidence,
      related: [...related].sort(),
    };
    const environment = Object.entries(canon.environment)
      .filter(([, v]) => v !== undefined && v !== "")
      .map(([k, v]) => `${k}: ${typeof v === "string" ? v : JSON.stringify(v)}`)
      .join("; ");
    const body = `Imported from ${canon.url && isUrl(canon.url) ? `[deadends.dev](${canon.url})` : "deadends.dev"}. Environment: ${escapeMarkdown(environment)}. Resolvable: ${canon.verdict.resolvable ?? "unknown"}.\n`;
    return { id, source: canon.id, frontMatter, body };
  });
  return { entries, notes };
}

function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>]/g, "\\$&");
}
