/**
 * npm run bench [-- --quick]
 *
 * Prints speed, memory and precision figures, with the peer catalog's own
 * figures beside ours where it has one. Not a test: nothing here fails on a
 * slow machine, and figures vary with load, so compare ratios within one run.
 *
 * Catalogs: the repository's entries; the peer catalog's 2,522 canons
 * (imported from ../shared/corpora, or ATLAS_CORPUS); a synthetic catalog of
 * 10,000 entries in two languages (skipped with --quick). Every command runs
 * in a fresh process with its own cache folder (ATLAS_CACHE), so "cold"
 * means no caches at all and "warm" means the caches of the run before.
 */
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { cpus, tmpdir, totalmem } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";

import { loadCatalog } from "../src/load/index.js";
import { LookupEngine } from "../src/lookup/engine.js";
import type { LookupData } from "../src/lookup/lookup-index.js";
import { parseCommandArgs, UsageError } from "../src/node/args.js";
import { packageRoot } from "../src/node/settings.js";
import { isMain, runCli } from "./cli-helpers.js";
import { compilePackage } from "./site-catalog.js";
import { syntheticEntry, writeSyntheticCatalog } from "./synthetic-catalog.js";

// The repository root, also from the tools' bundle (see packageRoot).
const repo = packageRoot;
const tsxCli = path.join(repo, "node_modules/tsx/dist/cli.mjs");
const toolCli = path.join(repo, "scripts/tool.mjs");

/** The peer catalog's own figures on its corpus (its Python tools, English only, no search index), measured on this machine. */
const PEER = {
  validateCold: "19.9 s",
  fullBuild: "4.4 s, ~2,500 pages",
  rebuild: "full rebuild",
};

interface Timed {
  seconds: number;
  peakMiB: number;
  ok: boolean;
  status: number | null;
  stdout: string;
  output: string;
}

/** One command in a fresh process: wall time, and the peak resident memory of its largest process (GNU time). */
function timed(command: string[], options: { env?: NodeJS.ProcessEnv; cwd?: string } = {}): Timed {
  const haveTime = existsSync("/usr/bin/time");
  const started = performance.now();
  const result = spawnSync(
    haveTime ? "/usr/bin/time" : command[0]!,
    haveTime ? ["-f", "__peak_kb=%M", ...command] : command.slice(1),
    {
      encoding: "utf8",
      cwd: options.cwd ?? repo,
      env: { ...process.env, ...options.env },
      maxBuffer: 1 << 28,
    },
  );
  const seconds = (performance.now() - started) / 1000;
  const peak = /__peak_kb=(\d+)/.exec(result.stderr ?? "");
  return {
    seconds,
    peakMiB: peak ? Number(peak[1]) / 1024 : Number.NaN,
    ok: result.status === 0,
    status: result.status,
    stdout: result.stdout ?? "",
    output: `${result.stdout}${result.stderr}`,
  };
}

/** A command as `npm run` starts it: from the tools' prebuilt bundle. */
const script = (name: string, ...args: string[]) => [process.execPath, toolCli, name.replace(/\.ts$/, ""), ...args];
const fmt = (x: number, digits = 2) => (Number.isFinite(x) ? x.toFixed(digits) : "n/a");
/** The lines that say what went wrong (the tools start them with ✗ or error:), else the last lines. */
const tail = (t: Timed) => {
  const lines = t.output
    .trim()
    .split("\n")
    .filter((l) => !l.startsWith("__peak_kb") && !l.startsWith("Command exited"));
  const said = lines.filter((l) => /^(✗|error:)/.test(l.trim()));
  return (said.length ? said : lines.slice(-3)).join(" | ").slice(0, 300);
};

class Table {
  readonly rows: string[][] = [["catalog", "measure", "Error Atlas", "peak memory", "peer", "notes"]];
  add(...cells: (string | number)[]) {
    this.rows.push(cells.map(String));
    console.error(`  … ${cells.slice(0, 3).join(" · ")}`);
  }
  print() {
    const widths = this.rows[0]!.map((_, c) => Math.max(...this.rows.map((r) => (r[c] ?? "").length)));
    for (const [i, r] of this.rows.entries()) {
      console.log(
        r
          .map((cell, c) => cell.padEnd(widths[c]!))
          .join("  ")
          .trimEnd(),
      );
      if (i === 0) console.log(widths.map((w) => "-".repeat(w)).join("  "));
    }
  }
}

/** A log line around an error text, as a CI log shows it. */
const logLine = (text: string, i: number) =>
  `2026-11-${String((i % 28) + 1).padStart(2, "0")}T${String(i % 24).padStart(2, "0")}:14:03.${String(i % 1000).padStart(3, "0")}Z ERROR [req-${(i * 2654435761) % 1e8}] ${text}`;

interface Catalog {
  name: string;
  root: string;
  /** Log lines, each with the entry (or entries) it should find first. */
  queries: { text: string; expected: (id: string) => boolean }[];
  peer: boolean;
  fullBuild: boolean;
}

function benchValidation(table: Table, catalog: Catalog, work: string) {
  const cache = path.join(work, `${catalog.name}-validate-cache`);
  const env = { ATLAS_ENTRIES: catalog.root, ATLAS_CACHE: cache };
  const cold = timed(script("validate.ts"), { env });
  const warm = timed(script("validate.ts"), { env });
  const inProcess = (t: Timed) => /\(([\d.]+) s\)/.exec(t.output)?.[1] ?? "?";
  table.add(
    catalog.name,
    "validate, cold (no caches)",
    `${fmt(cold.seconds)} s (in-process ${inProcess(cold)} s)`,
    `${fmt(cold.peakMiB, 0)} MiB`,
    catalog.peer ? PEER.validateCold : "",
    cold.ok ? "" : `problems: ${tail(cold)}`,
  );
  table.add(
    catalog.name,
    "validate, warm",
    `${fmt(warm.seconds)} s (in-process ${inProcess(warm)} s)`,
    `${fmt(warm.peakMiB, 0)} MiB`,
    "",
    "",
  );
}

function htmlPages(folder: string): number {
  return readdirSync(folder, { recursive: true }).filter((f) => String(f).endsWith(".html")).length;
}

/** The title with " (edited)" appended, cut at a word so it stays within the 64 characters titles may have. */
function editedTitle(title: string): string {
  const room = 64 - " (edited)".length;
  let kept = title;
  if (kept.length > room) {
    const space = kept.lastIndexOf(" ", room);
    kept = kept.slice(0, space > 0 ? space : room).trimEnd();
  }
  // An odd backtick count would leave a code span open.
  if ((kept.match(/`/g) ?? []).length % 2 === 1) kept = kept.replaceAll("`", "");
  return `${kept} (edited)`;
}

/** Appends a sentence to the body of an entry (a text edit) or to its title (which also changes other pages' lists). */
function editEntry(file: string, kind: "text" | "title") {
  const text = readFileSync(file, "utf8");
  if (kind === "text") writeFileSync(file, `${text.trimEnd()}\n\nEdited for the benchmark.\n`);
  else {
    writeFileSync(
      file,
      text.replace(
        /^title: (["']?)(.*?)\1$/m,
        (_, quote: string, title: string) => `title: ${quote}${editedTitle(title)}${quote}`,
      ),
    );
  }
}

/**
 * The full build — data package, then the site in both languages with JSON,
 * Markdown and the search index — cold, then after a one-entry text edit and
 * a one-entry title edit; then the same site in two shards and a merge.
 */
async function benchFullBuild(table: Table, catalog: Catalog, work: string) {
  // A plain folder name: --merge separates folders by commas, and "synthetic (10,000)" holds one.
  const folder = path.join(work, `${catalog.name.replace(/[^a-z0-9]+/gi, "-")}build`);
  await compilePackage(folder); // the package's code: not catalog work, not timed
  const entries = path.join(folder, "entries");
  cpSync(catalog.root, entries, { recursive: true });
  const cache = path.join(folder, "cache");
  const site = path.join(folder, "site");
  const env = {
    ATLAS_ENTRIES: entries,
    ATLAS_CACHE: cache,
    ATLAS_DATA_DIST: path.join(folder, "dist"),
    ATLAS_SITE_OUT: site,
  };
  // `npm run build` without build:lib: data and site in one process, as contributors and CI run it.
  const seconds = (t: Timed, pattern: RegExp) => Number(pattern.exec(t.output)?.[1] ?? Number.NaN);
  const build = () => {
    const run = timed(script("build.ts"), { env, cwd: folder });
    return {
      run,
      seconds: run.seconds,
      // The steps' own figures, from inside the process: they overlap (the renderer is made ready during the data step).
      data: seconds(run, /entries → dist\/data\/ \([^)]*?([\d.]+) s\)/),
      site: seconds(run, /✓ site → [^\n]*\(([\d.]+) s\)/),
      peak: run.peakMiB,
      ok: run.ok,
    };
  };
  const split = (b: ReturnType<typeof build>) => `data ${fmt(b.data)} + site ${fmt(b.site)} in-process`;

  const cold = build();
  if (!cold.ok) {
    table.add(catalog.name, "full build", "failed", "", "", tail(cold.run));
    return;
  }
  const pages = htmlPages(site);
  const files = readdirSync(site, { recursive: true }).filter((f) =>
    statSync(path.join(site, String(f))).isFile(),
  ).length;
  table.add(
    catalog.name,
    "full build, cold",
    `${fmt(cold.seconds)} s (${split(cold)})`,
    `${fmt(cold.peak, 0)} MiB`,
    catalog.peer ? PEER.fullBuild : "",
    `${pages} HTML pages, ${files} files`,
  );
  table.add(
    catalog.name,
    "pages per second, cold",
    fmt(pages / cold.seconds, 0),
    "",
    catalog.peer ? fmt(2500 / 4.4, 0) : "",
    "HTML pages / whole build",
  );

  const unchanged = build();
  table.add(
    catalog.name,
    "rebuild, nothing changed",
    `${fmt(unchanged.seconds)} s`,
    `${fmt(unchanged.peak, 0)} MiB`,
    "",
    `${fmt(unchanged.seconds / cold.seconds, 3)} × cold`,
  );

  const sources = readdirSync(entries, { recursive: true })
    .map(String)
    .filter((f) => /^[^/]+\/[^/]+\.md$/.test(f) && !/\.[a-z]{2}\.md$/.test(f))
    .sort();
  for (const [kind, file] of [
    ["text", sources[Math.floor(sources.length / 3)]!],
    ["title", sources[Math.floor((2 * sources.length) / 3)]!],
  ] as const) {
    editEntry(path.join(entries, file), kind);
    const again = build();
    table.add(
      catalog.name,
      `rebuild after one entry's ${kind} edit`,
      again.ok ? `${fmt(again.seconds)} s (${split(again)})` : `failed: ${tail(again.run)}`,
      `${fmt(again.peak, 0)} MiB`,
      catalog.peer ? PEER.rebuild : "",
      `${fmt(again.seconds / cold.seconds, 3)} × cold; ${/\((\d+ rendered)/.exec(again.run.output)?.[1] ?? "?"} pages`,
    );
  }

  // Two shards, as two CI jobs would run them (here one after the other), then the merge.
  const shardRuns = [1, 2].map((i) =>
    timed(script("build-site.ts", "--cold", "--shard", `${i}/2`, "--out", path.join(folder, `shard-${i}`)), { env }),
  );
  const merge = timed(
    script("build-site.ts", "--cold", "--merge", [1, 2].map((i) => path.join(folder, `shard-${i}`)).join(",")),
    {
      env: { ...env, ATLAS_SITE_OUT: path.join(folder, "merged") },
    },
  );
  const slowest = Math.max(...shardRuns.map((r) => r.seconds));
  table.add(
    catalog.name,
    "site in 2 shards + merge",
    shardRuns.every((r) => r.ok) && merge.ok
      ? `shards ${shardRuns.map((r) => fmt(r.seconds)).join(" s, ")} s; merge ${fmt(merge.seconds)} s`
      : `failed: ${tail(shardRuns.find((r) => !r.ok) ?? merge)}`,
    `${fmt(Math.max(...shardRuns.map((r) => r.peakMiB), merge.peakMiB), 0)} MiB`,
    "",
    `on 2 machines: ${fmt(slowest + merge.seconds)} s vs ${fmt(cold.site)} s unsharded`,
  );

  // What a reader downloads for one entry page: its HTML and the stylesheets and scripts it links.
  const entryPage = path.join(site, sources[0]!.replace(/\.md$/, ""), "index.html");
  const pageHtml = existsSync(entryPage) ? readFileSync(entryPage, "utf8") : "";
  const assets = [...pageHtml.matchAll(/(?:href|src)="(\/[^"]+\.(?:css|js))"/g)]
    .map((m) => path.join(site, m[1]!))
    .filter(existsSync);
  const bytes = Buffer.byteLength(pageHtml) + assets.reduce((sum, file) => sum + statSync(file).size, 0);
  if (pageHtml) {
    table.add(
      catalog.name,
      "entry page weight (uncompressed)",
      `${fmt(bytes / 1024, 1)} KiB`,
      "",
      "",
      `HTML + ${assets.length} linked CSS/JS files`,
    );
  }
  return folder;
}

async function benchLookup(table: Table, catalog: Catalog, dataDir: string) {
  let started = performance.now();
  const index = ((await import(pathToFileURL(path.join(dataDir, "lookup-data.js")).href)) as { lookupData: LookupData })
    .lookupData;
  const engine = new LookupEngine(index);
  table.add(
    catalog.name,
    "lookup: load the index",
    `${fmt(performance.now() - started, 1)} ms`,
    "",
    "",
    `${index.signatures.length} signatures`,
  );
  // A warm-up pass, so figures describe steady state.
  for (const q of catalog.queries.slice(0, 200)) engine.lookup(q.text);
  let correct = 0;
  started = performance.now();
  for (const q of catalog.queries) {
    const first = engine.lookup(q.text, { limit: 1 })[0];
    if (first && q.expected(first.id)) correct++;
  }
  table.add(
    catalog.name,
    "lookup per query (one log line)",
    `${fmt((performance.now() - started) / catalog.queries.length, 3)} ms`,
    "",
    "",
    `${catalog.queries.length} queries`,
  );
  table.add(
    catalog.name,
    "lookup precision@1",
    fmt(correct / catalog.queries.length, 3),
    "",
    "",
    `${correct}/${catalog.queries.length} find their own entry first`,
  );
}

/** `error-atlas scan` over a generated CI log with known errors scattered through ordinary lines. */
function benchScan(table: Table, packageDir: string, examples: string[], megabytes: number, work: string) {
  const file = path.join(work, "ci.log");
  const filler = [
    "npm info run build",
    "[INFO] Downloading from central: https://repo.maven.apache.org/maven2/org/example/lib/1.2.3/lib-1.2.3.pom",
    "Step 4/12 : RUN npm ci --omit=dev",
    " ---> Running in 3f2a9c1b",
    "test/unit/parser.test.ts (24 tests) 412ms",
    "Compiling serde v1.0.210",
  ];
  const lines: string[] = [];
  let size = 0;
  for (let i = 0; size < megabytes * 1024 * 1024; i++) {
    const line = logLine(i % 5000 === 0 ? examples[(i / 5000) % examples.length]! : filler[i % filler.length]!, i);
    lines.push(line);
    size += line.length + 1;
  }
  writeFileSync(file, `${lines.join("\n")}\n`);
  const actual = statSync(file).size / 1024 / 1024;
  const run = timed([process.execPath, path.join(packageDir, "dist/cli.js"), "scan", "--json", file]);
  let found: string;
  try {
    found = String((JSON.parse(run.stdout) as { errors: unknown[] }).errors.length);
  } catch {
    found = `? (${tail(run)})`;
  }
  table.add(
    "repository",
    `scan a ${fmt(actual, 0)} MB CI log`,
    `${fmt(run.seconds)} s (${fmt(actual / run.seconds, 1)} MB/s)`,
    `${fmt(run.peakMiB, 0)} MiB`,
    "",
    `${lines.length} lines, ${found} distinct errors reported`,
  );
  rmSync(file, { force: true });
}

/** Start-up of a command: the prebuilt bundle against compiling the TypeScript sources on each start (tsx). */
function benchStartup(table: Table) {
  const median = (command: string[]) => {
    timed(command); // the first run may build the bundle
    const runs = Array.from({ length: 5 }, () => timed(command).seconds).sort((a, b) => a - b);
    return runs[2]!;
  };
  const bundled = median(script("validate.ts", "--help"));
  const sources = median([process.execPath, tsxCli, path.join(repo, "scripts/validate.ts"), "--help"]);
  table.add(
    "tools",
    "start-up (validate --help), median of 5",
    `${fmt(bundled * 1000, 0)} ms`,
    "",
    "",
    `tsx from sources: ${fmt(sources * 1000, 0)} ms`,
  );
}

/** Ten broken entries at once, among them a catastrophic signature and invalid UTF-8: every problem, in one pass. */
function benchHostile(table: Table, work: string) {
  const root = path.join(work, "hostile");
  cpSync(path.join(repo, "entries"), root, { recursive: true });
  const files = readdirSync(root, { recursive: true })
    .map(String)
    .filter((f) => /^[^/]+\/[^/]+\.md$/.test(f) && !/\.[a-z]{2}\.md$/.test(f))
    .sort()
    .slice(0, 10)
    .map((f) => path.join(root, f));
  const breakers: ((text: string) => string)[] = [
    (t) => t.replace(/^signatures:\n/m, "signatures:\n  - '^(\\w+\\s?)*$'\n"),
    (t) => t, // invalid UTF-8 bytes appended below
    (t) => t.replace(/^title: .*$/m, "title: ["),
    (t) => t.replace(/^type: .*$/m, "type: not_a_type"),
    (t) => t.replace(/^provenance: .*$/m, "provenance: trust_me"),
    (t) => t.replace(/^---\n/, "---\n__proto__: { polluted: true }\n"),
    (t) => t.replace(/^id: .*$/m, "id: ../../etc/passwd"),
    (t) => t.replace(/^signatures:\n/m, "signatures:\n  - '(.*a){12}'\n"),
    (t) => t.replace(/^---\n/, "---\nunknown_field: 1\n"),
    (t) => t.slice(0, Math.floor(t.length / 2)),
  ];
  files.forEach((file, i) => {
    if (i === 1) writeFileSync(file, Buffer.concat([readFileSync(file), Buffer.from([0xc3, 0x28, 0x0a])]));
    else writeFileSync(file, breakers[i]!(readFileSync(file, "utf8")));
  });
  const run = timed(script("validate.ts"), {
    env: { ATLAS_ENTRIES: root, ATLAS_CACHE: path.join(work, "hostile-cache") },
  });
  const located = run.output.split("\n").filter((l) => /:\d+:\d+/.test(l) && /EA\d{3}/.test(l));
  const filesReported = new Set(
    files.filter((f) => run.output.includes(path.relative(root, f)) || run.output.includes(f)),
  ).size;
  table.add(
    "hostile",
    "validate 10 broken entries (ReDoS, bad UTF-8, …)",
    `${fmt(run.seconds)} s, exit ${run.status}`,
    `${fmt(run.peakMiB, 0)} MiB`,
    "",
    `${located.length} located problems, ${filesReported}/10 files reported`,
  );
}

const USAGE = `usage: npm run bench -- [--quick] [--only repository|peer|synthetic]
  --quick  skip the 10,000-entry catalog and use a 10 MB log
  --only   measure one catalog (and, for the repository, the log scan)`;
const CATALOGS = ["repository", "peer", "synthetic"] as const;

export async function main(args: string[]): Promise<number> {
  const { values } = parseCommandArgs(
    args,
    { quick: { type: "boolean" }, only: { type: "string" } },
    { positionals: false },
  );
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const quick = Boolean(values.quick);
  const only = values.only;
  if (only !== undefined && !(CATALOGS as readonly string[]).includes(only)) {
    throw new UsageError(`--only takes one of ${CATALOGS.join(", ")}, not "${only}"`);
  }
  const wanted = (name: (typeof CATALOGS)[number]) => only === undefined || only === name;
  const corpus = path.resolve(process.env.ATLAS_CORPUS ?? path.join(repo, "../shared/corpora/deadends-canons.jsonl"));
  const work = mkdtempSync(path.join(tmpdir(), "atlas-bench-"));
  const table = new Table();
  console.error(`benchmark work folder: ${work}`);
  try {
    const catalogs: Catalog[] = [];
    const repoEntries = loadCatalog(path.join(repo, "entries")).entries;
    const examples = repoEntries.flatMap((entry) =>
      ((entry.source.data as { examples?: string[] }).examples ?? []).map((text) => ({ id: entry.id, text })),
    );
    if (wanted("repository")) {
      catalogs.push({
        name: "repository",
        root: path.join(repo, "entries"),
        queries: examples.map((e, i) => ({ text: logLine(e.text, i), expected: (id) => id === e.id })),
        peer: false,
        fullBuild: true,
      });
    }

    if (wanted("peer") && existsSync(corpus)) {
      const root = path.join(work, "peer-corpus");
      const imported = timed(script("import-deadends.ts", corpus, root));
      if (!imported.ok) throw new UsageError(`import of ${corpus} failed: ${tail(imported)}`);
      const entries = loadCatalog(root).entries;
      const queries = entries.flatMap((entry, i) =>
        ((entry.source.data as { examples?: string[] }).examples ?? [])
          .slice(0, 1)
          .map((text) => ({ text: logLine(text, i), expected: (id: string) => id === entry.id })),
      );
      catalogs.push({ name: `peer corpus (${entries.length})`, root, queries, peer: true, fullBuild: true });
    } else if (wanted("peer")) {
      console.error(`no peer corpus at ${corpus}: skipped`);
    }

    if (!quick && wanted("synthetic")) {
      const root = path.join(work, "synthetic-10k");
      writeSyntheticCatalog(10_000, root);
      const queries = Array.from({ length: 2000 }, (_, k) => {
        const i = (k * 7919) % 10_000;
        const { id, english } = syntheticEntry(i, 10_000);
        const text = /examples:\n {2}- "([^"]+)"/.exec(english)![1]!;
        return { text: logLine(text, k), expected: (hit: string) => hit === id };
      });
      catalogs.push({ name: "synthetic (10,000)", root, queries, peer: false, fullBuild: true });
    }

    if (only === undefined) {
      benchStartup(table);
      benchHostile(table, work);
    }
    let repositoryPackage: string | undefined;
    for (const catalog of catalogs) {
      console.error(`${catalog.name}:`);
      benchValidation(table, catalog, work);
      const folder = await benchFullBuild(table, catalog, work);
      if (!folder) continue;
      await benchLookup(table, catalog, path.join(folder, "dist/data"));
      if (catalog.name === "repository") repositoryPackage = folder;
    }
    if (repositoryPackage) {
      benchScan(
        table,
        repositoryPackage,
        examples.map((e) => e.text),
        quick ? 10 : 100,
        work,
      );
    }

    console.log(
      `\nError Atlas benchmark — ${cpus().length} cores (${cpus()[0]?.model.trim()}), ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`,
    );
    console.log(
      "Each figure is one fresh process (or one build of data + site). Peak memory is the largest process's resident set.",
    );
    console.log(
      "The peer's figures are its own tools on its own corpus on this machine; compare ratios within one run.\n",
    );
    table.print();
    return 0;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

if (isMain(import.meta.url)) await runCli(main);
