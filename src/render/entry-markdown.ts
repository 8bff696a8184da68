import { toMarkdown } from "mdast-util-to-markdown";
import { fromMarkdown } from "mdast-util-from-markdown";
import { gfmFromMarkdown, gfmToMarkdown } from "mdast-util-gfm";
import { gfm } from "micromark-extension-gfm";
import type { Nodes, Parents } from "mdast";
import type { LocalizedEntry, LocalText } from "../runtime/localize.js";
import { percent, t, type StringKey } from "../runtime/i18n/index.js";
import { entryPath, type SiteUrls } from "../runtime/urls.js";
import { splitCode } from "../runtime/text.js";

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
export function entryMarkdown(localized: LocalizedEntry, urls: SiteUrls): string {
  const { entry, lang } = localized;
  const s = (key: StringKey) => t(lang, key);
  const out: string[] = [];
  const note = (value: LocalText) =>
    value.state === "fallback" ? ` *(${escape(s("untranslated"))})*` : value.state === "outdated" ? ` *(${escape(s("outdated"))})*` : "";
  const local = (value: LocalText) => `${inline(value.text)}${note(value)}`;
  const figure = (rate: number, basis: string) => `${percent(rate)} (${basis})`;

  out.push(`# ${escape(localized.title.state === "fallback" ? entry.title : localized.title.text)}`);
  out.push(
    `${entry.code ? `${code(entry.code)} · ` : ""}${escape(
      `${s("category")}: ${entry.category} · ${s("type")}: ${entry.type} · ${s("provenance")}: ${s(`provenance.${entry.provenance}` as StringKey)} · ${s("completeness")}: ${s(`completeness.${entry.completeness}` as StringKey)}`,
    )}`,
  );
  out.push(
    [
      `- **${escape(s("fixRate"))}:** ${figure(entry.fix_rate, s("estimate"))}`,
      ...(entry.confidence !== undefined ? [`- **${escape(s("confidence"))}:** ${figure(entry.confidence, entry.confidence_kind === "measured" ? s("fromEvidence") : s("estimate"))}`] : []),
      `- **${escape(s("evidence"))}:** ${entry.evidence_count}`,
      `- **${escape(s("firstSeen"))}:** ${entry.first_seen ?? "—"}`,
      `- **${escape(s("updated"))}:** ${entry.updated ?? "—"}`,
    ].join("\n"),
  );

  out.push(`## ${escape(s("rootCause"))}`);
  out.push(`${local(localized.root_cause)} (${escape(`${s("scope")}: ${s(`scope.${localized.root_cause.scope}` as StringKey)}`)})`);

  out.push(`## ${escape(s("workarounds"))}`);
  out.push(
    localized.workarounds
      .map((w, i) => {
        const item = `${i + 1}. **${figure(w.success_rate, s("estimate"))} ${escape(s("success"))}**${escape(measuredNote(w.measured, lang))} — ${local(w.text)}`;
        return w.how ? `${item}\n${indent(fence(w.how.replace(/\n$/, "")), "   ")}` : item;
      })
      .join("\n"),
  );

  if (localized.dead_ends.length) {
    out.push(`## ${escape(s("deadEnds"))}`);
    out.push(
      localized.dead_ends
        .map((d, i) => `${i + 1}. **${figure(d.fail_rate, s("estimate"))} ${escape(s("fail"))}**${escape(measuredNote(d.measured, lang, true))} — ${local(d.text)}\n\n   *${escape(s("why"))}:* ${local(d.why)}`)
        .join("\n"),
    );
  }

  if (entry.versions.length) {
    out.push(`## ${escape(s("versions"))}`);
    const cell = (value: string) => escape(value).replace(/\n/g, " ");
    const rows = [
      [s("product"), s("version"), s("status"), s("introduced"), s("deprecated"), s("notes")],
      ...entry.versions.map((v) => [v.product, v.version, s(`status.${v.status}` as StringKey), v.introduced ?? "", v.deprecated ?? "", v.notes ?? ""]),
    ];
    out.push([rows[0]!, rows[0]!.map(() => "---"), ...rows.slice(1)].map((r, i) => `| ${r.map((c) => (i === 1 ? c : cell(c))).join(" | ")} |`).join("\n"));
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
  out.push(entry.signatures.map((sig) => `- ${code(sig.ignore_case ? `/${sig.regex}/i` : `/${sig.regex}/`)}`).join("\n"));

  if (entry.evidence.length) {
    out.push(`## ${escape(s("sources"))}`);
    out.push(
      entry.evidence
        .map((e) =>
          e.kind === "outcome"
            ? `- ${escape(`${s("evidence.outcome")}: ${e.target} — ${e.result}, ${e.date}`)} ${link(e.source, e.source)}`
            : `- ${escape(`${s(`evidence.${e.kind}` as StringKey)}:`)} ${link(e.title ?? e.url, e.url)}`,
        )
        .join("\n"),
    );
  }

  if (entry.related.length) {
    out.push(`## ${escape(s("related"))}`);
    out.push(entry.related.map((id) => `- ${link(id, urls.absolute(entryPath(id, lang)))}`).join("\n"));
  }

  out.push(`${escape(s("alsoAvailable"))}: ${link("HTML", urls.absolute(entryPath(entry.id, lang)))} · ${link("JSON", urls.absolute(`/${entry.id}.json`))}`);
  if (entry.provenance_note) out.push(`*${escape(entry.provenance_note)}*`);
  return `${out.join("\n\n")}\n`;
}

/** Escapes text so Markdown shows it literally: the inline markers, and block markers at the start. */
export function escape(text: string): string {
  return text
    .replace(/\s*\n\s*/g, " ")
    .replace(/[\\`*[\]<>|~&]/g, "\\$&")
    // An underscore inside a word never starts emphasis: `network_error` stays readable.
    .replace(/_/g, (m, at: number, all: string) => (/[\p{L}\p{N}]/u.test(all[at - 1] ?? "") && /[\p{L}\p{N}]/u.test(all[at + 1] ?? "") ? m : "\\_"))
    .replace(/^([#>+=-]|\d+[.)])/, (m) => `\\${m}`);
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

function measuredNote(measured: { n: number; rate: number; low: number; high: number } | undefined, lang: string, fail = false): string {
  if (!measured) return "";
  const rate = fail ? 1 - measured.rate : measured.rate;
  const [low, high] = fail ? [1 - measured.high, 1 - measured.low] : [measured.low, measured.high];
  return `; ${t(lang, "measured")} ${percent(rate)} (n = ${measured.n}, ${t(lang, "interval")} ${percent(low)}–${percent(high)})`;
}
