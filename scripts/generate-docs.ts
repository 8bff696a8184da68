/**
 * npm run docs [-- --check]
 * Regenerates the parts of the documentation that come from code: the field
 * reference in schema/README.md (from the JSON Schemas) and the rule tables
 * in CONTRIBUTING.md and CONTRIBUTING.zh.md (from the rule modules), and
 * the README's table of environment settings (from src/node/settings.ts).
 * --check exits 1 when a committed file is stale.
 */
import { readFileSync, writeFileSync } from "node:fs";

import { environmentTable, replaceSection, rulesTable, schemaReference } from "../src/authoring/generated-docs.js";
import { parseCommandArgs } from "../src/node/args.js";
import { isMain, runCli } from "./cli-helpers.js";

const readJson = (file: string) => JSON.parse(readFileSync(file, "utf8"));

const USAGE = "usage: npm run docs [-- --check]";

/** The command, callable in-process (tests) and from the command line. */
export async function main(args: string[]): Promise<number> {
  const { values } = parseCommandArgs(args, { check: { type: "boolean" } }, { positionals: false });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const targets = new Map<string, string>();
  const reference = schemaReference([
    { file: "schema/entry.schema.json", schema: readJson("schema/entry.schema.json") },
    { file: "schema/translation.schema.json", schema: readJson("schema/translation.schema.json") },
  ]);
  targets.set("schema/README.md", replaceSection(readFileSync("schema/README.md", "utf8"), "reference", reference));
  targets.set("README.md", replaceSection(readFileSync("README.md", "utf8"), "environment", environmentTable()));
  for (const file of ["CONTRIBUTING.md", "CONTRIBUTING.zh.md"]) {
    targets.set(file, replaceSection(readFileSync(file, "utf8"), "rules", rulesTable()));
  }

  const stale = [...targets].filter(([file, content]) => readFileSync(file, "utf8") !== content).map(([file]) => file);
  if (values.check) {
    if (stale.length) {
      console.error(`out of date: ${stale.join(", ")} — run \`npm run docs\` and commit the result`);
      return 1;
    }
    console.log("generated documentation is current");
    return 0;
  }
  for (const [file, content] of targets) writeFileSync(file, content);
  console.log(stale.length ? `updated ${stale.join(", ")}` : "nothing to update");
  return 0;
}

if (isMain(import.meta.url)) await runCli(main);
