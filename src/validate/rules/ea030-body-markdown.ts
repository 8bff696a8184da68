import type { Nodes } from "mdast";
import { fromMarkdown } from "mdast-util-from-markdown";
import { gfmFromMarkdown } from "mdast-util-gfm";
import { gfm } from "micromark-extension-gfm";

import { defineRule } from "../rule.js";

/** A scheme other than http(s): `javascript:`, `data:`, `mailto:`… Relative links have none. */
const OTHER_SCHEME = /^(?!https?:)[a-z][a-z0-9+.-]*:/i;

/**
 * What a body needs before it can hold anything this rule reports: a tag,
 * comment or autolink (`<` and a letter, `/`, `!` or `?`), an image (`![`),
 * or a link or link definition to another scheme. Most bodies have none, and
 * parsing one costs about a millisecond: 2,500 bodies made this rule the
 * slowest of a cold validation.
 */
const MAY_REPORT =
  /<[a-z/!?]|!\[|\]\(\s*<?(?!https?:)[a-z][a-z0-9+.-]*:|^ {0,3}\[[^\]\n]+\]:\s*<?(?!https?:)[a-z][a-z0-9+.-]*:/im;

/** A comment is a note for editors, meant not to be shown (the `npm run new` template has one). */
const isComment = (html: string) => {
  const text = html.trim();
  return text.startsWith("<!--") && text.indexOf("-->") === text.length - 3;
};

const excerpt = (text: string) => {
  const line = text.trim().split("\n")[0]!;
  return line.length > 60 ? `${line.slice(0, 59)}…` : line;
};

/**
 * The body is rendered without raw HTML, images or links of other schemes
 * (see src/render/markdown.ts). Dropping them silently would change the
 * entry without telling its author, so they are errors here, where they were
 * written.
 */
export const rule = defineRule({
  code: "EA030",
  name: "body-markdown",
  description:
    "The Markdown body (of an entry or a translation) holds no raw HTML, no images and no links other than http(s): pages would drop them.",
  messages: {
    "raw-html": {
      text: "raw HTML in the body is not shown: `{{html}}`",
      hint: "write it in Markdown, or put it in backticks if it is code or an error message",
    },
    image: { text: "images in the body are not shown", hint: "link to the image instead: [what it shows](https://…)" },
    "link-scheme": {
      text: "only http(s) links are kept, not `{{url}}`",
      hint: "link to an https:// page, or write the address in backticks",
    },
  },
  check({ entries, reportAt }) {
    for (const entry of entries) {
      for (const document of [entry.source, ...Object.values(entry.translations)]) {
        if (!MAY_REPORT.test(document.body)) continue;
        const at = (node: Nodes) => ({
          line: document.bodyLine + (node.position?.start.line ?? 1) - 1,
          column: node.position?.start.column ?? 1,
        });
        // GitHub's literal autolinks make `git@github.com` a mailto: link; the page shows its text, so it is not reported.
        const written = (node: Nodes) =>
          node.type === "definition" || "[<".includes(document.body[node.position?.start.offset ?? 0] ?? "");
        const visit = (node: Nodes): void => {
          if (node.type === "html" && !isComment(node.value)) {
            reportAt(document, at(node), "raw-html", { data: { html: excerpt(node.value) } });
          } else if (node.type === "image" || node.type === "imageReference") reportAt(document, at(node), "image");
          else if (
            (node.type === "link" || node.type === "definition") &&
            OTHER_SCHEME.test(node.url) &&
            written(node)
          ) {
            reportAt(document, at(node), "link-scheme", { data: { url: node.url } });
          }
          if ("children" in node) for (const child of node.children) visit(child as Nodes);
        };
        visit(fromMarkdown(document.body, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] }));
      }
    }
  },
});
