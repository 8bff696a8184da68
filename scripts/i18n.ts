/**
 * npm run i18n                       translation coverage, missing and outdated fields per language
 * npm run i18n -- --json             the same for machines
 * npm run i18n -- --lang zh          one language only
 * npm run i18n -- --mark-reviewed <id> [<id>…]
 *     after checking a translation against the current English: record the
 *     English texts' hashes so the fields count as current.
 * Exit 0; with --strict, exit 1 if anything is missing or outdated.
 */
import path from "node:path";

import { markReviewed } from "../src/authoring/review-translation.js";
import { translatableFields, translationStatus } from "../src/compile/translations.js";
import { loadCatalog } from "../src/load/index.js";
import { parseCommandArgs, UsageError } from "../src/node/args.js";
import { entriesRoot, translationLanguages } from "../src/node/settings.js";
import type { Entry, Translation, TranslationStatus } from "../src/types/schema.js";
import { formatText } from "../src/validate/format.js";
import { validateCatalog } from "../src/validate/index.js";
import { isMain, runCli } from "./cli-helpers.js";

const USAGE = `usage: npm run i18n -- [--json] [--lang <code>] [--strict]
       npm run i18n -- --mark-reviewed <id> [<id>…] [--lang <code>]`;

export async function main(args: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, {
    json: { type: "boolean" },
    lang: { type: "string" },
    strict: { type: "boolean" },
    "mark-reviewed": { type: "boolean" },
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  if (positionals.length && !values["mark-reviewed"]) {
    throw new UsageError(`unexpected ${positionals[0]}: ids go after --mark-reviewed`);
  }
  const langs = values.lang ? [values.lang] : [...translationLanguages];
  for (const lang of langs) {
    if (!translationLanguages.includes(lang)) {
      throw new UsageError(`unknown language ${lang}; configured: ${translationLanguages.join(", ")}`);
    }
  }
  const root = entriesRoot();
  const loaded = loadCatalog(root);
  // Marking reviewed needs only the named entries to be valid; a report needs the whole catalog.
  const wanted = values["mark-reviewed"] ? positionals : undefined;
  const files =
    wanted &&
    new Set(
      loaded.entries
        .filter((e) => wanted.includes(e.id))
        .flatMap((e) => [e.source.file, ...Object.values(e.translations).map((t) => t.file)]),
    );
  const errors = (await validateCatalog(loaded)).filter((p) => p.severity === "error" && (!files || files.has(p.file)));
  if (errors.length) {
    for (const problem of errors) console.error(formatText(problem));
    console.error("\n✗ fix these problems first (npm run validate)");
    return 1;
  }

  if (wanted) {
    if (!wanted.length) {
      throw new UsageError(
        "give the ids of the reviewed entries, e.g. --mark-reviewed communication/smtp-421-service-not-available",
      );
    }
    for (const id of wanted) {
      const entry = loaded.entries.find((e) => e.id === id);
      if (!entry) throw new UsageError(`no entry ${id}`);
      for (const lang of langs) {
        if (!entry.translations[lang]) continue;
        const fields = markReviewed(entry, lang, path.join(root, `${id}.${lang}.md`));
        console.log(`${id} (${lang}): recorded ${fields.length} field(s) as reviewed`);
      }
    }
    return 0;
  }

  const report: Record<
    string,
    { coverage: number; translated: number; translatable: number; entries: ({ id: string } & TranslationStatus)[] }
  > = {};
  for (const lang of langs) {
    const rows = loaded.entries.map((entry) => {
      const english = entry.source.data as Entry;
      const translation = entry.translations[lang];
      const status = translationStatus(
        translatableFields(english, entry.source.body),
        (translation?.data ?? {}) as Translation,
        translation?.body ?? "",
      );
      return { id: entry.id, ...status };
    });
    const translatable = rows.reduce((n, r) => n + r.translatable, 0);
    const translated = rows.reduce((n, r) => n + r.translated, 0);
    report[lang] = {
      coverage: translatable ? translated / translatable : 1,
      translated,
      translatable,
      entries: rows.filter((r) => r.missing.length || r.outdated.length),
    };
  }

  if (values.json) console.log(JSON.stringify(report, null, 2));
  else {
    for (const [lang, r] of Object.entries(report)) {
      console.log(
        `${lang}: ${(r.coverage * 100).toFixed(1)}% of ${r.translatable} fields translated in ${loaded.entries.length} entries; ${r.entries.length} entries need work`,
      );
      for (const row of r.entries) {
        if (row.missing.length) console.log(`  ${row.id}: missing ${row.missing.join(", ")}`);
        if (row.outdated.length) console.log(`  ${row.id}: outdated ${row.outdated.join(", ")}`);
      }
    }
  }
  const incomplete = Object.values(report).some((r) => r.entries.length);
  return values.strict && incomplete ? 1 : 0;
}

if (isMain(import.meta.url)) await runCli(main);
