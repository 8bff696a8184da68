/**
 * npm run import:deadends -- <corpus.jsonl> <out-dir>
 * Converts the deadends.dev canons (one JSON object a line: { path, canon })
 * into Error Atlas entry files under <out-dir>, a folder outside entries/.
 * Then: ATLAS_ENTRIES=<out-dir> npm run validate
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { stringify } from "yaml";
import { importCanons, type Canon } from "../src/authoring/import-deadends.js";
import { runCli, UsageError } from "./cli-helpers.js";

const CORPUS_NOTE = "Imported from deadends.dev (github.com/dbwls99706/deadends.dev, data/canons), CC BY 4.0, attribution: deadends.dev, YuJin Hong.";

await runCli(async ([input, out]) => {
  if (!input || !out) throw new UsageError("usage: npm run import:deadends -- <corpus.jsonl> <out-dir>");
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
  for (const entry of entries) {
    if (seen.has(entry.id)) throw new UsageError(`two canons map to ${entry.id}`);
    seen.add(entry.id);
    const file = path.join(resolvedOut, `${entry.id}.md`);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, `---\n${stringify(entry.frontMatter, { lineWidth: 0 })}---\n\n${entry.body}`);
  }
  writeFileSync(
    path.join(resolvedOut, "README.md"),
    `Imported with scripts/import-deadends.ts from ${path.basename(input)}. Not Error Atlas content: test and benchmark data only.\n${CORPUS_NOTE}\n`,
  );
  const summary = new Map<string, number>();
  for (const note of notes) {
    const kind = note.replace(/^[^:]+: /, "");
    summary.set(kind, (summary.get(kind) ?? 0) + 1);
  }
  console.error(`✓ ${entries.length} entries written to ${out}`);
  for (const [kind, count] of summary) console.error(`  ${count} × ${kind}`);
  return 0;
});
