/**
 * Generates the TypeScript types from the JSON Schemas in schema/, so the
 * schema stays the one source of truth for the package's types:
 *
 *   src/types/public.ts   what the package exports (compiled entries, index rows)
 *   src/types/schema.ts   everything, for the tooling (entry files, translations too)
 *
 * `--check` fails (exit 1) when a committed file is stale.
 */
import { readFile, writeFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";

import { compile } from "json-schema-to-typescript";

const root = fileURLToPath(new URL("..", import.meta.url));

const banner = `/*
 * Generated from schema/*.schema.json by scripts/generate-types.ts.
 * Do not edit: change the schema and run \`npm run types\`.
 */`;

/**
 * A synthetic root that references the wanted schemas makes one file with
 * shared definitions (VersionRow, Evidence…) declared once; it is dropped
 * from the output, so no type of the tooling's own making is exported.
 */
async function generate(name: string, schemas: Record<string, string>): Promise<string> {
  const rootSchema = {
    title: name,
    type: "object",
    additionalProperties: false,
    properties: Object.fromEntries(Object.entries(schemas).map(([key, file]) => [key, { $ref: file }])),
  };
  const text = await compile(structuredClone(rootSchema) as never, name, {
    cwd: `${root}schema`,
    bannerComment: banner,
    additionalProperties: false,
    ignoreMinAndMaxItems: true,
    declareExternallyReferenced: true,
    format: true,
  });
  // The synthetic root is an implementation detail of this script.
  return text.replace(new RegExp(`export interface ${name} \\{[\\s\\S]*?\\n\\}\\n\\n?`), "");
}

const targets: [string, Promise<string>][] = [
  [
    "src/types/public.ts",
    generate("PublicSchemas", { compiled: "compiled-entry.schema.json", index: "catalog-index.schema.json" }),
  ],
  [
    "src/types/schema.ts",
    generate("AtlasSchemas", {
      entry: "entry.schema.json",
      translation: "translation.schema.json",
      compiled: "compiled-entry.schema.json",
      index: "catalog-index.schema.json",
    }),
  ],
];

const { values } = parseArgs({ options: { check: { type: "boolean" } }, strict: true });
let stale = 0;
for (const [file, pending] of targets) {
  const generated = await pending;
  if (values.check) {
    const current = await readFile(`${root}${file}`, "utf8").catch(() => "");
    if (current !== generated) {
      console.error(`${file} is out of date with schema/: run \`npm run types\` and commit the result.`);
      stale++;
    }
  } else {
    await writeFile(`${root}${file}`, generated);
    console.log(`wrote ${file}`);
  }
}
if (values.check && !stale) console.log("generated types are current.");
process.exit(stale ? 1 : 0);
