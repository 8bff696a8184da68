/**
 * npm run new -- <category>/<slug>
 * Creates entries/<category>/<slug>.md and its translation files with every
 * field to fill in marked TODO(atlas); validation fails until all are filled.
 */
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { entriesRoot, translationLanguages } from "../src/config.js";
import { displayPath } from "../src/load/index.js";
import { loadRedirects } from "../src/load/redirects.js";
import { ID_PATTERN, scaffold } from "../src/scaffold.js";
import { today } from "../src/validate/index.js";
import { runCli, UsageError } from "./cli-helpers.js";

await runCli(async ([id, ...rest]) => {
  if (!id || rest.length) throw new UsageError("usage: npm run new -- <category>/<slug>   e.g. npm run new -- dns/servfail");
  if (!ID_PATTERN.test(id)) {
    throw new UsageError(`\`${id}\` is not a valid id: use <category>/<slug> with lower-case letters, digits and single hyphens, e.g. dns/servfail`);
  }
  const root = entriesRoot();
  const file = path.join(root, `${id}.md`);
  if (existsSync(file)) throw new UsageError(`${displayPath(file)} already exists: edit it instead`);
  const { redirects } = loadRedirects(root);
  if (redirects[id]) throw new UsageError(`\`${id}\` was an entry that now redirects to ${redirects[id]}: ids are never reused, pick another slug`);

  const { english, translations } = scaffold(id, today());
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
  console.log(`Created ${written.join(" and ")}.`);
  console.log("Fill in every TODO(atlas), then run `npm run validate` until it passes.");
  return 0;
});
