/**
 * npm run import:deadends -- <corpus.jsonl> <out-dir>
 * Converts the deadends.dev canons (one JSON object a line: { path, canon })
 * into Error Atlas entry files under <out-dir>, a folder outside entries/.
 * Then: ATLAS_ENTRIES=<out-dir> npm run validate
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";

import { stringify } from "yaml";

import { type Canon, importCanons, importRegistries } from "../src/authoring/import-deadends.js";
import { parseCommandArgs, UsageError } from "../src/node/args.js";
import { validateEntries } from "../src/validate/index.js";
import { isMain, runCli } from "./cli-helpers.js";

const CORPUS_NOTE =
  "Imported from deadends.dev (github.com/dbwls99706/deadends.dev, data/canons), CC BY 4.0, attribution: deadends.dev, YuJin Hong.";

const USAGE = "usage: npm run import:deadends -- <corpus.jsonl> <out-dir>";

/** The command, callable in-process (tests) and from the command line. */
export async function main(args: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, {});
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const [input, out, ...rest] = positionals;
  if (!input || !out || rest.length) throw new UsageError(USAGE);
  const resolvedOut = path.resolve(out);
  if (resolvedOut === path.resolve("entries") || resolvedOut.startsWith(`${path.resolve("entries")}${path.sep}`)) {
    throw new UsageError("write imports outside entries/: imported data is not catalog content");
  }
  const canons: Canon[] = [];
  readFileSync(input, "utf8")
    .split("\n")
    .forEach((line, i) => {
      if (!line.trim()) return;
      try {
        canons.push((JSON.parse(line) as { canon: Canon }).canon);
      } catch (error) {
        throw new UsageError(`${input}:${i + 1}: not a JSON line (${(error as Error).message})`);
      }
    });
  const { entries, notes } = importCanons(canons, CORPUS_NOTE);
  rmSync(resolvedOut, { recursive: true, force: true });
  const seen = new Set<string>();
  const write = (entry: (typeof entries)[number]) => {
    const file = path.join(resolvedOut, `${entry.id}.md`);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, `---\n${stringify(entry.frontMatter, { lineWidth: 0 })}---\n\n${entry.body}`);
  };
  for (const entry of entries) {
    if (seen.has(entry.id)) throw new UsageError(`two canons map to ${entry.id}`);
    seen.add(entry.id);
    write(entry);
  }
  const registries = importRegistries(canons);
  writeFileSync(path.join(resolvedOut, "categories.yaml"), stringify(registries.categories, { lineWidth: 0 }));
  writeFileSync(path.join(resolvedOut, "types.yaml"), stringify(registries.types, { lineWidth: 0 }));
  writeFileSync(
    path.join(resolvedOut, "README.md"),
    `Imported with scripts/import-deadends.ts from ${path.basename(input)}. Not Error Atlas content: test and benchmark data only.\n${CORPUS_NOTE}\n`,
  );
  // Their broad regexes can outrank another entry on its own example: drop those, found by the
  // validator itself (which never runs a regex it has not proven safe). An example that finds its
  // entry only weakly (a code and a number) is tagged with the entry's id, which gives it the
  // message text a strong match needs.
  const byId = new Map(entries.map((e) => [e.id, e]));
  for (let pass = 0; pass < 5; pass++) {
    const { problems } = await validateEntries(resolvedOut, {});
    const conflicts = problems.flatMap((p) => {
      if (p.code !== "EA028" || !["other-entry-first", "weak-match"].includes(p.messageId)) return [];
      const other = /gives `([^`]+)` before/.exec(p.message)?.[1] ?? "";
      const own = path.relative(resolvedOut, path.resolve(p.file)).replace(/\.md$/, "").split(path.sep).join("/");
      return [{ own, other }];
    });
    if (!conflicts.length) break;
    for (const { own, other } of conflicts) {
      const culprit = byId.get(other);
      const signatures = culprit?.frontMatter.signatures as unknown[] | undefined;
      if (culprit && signatures && signatures.length > 1 && "regex" in (signatures[0] as object)) {
        culprit.frontMatter.signatures = signatures.slice(1);
        notes.push(`${other}: dropped a regex that outranked another entry on its own example`);
        write(culprit);
        continue;
      }
      // The same signature in several environments: the example names its environment, and so does a signature.
      const victim = byId.get(own);
      if (!victim) continue;
      const tagged = `${(victim.frontMatter.examples as string[])[0]} [${own.split("/")[1]}]`;
      victim.frontMatter.examples = [tagged];
      victim.frontMatter.signatures = [
        ...(victim.frontMatter.signatures as unknown[]),
        { literal: tagged, ignore_case: true },
      ];
      notes.push(`${own}: example tagged with its id, as another canon has the same signature`);
      write(victim);
    }
  }
  const summary = new Map<string, number>();
  for (const note of notes) {
    const kind = note.replace(/^[^:]+: /, "");
    summary.set(kind, (summary.get(kind) ?? 0) + 1);
  }
  console.error(`✓ ${entries.length} entries written to ${out}`);
  for (const [kind, count] of summary) console.error(`  ${count} × ${kind}`);
  return 0;
}

if (isMain(import.meta.url)) await runCli(main);
