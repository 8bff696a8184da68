/**
 * Everything an entry page shows, computed here and tested; the Astro
 * components only render it. Answer first: the summary and the best fix
 * come before the figures and the details, and the parts meant for tools
 * and maintainers are grouped at the end.
 */

import {
  type CompiledEntry,
  confidenceFigure,
  deadEndFigure,
  entryPath,
  fixRateFigure,
  type LocalText,
  markdownPath,
  type RateFigure,
  siteUrls,
  t,
  targetsOf,
  type VersionRow,
  workaroundFigure,
} from "error-atlas/internal";

import { categoryLabel, localizedIn, settingsKey, type SiteCatalog, titleIn, typeLabel } from "./catalog.js";
import {
  breadcrumbJsonLd,
  type Chrome,
  type Crumb,
  frame,
  type Head,
  head,
  metaDescription,
  pathsIn,
} from "./chrome.js";

export interface SourceView {
  kind: "source" | "report" | "outcome";
  title: string;
  url: string;
  date?: string;
  /** Outcome reports: whether the attempt worked. */
  result?: "success" | "failure";
  /** The items it supports, by id. */
  targets: string[];
}

export interface ItemView {
  id: string;
  text: LocalText;
  /** Dead ends: why it does not work. */
  why?: LocalText;
  how?: string;
  figure: RateFigure;
  basis: LocalText;
  sources: SourceView[];
}

export interface VersionView {
  /** The columns some row fills in, in display order. */
  columns: ("product" | "version" | "status" | "introduced" | "deprecated" | "notes")[];
  rows: (VersionRow & { statusLabel: string })[];
}

export interface EntryPage {
  kind: "entry";
  head: Head;
  chrome: Chrome;
  crumbs: Crumb[];
  id: string;
  code?: string;
  /** The error text as printed (always English) and, in a translation, its gloss. */
  heading: string;
  gloss?: LocalText;
  summary: LocalText;
  scope: string;
  bestFix?: ItemView;
  figures: {
    fixRate: RateFigure;
    fixRateBasis: LocalText;
    confidence?: RateFigure;
    confidenceBasis?: LocalText;
    evidence: number;
    firstSeen?: string;
    updated?: string;
  };
  facts: { category: { label: string; href: string }; type: string; provenance: string; completeness: string };
  workarounds: ItemView[];
  deadEnds: ItemView[];
  versions: VersionView | null;
  docs: { title: string; url: string }[];
  body: { html: string; lang: string; state: LocalText["state"] } | null;
  related: { href: string; title: string; category: string }[];
  previous?: { href: string; title: string };
  next?: { href: string; title: string };
  /** Sections present on the page, for "on this page". */
  sections: { id: string; label: string }[];
  maintainers: {
    signatures: string[];
    examples: string[];
    sources: SourceView[];
    json: string;
    markdown: string;
    edit?: string;
    provenance: string;
    note?: LocalText;
    translation?: { coverage: number; missing: number; outdated: number };
  };
  /** A translation with fallbacks or outdated fields: the page says so once, at the top. */
  notice?: "untranslated" | "outdated";
}

const VERSION_COLUMNS = ["product", "version", "status", "introduced", "deprecated", "notes"] as const;

function sourceViews(entry: CompiledEntry): SourceView[] {
  return entry.evidence.map((e) =>
    e.kind === "outcome"
      ? {
          kind: "outcome" as const,
          title: e.source,
          url: e.source,
          date: e.date,
          result: e.result,
          targets: [e.target],
        }
      : { kind: e.kind, title: e.title, url: e.url, ...(e.date && { date: e.date }), targets: targetsOf(e) },
  );
}

/**
 * The part of the catalog an entry page is made from, as a catalog of its
 * own: the entry, its neighbours in its category (the previous and next
 * links), the entries it relates to, the registries and the site settings.
 * The site builds each entry page from its scope, so the page cannot read
 * anything else: a build may skip computing a page whose scope is unchanged
 * (see `scopeKey`).
 */
export function entryScope(catalog: SiteCatalog, entry: CompiledEntry): SiteCatalog {
  const siblings = catalog.byCategory.get(entry.category) ?? [];
  const at = siblings.indexOf(entry);
  const neighbours = [siblings[at - 1], entry, siblings[at + 1]].filter((e): e is CompiledEntry => e !== undefined);
  const entries = [...new Set([...neighbours, ...entry.related.flatMap((id) => catalog.byId.get(id) ?? [])])];
  return {
    config: catalog.config,
    data: {
      entries,
      index: [],
      redirects: {},
      vocabulary: catalog.data.vocabulary,
      lookupData: { version: 1, ids: [], codes: [], signatures: [], titles: {} },
    },
    entries,
    byId: new Map(entries.map((e) => [e.id, e])),
    byCategory: new Map([[entry.category, neighbours]]),
    languages: catalog.languages,
  };
}

/**
 * What an entry page's scope holds, as a string to hash: the settings, the
 * registries and each entry in the scope by its content hash (`hashOf`).
 */
export function scopeKey(scope: SiteCatalog, hashOf: (entry: CompiledEntry) => string): string {
  const [category, neighbours] = [...scope.byCategory][0] ?? ["", []];
  return JSON.stringify([
    settingsKey(scope),
    category,
    neighbours.map((e) => e.id),
    scope.entries.map((e) => [e.id, hashOf(e)]),
  ]);
}

export function entryPage(catalog: SiteCatalog, entry: CompiledEntry, lang: string): EntryPage {
  const local = localizedIn(entry, lang);
  const paths = pathsIn((l) => entryPath(entry.id, l));
  const urls = siteUrls(catalog.config.site);
  const category = categoryLabel(catalog, entry.category, lang);
  const home = paths[lang]!.replace(entry.id + "/", "");
  const categoryHref = `${home}${entry.category}/`;
  const crumbs: Crumb[] = [
    { name: t(lang, "home"), href: home },
    { name: category, href: categoryHref },
  ];
  const sources = sourceViews(entry);
  const sourcesOf = (id: string) => sources.filter((s) => s.kind !== "outcome" && s.targets.includes(id));

  const workarounds: ItemView[] = local.workarounds.map((w, i) => ({
    id: w.id,
    text: w.text,
    ...(w.how && { how: w.how }),
    figure: workaroundFigure(entry.workarounds[i]!),
    basis: w.basis,
    sources: sourcesOf(w.id),
  }));
  const deadEnds: ItemView[] = local.dead_ends.map((d, i) => ({
    id: d.id,
    text: d.text,
    why: d.why,
    figure: deadEndFigure(entry.dead_ends[i]!),
    basis: d.basis,
    sources: sourcesOf(d.id),
  }));

  const columns = VERSION_COLUMNS.filter(
    (c) => c === "product" || c === "version" || c === "status" || entry.versions.some((v) => v[c] !== undefined),
  );
  const versions = entry.versions.length
    ? { columns, rows: entry.versions.map((v) => ({ ...v, statusLabel: t(lang, `status.${v.status}`) })) }
    : null;

  const siblings = catalog.byCategory.get(entry.category) ?? [];
  const at = siblings.findIndex((e) => e.id === entry.id);
  const neighbour = (other: CompiledEntry | undefined) =>
    other ? { href: entryPath(other.id, lang), title: titleIn(other, lang) } : undefined;
  const previous = neighbour(siblings[at - 1]);
  const next = neighbour(siblings[at + 1]);

  const related = entry.related.flatMap((id) => {
    const other = catalog.byId.get(id);
    return other
      ? [
          {
            href: entryPath(id, lang),
            title: titleIn(other, lang),
            category: categoryLabel(catalog, other.category, lang),
          },
        ]
      : [];
  });

  const body = local.body ? { html: local.body.html, lang: local.body.lang, state: local.body.state } : null;
  const sections = [
    { id: "workarounds", label: t(lang, "workarounds") },
    ...(deadEnds.length ? [{ id: "dead-ends", label: t(lang, "deadEnds") }] : []),
    ...(body ? [{ id: "details", label: t(lang, "details") }] : []),
    ...(versions ? [{ id: "versions", label: t(lang, "versions") }] : []),
    ...(entry.docs.length ? [{ id: "docs", label: t(lang, "docs") }] : []),
    ...(related.length ? [{ id: "related", label: t(lang, "related") }] : []),
    { id: "maintainers", label: t(lang, "forMaintainers") },
  ];

  const status = local.status;
  const notice = status && (status.missing.length ? "untranslated" : status.outdated.length ? "outdated" : undefined);
  const pageUrl = urls.absolute(paths[lang]!);
  const jsonLd = [
    {
      "@context": "https://schema.org",
      "@type": "TechArticle",
      headline: local.title.text.length > 110 ? `${local.title.text.slice(0, 109)}…` : local.title.text,
      description: metaDescription(local.root_cause.text),
      inLanguage: head(catalog, lang, paths, { title: "", description: "" }).tag,
      url: pageUrl,
      mainEntityOfPage: pageUrl,
      ...(entry.first_seen && { datePublished: entry.first_seen }),
      ...(entry.updated && { dateModified: entry.updated }),
      articleSection: category,
      keywords: [entry.code, category, typeLabel(catalog, entry.type, lang)].filter(Boolean).join(", "),
      image: urls.absolute("/og.png"),
      publisher: { "@type": "Organization", name: t(lang, "siteName") },
    },
    breadcrumbJsonLd(catalog, crumbs),
  ];

  return {
    kind: "entry",
    ...frame(catalog, lang, paths, {
      title: entry.title,
      product: category,
      description: local.root_cause.text,
      ogType: "article",
      jsonLd,
    }),
    crumbs,
    id: entry.id,
    ...(entry.code !== undefined && { code: entry.code }),
    heading: entry.title,
    ...(local.gloss && { gloss: local.gloss }),
    summary: local.root_cause,
    scope: t(lang, `scope.${entry.root_cause.scope}`),
    ...(workarounds[0] && { bestFix: workarounds[0] }),
    figures: {
      fixRate: fixRateFigure(entry),
      fixRateBasis: local.fix_rate_basis,
      ...(confidenceFigure(entry) && {
        confidence: confidenceFigure(entry)!,
        ...(local.confidence_basis && { confidenceBasis: local.confidence_basis }),
      }),
      evidence: entry.evidence_count,
      ...(entry.first_seen && { firstSeen: entry.first_seen }),
      ...(entry.updated && { updated: entry.updated }),
    },
    facts: {
      category: { label: category, href: categoryHref },
      type: typeLabel(catalog, entry.type, lang),
      provenance: t(lang, `provenance.${entry.provenance}`),
      completeness: t(lang, `completeness.${entry.completeness}`),
    },
    workarounds,
    deadEnds,
    versions,
    docs: entry.docs,
    body,
    related,
    ...(previous && { previous }),
    ...(next && { next }),
    sections,
    maintainers: {
      signatures: entry.signatures.map((s) => (s.ignore_case ? `/${s.regex}/i` : `/${s.regex}/`)),
      examples: entry.examples,
      sources,
      json: `/${entry.id}.json`,
      markdown: markdownPath(entry.id, lang),
      ...(catalog.config.repository && {
        edit: `${catalog.config.repository.replace(/\/+$/, "")}/edit/main/entries/${entry.id}.md`,
      }),
      provenance: t(lang, `provenance.${entry.provenance}`),
      ...(local.provenance_note && { note: local.provenance_note }),
      ...(status && {
        translation: { coverage: status.coverage, missing: status.missing.length, outdated: status.outdated.length },
      }),
    },
    ...(notice && { notice }),
  };
}
