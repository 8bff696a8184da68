/**
 * Generates src/types/schema.ts from the JSON Schemas in schema/, so the
 * schema stays the one source of truth for the package's types.
 * `--check` fails (exit 1) when the committed file is stale.
 */
import { readFile, writeFile } from "node:fs/promises";
import { compile } from "json-schema-to-typescript";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const target = `${root}src/types/schema.ts`;

const banner = `/*
 * Generated from schema/*.schema.json by scripts/generate-types.ts.
 * Do not edit: change the schema and run \`npm run types\`.
 */`;

// A synthetic root that references every schema makes one file with shared
// definitions (VersionRow, Evidence…) declared once.
const rootSchema = {
  title: "AtlasSchemas",
  type: "object",
  additionalProperties: false,
  properties: {
    entry: { $ref: "entry.schema.json" },
    translation: { $ref: "translation.schema.json" },
    compiled: { $ref: "compiled-entry.schema.json" },
    index: { $ref: "catalog-index.schema.json" },
  },
} as const;

const generated = await compile(structuredClone(rootSchema) as never, "AtlasSchemas", {
  cwd: `${root}schema`,
  bannerComment: banner,
  additionalProperties: false,
  ignoreMinAndMaxItems: true,
  declareExternallyReferenced: true,
  format: true,
});

if (process.argv.includes("--check")) {
  const current = await readFile(target, "utf8").catch(() => "");
  if (current !== generated) {
    console.error("src/types/schema.ts is out of date with schema/: run `npm run types` and commit the result.");
    process.exit(1);
  }
  console.log("src/types/schema.ts is current.");
} else {
  await writeFile(target, generated);
  console.log("wrote src/types/schema.ts");
}
