import type { Nodes, Parents } from "mdast";
import { fromMarkdown } from "mdast-util-from-markdown";
import { gfmFromMarkdown, gfmToMarkdown } from "mdast-util-gfm";
import { toMarkdown } from "mdast-util-to-markdown";
import { gfm } from "micromark-extension-gfm";

import { targetsOf } from "../runtime/evidence.js";
import {
  confidenceFigure,
  deadEndFigure,
  describeFigure,
  fixRateFigure,
  percent,
  workaroundFigure,
} from "../runtime/figures.js";
import { type StringKey, t } from "../runtime/i18n/index.js";
import { languages } from "../runtime/languages.js";
import type { LocalizedEntry, LocalText } from "../runtime/localize.js";
import { splitCode } from "../runtime/text.js";
import { entryPath, type SiteUrls } from "../runtime/urls.js";
import type { ReportEvidence, SourceEvidence } from "../types/schema.js";

/**
 * The entry as a Markdown document, for people and agents who want text
 * rather than a page (/<id>.md, /zh/<id>.md).
 *
 * Written as text with every entry string escaped (see `escape`), not
 * serialised through mdast-util-to-markdown: that costs ~3 ms a document,
 * 15 s for a 2,500-entry catalog in two languages, and these documents have
 * a fixed, simple shape. The free-form body is the exception: it goes
 * through a syntax tree so its raw HTML is dropped and its headings nest.
 */
export function entryMarkdown(localized: LocalizedEntry, urls: SiteUrls, labels: EntryLabels = {}): string {
  const { entry, lang } = localized;
  const s = (key: StringKey, params?: Record<string, string | number>) => t(lang, key, params);
  // The language's own punctuation: Chinese labels take `：`, `（）` and `，`.
  const colon = s("colon");
  const wide = languages.find((l) => l.code === lang)?.fullWidthPunctuation === true;
  const paren = (text: string) => (wide ? `（${text}）` : `(${text})`);
  const comma = wide ? "，" : ", ";
  const out: string[] = [];
  const note = (value: LocalText) =>
    value.state === "fallback"
      ? ` *${escape(paren(s("untranslated")))}*`
      : value.state === "outdated"
        ? ` *${escape(paren(s("outdated")))}*`
        : "";
  const local = (value: LocalText) => `${inline(value.text)}${note(value)}`;
  const sourcesOf = (id: string) => {
    const cited = entry.evidence.filter((e) => e.kind !== "outcome" && targetsOf(e).includes(id)) as (
      SourceEvidence | ReportEvidence
    )[];
    return cited.length
      ? `\n\n   ${escape(s("sourcesFor"))}${colon.endsWith(" ") ? " " : ""}${cited.map((e) => `${link(e.title, e.url)}${e.date ? ` (${e.date})` : ""}`).join(" · ")}`
      : "";
  };

  out.push(`# ${escape(localized.title.text)}`);
  const category = labels.category ?? entry.category;
  const type = labels.type ?? entry.type;
  out.push(
    `${entry.code ? `${code(entry.code)} · ` : ""}${escape(
      [
        `${s("category")}${colon}${category}`,
        `${s("type")}${colon}${type}`,
        `${s("provenance")}${colon}${s(`provenance.${entry.provenance}`)}`,
        `${s("completeness")}${colon}${s(`completeness.${entry.completeness}`)}`,
      ].join(" · "),
    )}`,
  );
  const confidence = confidenceFigure(entry);
  out.push(
    [
      `- **${escape(s("fixRate"))}**${colon}${escape(describeFigure(fixRateFigure(entry), lang, "success", localized.fix_rate_basis.text))}`,
      ...(confidence
        ? [
            `- **${escape(s("confidence"))}**${colon}${escape(`${percent(confidence.rate)} ${paren(confidence.kind === "measured" ? s("fromEvidence") : `${s("estimate")} — ${localized.confidence_basis?.text ?? ""}`)}`)}`,
          ]
        : []),
      `- **${escape(s("evidence"))}**${colon}${entry.evidence_count}`,
      `- **${escape(s("firstSeen"))}**${colon}${entry.first_seen ?? escape(s("unknown"))}`,
      `- **${escape(s("updated"))}**${colon}${entry.updated ?? escape(s("unknown"))}`,
    ].join("\n"),
  );

  out.push(`## ${escape(s("rootCause"))}`);
  out.push(
    `${local(localized.root_cause)} ${escape(paren(`${s("scope")}${colon}${s(`scope.${localized.root_cause.scope}`)}`))}`,
  );

  out.push(`## ${escape(s("workarounds"))}`);
  out.push(
    localized.workarounds
      .map((w, i) => {
        const figure = escape(describeFigure(workaroundFigure(entry.workarounds[i]!), lang, "success", w.basis.text));
        const item = `${i + 1}. ${local(w.text)}\n\n   *${figure}*${sourcesOf(w.id)}`;
        return w.how ? `${item}\n\n${indent(fence(w.how.replace(/\n$/, "")), "   ")}` : item;
      })
      .join("\n"),
  );

  if (localized.dead_ends.length) {
    out.push(`## ${escape(s("deadEnds"))}`);
    out.push(
      localized.dead_ends
        .map((d, i) => {
          const figure = escape(describeFigure(deadEndFigure(entry.dead_ends[i]!), lang, "fail", d.basis.text));
          return `${i + 1}. ${local(d.text)}\n\n   *${escape(s("why"))}*${colon}${local(d.why)}\n\n   *${figure}*${sourcesOf(d.id)}`;
        })
        .join("\n"),
    );
  }

  if (entry.versions.length) {
    out.push(`## ${escape(s("versions"))}`);
    // Only the columns some row fills in.
    const columns = (["product", "version", "status", "introduced", "deprecated", "notes"] as const).filter(
      (c) => c === "product" || c === "version" || c === "status" || entry.versions.some((v) => v[c] !== undefined),
    );
    const value = (v: (typeof entry.versions)[number], c: (typeof columns)[number]) =>
      c === "status" ? s(`status.${v.status}`) : (v[c] ?? "");
    const rows = [columns.map((c) => s(c)), ...entry.versions.map((v) => columns.map((c) => value(v, c)))];
    out.push(
      [rows[0]!, columns.map(() => "---"), ...rows.slice(1)]
        .map((r, i) => `| ${r.map((c) => (i === 1 ? c : cell(c))).join(" | ")} |`)
        .join("\n"),
    );
  }

  if (entry.docs.length) {
    out.push(`## ${escape(s("docs"))}`);
    out.push(entry.docs.map((d) => `- ${link(d.title, d.url)}`).join("\n"));
  }

  if (localized.body) {
    out.push(`## ${escape(s("details"))}`);
    out.push(bodyMarkdown(localized.body.text));
  }

  if (entry.examples.length) {
    out.push(`## ${escape(s("examples"))}`);
    out.push(fence(entry.examples.join("\n")));
  }

  out.push(`## ${escape(s("signatures"))}`);
  out.push(
    entry.signatures.map((sig) => `- ${code(sig.ignore_case ? `/${sig.regex}/i` : `/${sig.regex}/`)}`).join("\n"),
  );

  if (entry.evidence.length) {
    out.push(`## ${escape(s("sources"))}`);
    out.push(
      entry.evidence
        .map((e) =>
          e.kind === "outcome"
            ? `- ${escape(`${s("evidence.outcome")}${colon}${e.target} — ${s(`result.${e.result}`)}${comma}${e.date}`)} ${link(e.source, e.source)}`
            : `- ${escape(`${s(`evidence.${e.kind}`)}${colon}`)}${link(e.title, e.url)}${e.date ? ` (${e.date})` : ""}`,
        )
        .join("\n"),
    );
  }

  if (entry.related.length) {
    out.push(`## ${escape(s("related"))}`);
    out.push(
      entry.related.map((id) => `- ${link(labels.related?.[id] ?? id, urls.absolute(entryPath(id, lang)))}`).join("\n"),
    );
  }

  out.push(
    `${escape(`${s("alsoAvailable")}${colon}`)}${link("HTML", urls.absolute(entryPath(entry.id, lang)))} · ${link("JSON", urls.absolute(`/${entry.id}.json`))}`,
  );
  if (localized.provenance_note) out.push(`## ${escape(s("aboutEntry"))}\n\n${local(localized.provenance_note)}`);
  return `${out.join("\n\n")}\n`;
}

/** What the page shows instead of slugs and ids: the category's and type's labels, the related entries' titles. */
export interface EntryLabels {
  category?: string;
  type?: string;
  related?: Readonly<Record<string, string>>;
}

/** A table cell: inline escapes only — a cell never starts a block, so `3.8.0` stays `3.8.0`. */
const cell = (value: string) => escapeInline(value).replace(/\n/g, " ");

/** Escapes text so Markdown shows it literally: the inline markers, and block markers at the start. */
export function escape(text: string): string {
  return escapeInline(text).replace(/^([#>+=-]|\d+[.)])/, (m) => `\\${m}`);
}

/** Escapes the inline markers only (for places where no block can start, such as table cells). */
function escapeInline(text: string): string {
  return (
    text
      .replace(/\s*\n\s*/g, " ")
      .replace(/[\\`*[\]<>|~&]/g, "\\$&")
      // An underscore inside a word never starts emphasis: `network_error` stays readable.
      .replace(/_/g, (m, at: number, all: string) =>
        /[\p{L}\p{N}]/u.test(all[at - 1] ?? "") && /[\p{L}\p{N}]/u.test(all[at + 1] ?? "") ? m : "\\_",
      )
  );
}

/** Entry text: plain text in which backticks mark code. */
function inline(text: string): string {
  return splitCode(text)
    .map(([isCode, part]) => (isCode ? code(part) : escape(part)))
    .join("");
}

/** A code span that holds any text, backticks included. */
function code(value: string): string {
  const longest = Math.max(0, ...(value.match(/`+/g) ?? []).map((m) => m.length));
  const ticks = "`".repeat(longest + 1);
  const pad = value.startsWith("`") || value.endsWith("`") ? " " : "";
  return `${ticks}${pad}${value.replace(/\n/g, " ")}${pad}${ticks}`;
}

/** A fenced code block longer than any fence inside it. */
function fence(value: string): string {
  const longest = Math.max(2, ...(value.match(/`{3,}/g) ?? []).map((m) => m.length));
  const ticks = "`".repeat(longest + 1);
  return `${ticks}\n${value}\n${ticks}`;
}

function link(label: string, url: string): string {
  // URLs come from the schema (http/https only); parentheses and spaces are encoded so the link stays one token.
  return `[${escape(label)}](${url.replace(/[()\s<>]/g, (c) => encodeURIComponent(c))})`;
}

const indent = (text: string, prefix: string) =>
  text
    .split("\n")
    .map((line) => (line ? prefix + line : line))
    .join("\n");

const fromMarkdownOptions = { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] };
const toMarkdownOptions = { extensions: [gfmToMarkdown()], bullet: "-" as const, fences: true, rule: "-" as const };

/** The body without raw HTML and with headings below our `##` sections. */
function bodyMarkdown(markdown: string): string {
  // Most bodies are plain paragraphs: nothing to drop or demote, so no need to parse them.
  if (!/(?<!\\)<|^\s{0,3}#/m.test(markdown)) return markdown.trim();
  const tree = fromMarkdown(markdown, fromMarkdownOptions);
  const clean = (node: Nodes): void => {
    if (node.type === "heading") node.depth = Math.min(6, node.depth + 2) as 3 | 4 | 5 | 6;
    if ("children" in node) {
      const parent = node as Parents;
      parent.children = parent.children.filter((child) => child.type !== "html") as typeof parent.children;
      parent.children.forEach((child) => clean(child as Nodes));
    }
  };
  clean(tree);
  return toMarkdown(tree, toMarkdownOptions).trimEnd();
}
