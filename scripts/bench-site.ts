/**
 * Site build benchmark: cold build time, pages per second, peak memory (RSS
 * of the whole build process tree: tsx, Astro, Pagefind) and entry page
 * weight, for the repository catalog (its compiled dist/) and for a synthetic
 * catalog (default 2,500 entries). Builds go to temporary folders; dist/ and
 * site/dist/ are not touched.
 *
 *   tsx scripts/bench-site.ts [--synthetic N] [--skip-repo] [--skip-synthetic]
 */
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { cpus, totalmem, tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { buildCatalogData } from "./site-catalog.js";

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const tsx = path.join(repo, "node_modules/tsx/dist/cli.mjs");

/** Resident memory of a process and all its descendants, in bytes (Linux /proc). */
function treeRss(root: number): number {
  const children = new Map<number, number[]>();
  for (const name of readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(name)]);
    } catch {
      // the process ended meanwhile
    }
  }
  let total = 0;
  const stack = [root];
  while (stack.length) {
    const pid = stack.pop()!;
    try {
      const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
      if (match) total += Number(match[1]) * 1024;
    } catch {
      // gone
    }
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}

interface Measurement {
  seconds: number;
  peakRss: number;
}

function measure(args: string[], env: NodeJS.ProcessEnv): Promise<Measurement> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, args, { cwd: repo, env, stdio: ["ignore", "ignore", "inherit"] });
    let peakRss = 0;
    const timer = setInterval(() => (peakRss = Math.max(peakRss, treeRss(child.pid!))), 100);
    child.on("error", reject);
    child.on("exit", (code) => {
      clearInterval(timer);
      if (code !== 0) reject(new Error(`build exited with ${code}`));
      else resolve({ seconds: (performance.now() - started) / 1000, peakRss });
    });
  });
}

const allFiles = (root: string): string[] =>
  readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => path.join(d.parentPath, d.name));

async function bench(label: string, dataDist: string): Promise<void> {
  const rows = JSON.parse(readFileSync(path.join(dataDist, "data/index.json"), "utf8")) as { id: string }[];
  const out = mkdtempSync(path.join(tmpdir(), "atlas-bench-site-"));
  rmSync(out, { recursive: true });
  try {
    const { seconds, peakRss } = await measure([tsx, path.join(repo, "scripts/build-site.ts")], { ...process.env, ATLAS_DATA_DIST: dataDist, ATLAS_SITE_OUT: out });
    const files = allFiles(out);
    const pages = files.filter((f) => f.endsWith(".html"));
    const entryPages = rows.flatMap((r) => [path.join(out, r.id, "index.html"), path.join(out, "zh", r.id, "index.html")]).filter((f) => existsSync(f));
    const sizes = entryPages.map((f) => statSync(f).size).sort((a, b) => a - b);
    // Attribute values other than `type` are blanked first: a description may quote `<script>` as text.
    const hasScript = (html: string) =>
      /<script(?![^>]*application\/ld\+json)/.test(html.replace(/(\s[\w:-]+)="[^"]*"/g, (all, name: string) => (name.trim() === "type" ? all : `${name}=""`)));
    const scriptsOnEntryPages = entryPages.filter((f) => hasScript(readFileSync(f, "utf8"))).length;
    const css = files.filter((f) => f.includes(`${path.sep}_astro${path.sep}`) && f.endsWith(".css")).reduce((sum, f) => sum + statSync(f).size, 0);
    const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
    console.log(`\n## ${label}: ${rows.length} entries`);
    console.log(`cold build            ${seconds.toFixed(1)} s (Astro + alternates + Pagefind + swap)`);
    console.log(`pages                 ${pages.length} HTML pages, ${files.length} files in all`);
    console.log(`pages/second          ${(pages.length / seconds).toFixed(0)}`);
    console.log(`peak memory (RSS)     ${(peakRss / 1024 / 1024).toFixed(0)} MiB (build process tree)`);
    console.log(`entry page HTML       median ${kb(sizes[Math.floor(sizes.length / 2)] ?? 0)}, max ${kb(sizes.at(-1) ?? 0)} (target < 30 KB)`);
    console.log(`entry page JS         ${scriptsOnEntryPages} of ${entryPages.length} pages have a script other than JSON-LD (0 KB of JavaScript)`);
    console.log(`shared CSS            ${kb(css)}`);
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

const args = process.argv.slice(2);
const count = Number(args[args.indexOf("--synthetic") + 1]) || 2500;
console.log(`# Site build benchmark — ${cpus().length} cores, ${(totalmem() / 1024 ** 3).toFixed(0)} GiB, Node ${process.version}`);

if (!args.includes("--skip-repo")) {
  const dist = path.join(repo, "dist");
  if (!existsSync(path.join(dist, "data/index.json"))) console.log("\n(repository catalog skipped: run npm run build:data first)");
  else await bench("repository catalog (dist/)", dist);
}

if (!args.includes("--skip-synthetic")) {
  const work = mkdtempSync(path.join(tmpdir(), "atlas-bench-syn-"));
  try {
    const entries = path.join(work, "entries");
    await measure([tsx, path.join(repo, "scripts/synthetic-catalog.ts"), String(count), entries], process.env);
    const started = performance.now();
    const dataDist = await buildCatalogData(entries, path.join(work, "data"));
    console.log(`\n(synthetic data package: ${((performance.now() - started) / 1000).toFixed(1)} s, not counted below)`);
    await bench(`synthetic catalog`, dataDist);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
