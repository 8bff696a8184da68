/**
 * Generates the TypeScript types from the JSON Schemas in schema/, so the
 * schema stays the one source of truth for the package's types:
 *
 *   src/types/public.ts   what the package exports (compiled entries, index rows)
 *   src/types/schema.ts   everything, for the tooling (entry files, translations too);
 *                         what public.ts declares it re-exports from there
 *
 * `--check` fails (exit 1) when a committed file is stale.
 */
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";

import { compile } from "json-schema-to-typescript";
import ts from "typescript";

import { parseCommandArgs } from "../src/node/args.js";
import { isMain, runCli } from "./cli-helpers.js";

const USAGE = "usage: npm run types [-- --check]";

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
    cwd: path.resolve("schema"),
    bannerComment: banner,
    additionalProperties: false,
    ignoreMinAndMaxItems: true,
    declareExternallyReferenced: true,
    format: true,
  });
  // The synthetic root is an implementation detail of this script.
  return text.replace(new RegExp(`export interface ${name} \\{[\\s\\S]*?\\n\\}\\n\\n?`), "");
}

/**
 * The tooling's file without the declarations the public file already has:
 * those are imported and re-exported from it, so each type is written once.
 * A declaration that differs between the two files is a generator bug.
 */
function withoutPublic(all: string, publicText: string): string {
  const declarations = (text: string) => {
    const source = ts.createSourceFile("types.ts", text, ts.ScriptTarget.Latest, true);
    return source.statements.map((statement) => ({
      name: ts.isInterfaceDeclaration(statement) || ts.isTypeAliasDeclaration(statement) ? statement.name.text : "",
      text: statement.getFullText(source),
    }));
  };
  const shared = new Map(declarations(publicText).map((d) => [d.name, d.text.trim()]));
  const kept: string[] = [];
  const reused: string[] = [];
  for (const d of declarations(all)) {
    const publicVersion = shared.get(d.name);
    if (publicVersion === undefined) kept.push(d.text.trim());
    else if (publicVersion.replace(banner, "").trim() === d.text.replace(banner, "").trim()) reused.push(d.name);
    else throw new Error(`${d.name} differs between the public and the tooling's types`);
  }
  const body = kept.map((k) => k.replace(banner, "").trim()).join("\n\n");
  const used = reused.filter((name) => new RegExp(`\\b${name}\\b`).test(body)).sort();
  const imports = `import type {\n${used.map((name) => `  ${name},\n`).join("")}} from "./public.js";`;
  return `${banner}\n\n${imports}\n\nexport type * from "./public.js";\n\n${body}\n`;
}

/** The command, callable in-process and from the command line (run from the repository's root, as npm does). */
export async function main(args: string[]): Promise<number> {
  const { values } = parseCommandArgs(args, { check: { type: "boolean" } }, { positionals: false });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const publicTypes = generate("PublicSchemas", {
    compiled: "compiled-entry.schema.json",
    index: "catalog-index.schema.json",
  });
  const allTypes = generate("AtlasSchemas", {
    entry: "entry.schema.json",
    translation: "translation.schema.json",
    compiled: "compiled-entry.schema.json",
    index: "catalog-index.schema.json",
  });
  const targets: [string, Promise<string>][] = [
    ["src/types/public.ts", publicTypes],
    ["src/types/schema.ts", Promise.all([allTypes, publicTypes]).then(([all, pub]) => withoutPublic(all, pub))],
  ];
  let stale = 0;
  for (const [file, pending] of targets) {
    const generated = await pending;
    if (values.check) {
      const current = await readFile(file, "utf8").catch(() => "");
      if (current !== generated) {
        console.error(`${file} is out of date with schema/: run \`npm run types\` and commit the result.`);
        stale++;
      }
    } else {
      await writeFile(file, generated);
      console.log(`wrote ${file}`);
    }
  }
  if (values.check && !stale) console.log("generated types are current.");
  return stale ? 1 : 0;
}

if (isMain(import.meta.url)) await runCli(main);
