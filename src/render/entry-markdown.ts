import { toMarkdown } from "mdast-util-to-markdown";
import { gfmToMarkdown } from "mdast-util-gfm";
import { fromMarkdown } from "mdast-util-from-markdown";
import { gfmFromMarkdown } from "mdast-util-gfm";
import { gfm } from "micromark-extension-gfm";
import type { BlockContent, Link, List, ListItem, PhrasingContent, Root, RootContent, TableRow } from "mdast";
import type { LocalizedEntry, LocalText } from "../localize.js";
import { percent, t } from "../i18n/index.js";
import { entryPath, type SiteUrls } from "../urls.js";
import { splitCode } from "../text.js";

/**
 * The entry as a Markdown document, for people and agents who want text
 * rather than a page (/<id>.md, /zh/<id>.md). Built as a syntax tree and
 * serialised by mdast-util-to-markdown, so entry text is escaped, never
 * interpreted.
 */
export function entryMarkdown(localized: LocalizedEntry, urls: SiteUrls): string {
  const { entry, lang } = localized;
  const s = (key: Parameters<typeof t>[1]) => t(lang, key);
  const content: RootContent[] = [];
  const text = (value: string): PhrasingContent => ({ type: "text", value });
  const code = (value: string): PhrasingContent => ({ type: "inlineCode", value });
  const strong = (value: string): PhrasingContent => ({ type: "strong", children: [text(value)] });
  const link = (label: string, url: string): Link => ({ type: "link", url, children: [text(label)] });
  const heading = (depth: 1 | 2, value: string) => content.push({ type: "heading", depth, children: [text(value)] });
  const paragraph = (...children: PhrasingContent[]) => content.push({ type: "paragraph", children });
  const list = (items: PhrasingContent[][], ordered = false): List => ({
    type: "list",
    ordered,
    spread: false,
    children: items.map((children): ListItem => ({ type: "listItem", spread: false, children: [{ type: "paragraph", children }] })),
  });
  // Backticks in entry text mark code; the rest stays literal text.
  const local = (value: LocalText): PhrasingContent[] => {
    const parts = splitCode(value.text).map(([isCode, part]) => (isCode ? code(part) : text(part)));
    if (value.state === "fallback") parts.push(text(" "), { type: "emphasis", children: [text(`(${s("untranslated")})`)] });
    if (value.state === "outdated") parts.push(text(" "), { type: "emphasis", children: [text(`(${s("outdated")})`)] });
    return parts;
  };
  const figure = (rate: number, basis: string) => `${percent(rate)} (${basis})`;

  heading(1, localized.title.state === "fallback" ? entry.title : localized.title.text);
  paragraph(
    ...(entry.code ? [code(entry.code), text(" · ")] : []),
    text(`${s("category")}: ${entry.category} · ${s("type")}: ${entry.type} · ${s("provenance")}: ${s(`provenance.${entry.provenance}`)} · ${s("completeness")}: ${s(`completeness.${entry.completeness}`)}`),
  );
  content.push(
    list([
      [strong(`${s("fixRate")}:`), text(` ${figure(entry.fix_rate, s("estimate"))}`)],
      [strong(`${s("confidence")}:`), text(` ${figure(entry.confidence, entry.confidence_basis === "evidence" ? s("fromEvidence") : s("estimate"))}`)],
      [strong(`${s("evidence")}:`), text(` ${entry.evidence_count}`)],
      [strong(`${s("firstSeen")}:`), text(` ${entry.first_seen}`)],
      [strong(`${s("updated")}:`), text(` ${entry.updated}`)],
    ]),
  );

  heading(2, s("rootCause"));
  paragraph(...local(localized.root_cause), text(` (${s("scope")}: ${s(`scope.${localized.root_cause.scope}`)})`));

  heading(2, s("workarounds"));
  content.push({
    type: "list",
    ordered: true,
    spread: false,
    children: localized.workarounds.map((w): ListItem => {
      const children: BlockContent[] = [
        {
          type: "paragraph",
          children: [strong(`${figure(w.success_rate, s("estimate"))} ${s("success")}`), text(measuredNote(w.measured, lang)), text(" — "), ...local(w.text)],
        },
      ];
      if (w.how) children.push({ type: "code", value: w.how.replace(/\n$/, "") });
      return { type: "listItem", spread: false, children };
    }),
  });

  if (localized.dead_ends.length) {
    heading(2, s("deadEnds"));
    content.push({
      type: "list",
      ordered: true,
      spread: false,
      children: localized.dead_ends.map(
        (d): ListItem => ({
          type: "listItem",
          spread: false,
          children: [
            { type: "paragraph", children: [strong(`${figure(d.fail_rate, s("estimate"))} ${s("fail")}`), text(measuredNote(d.measured, lang, true)), text(" — "), ...local(d.text)] },
            { type: "paragraph", children: [{ type: "emphasis", children: [text(`${s("why")}:`)] }, text(" "), ...local(d.why)] },
          ],
        }),
      ),
    });
  }

  if (entry.versions.length) {
    heading(2, s("versions"));
    const row = (cells: string[]): TableRow => ({ type: "tableRow", children: cells.map((c) => ({ type: "tableCell", children: c ? [text(c)] : [] })) });
    content.push({
      type: "table",
      align: [],
      children: [
        row([s("product"), s("version"), s("status"), s("introduced"), s("deprecated"), s("notes")]),
        ...entry.versions.map((v) => row([v.product, v.version, s(`status.${v.status}`), v.introduced ?? "", v.deprecated ?? "", v.notes ?? ""])),
      ],
    });
  }

  if (entry.docs.length) {
    heading(2, s("docs"));
    content.push(list(entry.docs.map((d) => [link(d.title, d.url)])));
  }

  if (localized.body) {
    heading(2, s("details"));
    // The body is Markdown already; parse it so it nests under our headings intact.
    const body = fromMarkdown(localized.body.text, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
    content.push(...body.children);
  }

  if (entry.examples.length) {
    heading(2, s("examples"));
    content.push({ type: "code", value: entry.examples.join("\n") });
  }

  heading(2, s("signatures"));
  content.push(list(entry.signatures.map((sig) => [code(sig.ignore_case ? `/${sig.regex}/i` : `/${sig.regex}/`)])));

  if (entry.evidence.length) {
    heading(2, s("sources"));
    content.push(
      list(
        entry.evidence.map((e) =>
          e.kind === "outcome"
            ? [text(`${s("evidence.outcome")}: ${e.target} — ${e.result}, ${e.date} `), link(e.source, e.source)]
            : [text(`${s(`evidence.${e.kind}`)}: `), link(e.title ?? e.url, e.url)],
        ),
      ),
    );
  }

  if (entry.related.length) {
    heading(2, s("related"));
    content.push(list(entry.related.map((id) => [link(id, urls.absolute(entryPath(id, lang)))])));
  }

  paragraph(text(`${s("alsoAvailable")}: `), link("HTML", urls.absolute(entryPath(entry.id, lang))), text(" · "), link("JSON", urls.absolute(`/${entry.id}.json`)));
  if (entry.provenance_note) paragraph({ type: "emphasis", children: [text(entry.provenance_note)] });

  const root: Root = { type: "root", children: content };
  return toMarkdown(root, { extensions: [gfmToMarkdown()], bullet: "-", fences: true, rule: "-" });
}

function measuredNote(measured: { n: number; rate: number; low: number; high: number } | undefined, lang: string, fail = false): string {
  if (!measured) return "";
  const rate = fail ? 1 - measured.rate : measured.rate;
  const [low, high] = fail ? [1 - measured.high, 1 - measured.low] : [measured.low, measured.high];
  return `; ${t(lang, "measured")} ${percent(rate)} (n = ${measured.n}, ${t(lang, "interval")} ${percent(low)}–${percent(high)})`;
}
