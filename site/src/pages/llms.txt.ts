/**
 * /llms.txt (llmstxt.org): what the site is and where the Markdown of every
 * entry is, for language models and agents.
 */
import { markdownPath, t } from "error-atlas";
import { absolute } from "../lib/config";
import { entries, categories } from "../lib/catalog";
import { languages, sourceLanguage } from "../lib/lang";

export function GET() {
  const en = sourceLanguage;
  const lines = [
    `# ${t(en, "siteName")}`,
    "",
    `> ${t(en, "tagline")}`,
    "",
    t(en, "about"),
    "",
    `Every entry is published as HTML, as JSON (all languages, ${absolute("/<id>.json")}) and as Markdown per language (${languages
      .map((l) => absolute(markdownPath("<id>", l.code)))
      .join(", ")}). The catalog index is ${absolute("/index.json")}; the signature index used by the lookup is ${absolute("/lookup-index.json")}.`,
    "",
  ];
  for (const category of categories) {
    lines.push(`## ${category.id}`, "");
    for (const entry of entries.filter((e) => e.category === category.id)) {
      lines.push(`- [${entry.title.replace(/[[\]]/g, "\\$&")}](${absolute(markdownPath(entry.id, en))})${entry.code ? `: ${entry.code}` : ""}`);
    }
    lines.push("");
  }
  return new Response(lines.join("\n"), { headers: { "Content-Type": "text/plain; charset=utf-8" } });
}
