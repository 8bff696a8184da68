/**
 * npm run bench [-- --quick]
 * Prints speed and precision figures (not a test: nothing here fails on a
 * slow machine). Catalogs: the repository's entries, the imported
 * deadends.dev corpus (../shared/corpora, when present) and a synthetic
 * 10,000-entry catalog. For each: validation cold and warm (fresh
 * processes), build:data, lookup time per query and precision@1, a
 * 10,000-character input, the full build (data + site) cold and after a
 * one-entry edit; then the site benchmark (scripts/bench-site.ts).
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { cpus, tmpdir, totalmem } from "node:os";
import path from "node:path";
import { LookupEngine } from "../src/lookup/engine.js";
import type { LookupIndex } from "../src/lookup/lookup-index.js";
import { importCanons, type Canon } from "../src/authoring/import-deadends.js";
import { loadCatalog } from "../src/load/index.js";

const quick = process.argv.includes("--quick");
const CORPUS = path.resolve(process.env.ATLAS_CORPUS ?? "../shared/corpora/deadends-canons.jsonl");
const work = mkdtempSync(path.join(tmpdir(), "atlas-bench-"));


interface Timed {
  seconds: number;
  peakMiB: number;
  ok: boolean;
  output: string;
}

/** Runs a command in a fresh process; wall time and peak resident memory from GNU time when present. */
function timed(command: string[], env: Record<string, string> = {}): Timed {
  const haveTime = existsSync("/usr/bin/time");
  const args = haveTime ? ["-f", "__peak_kb=%M", ...command] : command.slice(1);
  const started = performance.now();
  const result = spawnSync(haveTime ? "/usr/bin/time" : command[0]!, args, { encoding: "utf8", env: { ...process.env, ...env }, maxBuffer: 1 << 28 });
  const seconds = (performance.now() - started) / 1000;
  const peak = /__peak_kb=(\d+)/.exec(result.stderr ?? "");
  return { seconds, peakMiB: peak ? Number(peak[1]) / 1024 : Number.NaN, ok: result.status === 0, output: `${result.stdout}${result.stderr}` };
}

const tsx = (script: string, ...args: string[]) => [process.execPath, "--import", "tsx", script, ...args];
const fmt = (x: number, digits = 2) => (Number.isFinite(x) ? x.toFixed(digits) : "n/a");
const rows: string[][] = [];
const row = (...cells: (string | number)[]) => rows.push(cells.map(String));

function benchCatalog(name: string, root: string, queries: { text: string; expected: (id: string) => boolean }[]) {
  const cold = timed(tsx("scripts/validate.ts"), { ATLAS_ENTRIES: root });
  const warm = timed(tsx("scripts/validate.ts"), { ATLAS_ENTRIES: root });
  const reported = (t: Timed) => /\(([\d.]+) s\)/.exec(t.output)?.[1] ?? "?";
  row(name, "validate, cold process", `${fmt(cold.seconds)} s (in-process ${reported(cold)} s)`, `${fmt(cold.peakMiB, 0)} MiB`, cold.ok ? "" : "problems reported");
  row(name, "validate, warm process", `${fmt(warm.seconds)} s (in-process ${reported(warm)} s)`, `${fmt(warm.peakMiB, 0)} MiB`, "");

  const out = path.join(work, `${name}-data`);
  const build = timed(tsx("scripts/build-data.ts"), { ATLAS_ENTRIES: root, ATLAS_DATA_OUT: out });
  row(name, "build:data", `${fmt(build.seconds)} s`, `${fmt(build.peakMiB, 0)} MiB`, build.ok ? "" : build.output.split("\n").slice(-3).join(" "));
  if (!build.ok) return;

  const index = JSON.parse(readFileSync(path.join(out, "lookup-index.json"), "utf8")) as LookupIndex;
  let started = performance.now();
  const engine = new LookupEngine(index);
  row(name, "lookup: load index", `${fmt(performance.now() - started, 1)} ms`, "", `${index.signatures.length} signatures`);

  // One warm-up pass so figures describe steady state; then time every query.
  for (const q of queries.slice(0, 200)) engine.lookup(q.text);
  let correct = 0;
  started = performance.now();
  for (const q of queries) {
    const first = engine.lookup(q.text, { limit: 1 })[0];
    if (first && q.expected(first.id)) correct++;
  }
  const perQuery = (performance.now() - started) / queries.length;
  row(name, "lookup per query", `${fmt(perQuery, 3)} ms`, "", `${queries.length} queries`);
  row(name, "lookup precision@1", fmt(correct / queries.length, 3), "", `${correct}/${queries.length}`);

  // A 10,000-character pasted log with the error in the middle.
  const filler = "2026-11-28T10:00:00Z INFO worker[12] request handled in 12 ms\n";
  const big = `${filler.repeat(80)}${queries[0]!.text}\n${filler.repeat(80)}`.slice(0, 10_000);
  const repeats = 50;
  started = performance.now();
  for (let i = 0; i < repeats; i++) engine.lookup(big);
  row(name, "lookup, 10,000-char input", `${fmt((performance.now() - started) / repeats, 2)} ms`, "", "");
}

/**
 * The full build (data package, then site: both languages, JSON, Markdown,
 * search index) cold, then again after editing one entry's text.
 */
function benchFullBuild(name: string, root: string) {
  const folder = path.join(work, `${name}-full`);
  const build = () => {
    const data = timed(tsx("scripts/site-catalog.ts", root, folder));
    const site = timed(tsx("scripts/build-site.ts"), { ATLAS_DATA_DIST: path.join(folder, "dist"), ATLAS_SITE_OUT: path.join(folder, "site") });
    return { data, site, seconds: data.seconds + site.seconds, ok: data.ok && site.ok, output: data.output + site.output };
  };
  const cold = build();
  if (!cold.ok) {
    row(name, "full build", "failed", "", cold.output.split("\n").slice(-3).join(" "));
    return;
  }
  const pages = readdirSync(path.join(folder, "site"), { recursive: true }).filter((f) => String(f).endsWith(".html")).length;
  row(name, "full build, cold", `${fmt(cold.seconds)} s (data ${fmt(cold.data.seconds)} + site ${fmt(cold.site.seconds)})`, `${fmt(Math.max(cold.data.peakMiB, cold.site.peakMiB), 0)} MiB`, `${pages} HTML pages`);
  row(name, "HTML pages per second", fmt(pages / cold.site.seconds, 0), "", "site step only");

  // Edit one entry's body and build again: caches by content hash should spare unchanged work.
  const first = readdirSync(root, { recursive: true }).map(String).find((f) => f.endsWith(".md") && !/\.[a-z]{2}\.md$/.test(f) && f.includes("/"))!;
  const file = path.join(root, first);
  writeFileSync(file, `${readFileSync(file, "utf8").trimEnd()}\n\nEdited for the benchmark.\n`);
  const again = build();
  row(name, "full build after a one-entry edit", `${fmt(again.seconds)} s (data ${fmt(again.data.seconds)} + site ${fmt(again.site.seconds)})`, "", `${fmt((again.seconds / cold.seconds) * 100, 0)}% of cold`);
}

/** Log lines around a text, as a person would paste them. */
const logLine = (text: string, i: number) =>
  `2026-11-${String((i % 28) + 1).padStart(2, "0")}T${String(i % 24).padStart(2, "0")}:14:03.${String(i % 1000).padStart(3, "0")}Z ERROR [req-${(i * 2654435761) % 1e8}] ${text}`;

// 1. The repository's catalog: every example line must find its own entry.
{
  const examples = loadCatalog(path.resolve("entries")).entries.flatMap((entry) =>
    ((entry.source.data as { examples?: string[] }).examples ?? []).map((text) => ({ id: entry.id, text })),
  );
  benchCatalog("repository", path.resolve("entries"), examples.map((e, i) => ({ text: logLine(e.text, i), expected: (id: string) => id === e.id })));
}

// 2. The imported deadends.dev corpus: queries are each canon's own signature inside a log line;
//    any environment of the same <domain>/<slug> counts as right.
if (existsSync(CORPUS)) {
  const canons = readFileSync(CORPUS, "utf8")
    .split("\n")
    .filter(Boolean)
    .map((l) => (JSON.parse(l) as { canon: Canon }).canon);
  const root = path.join(work, "deadends");
  const imported = timed(tsx("scripts/import-deadends.ts", CORPUS, root));
  row("deadends.dev", "import", `${fmt(imported.seconds)} s`, `${fmt(imported.peakMiB, 0)} MiB`, `${canons.length} canons`);
  const { entries } = importCanons(canons, "");
  const slugOf = new Map(entries.map((e) => [e.id, e.source.split("/").slice(0, 2).join("/")]));
  benchCatalog(
    "deadends.dev",
    root,
    canons.map((c, i) => {
      const slug = c.id.split("/").slice(0, 2).join("/");
      return { text: logLine(c.error.signature, i), expected: (id: string) => slugOf.get(id) === slug };
    }),
  );
  benchFullBuild("deadends.dev", root);
} else {
  row("deadends.dev", "skipped", "", "", `no corpus at ${CORPUS}`);
}

// 3. A synthetic catalog of 10,000 entries (2 languages).
if (!quick) {
  const root = path.join(work, "synthetic");
  timed(tsx("scripts/synthetic-catalog.ts", "10000", root));
  const { syntheticEntry } = await import("./synthetic-catalog.js");
  benchCatalog(
    "synthetic-10k",
    root,
    Array.from({ length: 2000 }, (_, k) => {
      const i = (k * 7919) % 10_000;
      const { id } = syntheticEntry(i);
      const text = /examples:\n {2}- "([^"]+)"/.exec(syntheticEntry(i).english)![1]!;
      return { text: logLine(text, k), expected: (hit: string) => hit === id };
    }),
  );
  benchFullBuild("synthetic-10k", root);
}

const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
console.log(`Error Atlas benchmark — ${cpus().length} cores (${cpus()[0]?.model.trim()}), ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`);
console.log("Figures vary with machine load; compare ratios within one run.\n");
for (const r of rows) console.log(r.map((cell, c) => cell.padEnd(widths[c]!)).join("  ").trimEnd());

// 4. The site.
if (existsSync("scripts/bench-site.ts")) {
  console.log("");
  spawnSync(process.execPath, ["--import", "tsx", "scripts/bench-site.ts", ...(quick ? ["--quick"] : [])], { stdio: "inherit" });
}
rmSync(work, { recursive: true, force: true });
