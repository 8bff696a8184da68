/**
 * npm run new -- <category>/<slug> [--new-category]
 * Creates entries/<category>/<slug>.md and its translation files with every
 * field to fill in marked TODO(atlas); validation fails until all are filled.
 * The category must be registered in entries/categories.yaml; --new-category
 * adds it there with placeholders to fill in.
 */
import { appendFileSync, existsSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";

import { scaffold } from "../src/authoring/scaffold.js";
import { displayPath } from "../src/load/index.js";
import { loadRedirects } from "../src/load/redirects.js";
import { CATEGORIES_FILE, loadVocabulary } from "../src/load/vocabulary.js";
import { parseCommandArgs, UsageError } from "../src/node/args.js";
import { entriesRoot, translationLanguages } from "../src/node/settings.js";
import { ENTRY_ID } from "../src/shared/patterns.js";
import { PLACEHOLDER } from "../src/shared/placeholder.js";
import { didYouMean } from "../src/validate/suggest.js";
import { isMain, runCli } from "./cli-helpers.js";

const USAGE = "usage: npm run new -- <category>/<slug> [--new-category]   e.g. npm run new -- dns/servfail";

export async function main(args: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, { "new-category": { type: "boolean" } });
  const root = entriesRoot();
  const categories = Object.keys(loadVocabulary(root).categories.data).sort();
  if (values.help) {
    console.log(`${USAGE}\n\nCategories (entries/${CATEGORIES_FILE}): ${categories.join(", ")}`);
    return 0;
  }
  const [id, ...rest] = positionals;
  if (!id || rest.length) throw new UsageError(USAGE);
  if (!ENTRY_ID.test(id)) {
    throw new UsageError(
      `\`${id}\` is not a valid id: use <category>/<slug> with lower-case letters, digits and single hyphens, e.g. dns/servfail`,
    );
  }
  const category = id.split("/")[0]!;
  const file = path.join(root, `${id}.md`);
  if (existsSync(file)) throw new UsageError(`${displayPath(file)} already exists: edit it instead`);
  const { redirects } = loadRedirects(root);
  if (redirects[id]) {
    throw new UsageError(
      `\`${id}\` was an entry that now redirects to ${redirects[id]}: ids are never reused, pick another slug`,
    );
  }
  const registered = categories.includes(category);
  if (!registered && !values["new-category"]) {
    const suggestion = didYouMean(category, categories);
    throw new UsageError(
      `category \`${category}\` is not in entries/${CATEGORIES_FILE}${suggestion ? ` — ${suggestion}` : ""}\n  categories: ${categories.join(", ")}\n  to start a new category, run again with --new-category`,
    );
  }

  const { english, translations } = scaffold(id);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, english, { flag: "wx" });
  const written = [displayPath(file)];
  for (const lang of translationLanguages) {
    const translation = translations[lang];
    if (!translation) continue;
    const target = path.join(root, `${id}.${lang}.md`);
    writeFileSync(target, translation, { flag: "wx" });
    written.push(displayPath(target));
  }
  if (!registered) {
    const langs = ["en", ...translationLanguages];
    const field = (name: string) =>
      `  ${name}:\n${langs.map((l) => `    ${l}: "${PLACEHOLDER}: ${name} in ${l}"`).join("\n")}\n`;
    appendFileSync(path.join(root, CATEGORIES_FILE), `${category}:\n${field("label")}${field("description")}`);
    written.push(`entries/${CATEGORIES_FILE} (new category \`${category}\`)`);
  }
  console.log(`Created ${written.join(" and ")}.`);
  console.log("Fill in every TODO(atlas), then run `npm run validate` until it passes.");
  return 0;
}

if (isMain(import.meta.url)) await runCli(main);
