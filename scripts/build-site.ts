/**
 * npm run build:site — the static site, from the compiled data package.
 *
 *   1. Astro builds the pages into a temporary folder beside the output.
 *   2. The alternates are copied as plain files (same bytes as the package):
 *      /<id>.json, /<id>.md, /<lang>/<id>.md, /index.json, /lookup-index.json,
 *      plus /lookup-titles.json (id → code and titles) for the lookup box.
 *      Thousands of Astro endpoints would cost far more than file copies.
 *   3. Pagefind indexes the entry pages, one index per language.
 *   4. The folder is swapped into place. Any failure exits 1 and leaves the
 *      previous output untouched.
 *
 * Environment: ATLAS_DATA_DIST (data package folder, default dist/),
 * ATLAS_SITE_OUT (output, default site/dist/), ATLAS_SITE_URL (site address),
 * ATLAS_SITE_VERBOSE (show Astro's page-by-page log).
 */
import { spawn } from "node:child_process";
import { copyFileSync, cpSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { publicSiteUrl, repositoryUrl, setting } from "../src/node/settings.js";
import { swapFolder } from "../src/node/swap-folder.js";
import { languages } from "../src/runtime/languages.js";
import { markdownPath } from "../src/runtime/urls.js";
import type { IndexRow } from "../src/types/schema.js";

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

export interface SiteBuildOptions {
  dataDist: string;
  out: string;
  site: string;
  log?: (line: string) => void;
}

export function siteBuildOptions(env: NodeJS.ProcessEnv = process.env): SiteBuildOptions {
  return {
    dataDist: path.resolve(setting("ATLAS_DATA_DIST", env) ?? path.join(repo, "dist")),
    out: path.resolve(setting("ATLAS_SITE_OUT", env) ?? path.join(repo, "site/dist")),
    site: publicSiteUrl(env),
  };
}

class BuildError extends Error {}

function run(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    // Astro logs one line per page on stdout (thousands); errors go to stderr, which stays visible.
    const stdout = setting("ATLAS_SITE_VERBOSE") ? "inherit" : "ignore";
    const child = spawn(command, args, { cwd, env, stdio: ["ignore", stdout, "inherit"] });
    child.on("error", reject);
    child.on("exit", (code, signal) => (code === 0 ? resolve() : reject(new BuildError(`${path.basename(args[0] ?? command)} exited with ${signal ?? code}`))));
  });
}

function copy(from: string, to: string, made: Set<string>): void {
  const dir = path.dirname(to);
  if (!made.has(dir)) {
    mkdirSync(dir, { recursive: true });
    made.add(dir);
  }
  copyFileSync(from, to);
}

/** Step 2: the data package's files, published unchanged, and the lookup box's title map. */
export function copyAlternates(data: string, target: string): number {
  const rows = JSON.parse(readFileSync(path.join(data, "index.json"), "utf8")) as IndexRow[];
  const made = new Set<string>();
  let files = 0;
  for (const row of rows) {
    copy(path.join(data, "entries", `${row.id}.json`), path.join(target, `${row.id}.json`), made);
    files++;
    for (const { code } of languages) {
      copy(path.join(data, "markdown", code, `${row.id}.md`), path.join(target, markdownPath(row.id, code)), made);
      files++;
    }
  }
  copy(path.join(data, "index.json"), path.join(target, "index.json"), made);
  copy(path.join(data, "lookup-index.json"), path.join(target, "lookup-index.json"), made);
  const titles: Record<string, { c?: string; t: Record<string, string> }> = {};
  for (const row of rows) {
    const t: Record<string, string> = { en: row.title };
    for (const [lang, translation] of Object.entries(row.translations)) if (translation.title !== undefined) t[lang] = translation.title;
    titles[row.id] = { ...(row.code !== undefined && { c: row.code }), t };
  }
  writeFileSync(path.join(target, "lookup-titles.json"), JSON.stringify(titles));
  return files + 3;
}

/** Step 3: Pagefind over the built pages; it splits the index by <html lang>. */
export async function indexSearch(target: string): Promise<number> {
  const pagefind = await import("pagefind");
  try {
    const { index, errors } = await pagefind.createIndex({});
    if (!index) throw new BuildError(`pagefind: ${errors.join("; ")}`);
    const added = await index.addDirectory({ path: target });
    if (added.errors.length) throw new BuildError(`pagefind: ${added.errors.join("; ")}`);
    const written = await index.writeFiles({ outputPath: path.join(target, "pagefind") });
    if (written.errors.length) throw new BuildError(`pagefind: ${written.errors.join("; ")}`);
    return added.page_count;
  } finally {
    await pagefind.close();
  }
}

/** Moves a folder, across file systems too (the output may be in /tmp, the build in the repository). */
function moveFolder(from: string, to: string): void {
  try {
    renameSync(from, to);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EXDEV") throw error;
    cpSync(from, to, { recursive: true });
    rmSync(from, { recursive: true, force: true });
  }
}

export async function buildSite({ dataDist, out, site, log = console.error }: SiteBuildOptions): Promise<void> {
  const data = path.join(dataDist, "data");
  for (const needed of [path.join(dataDist, "index.js"), path.join(data, "index.json"), path.join(data, "lookup-index.json")]) {
    if (!existsSync(needed)) throw new BuildError(`${needed} is missing: run npm run build:data first`);
  }
  const temporary = `${out}.tmp-${process.pid}`;
  // Astro's own output folder lies inside the repository: its server-side chunks must resolve
  // node_modules/, and Astro keeps them in the output folder only when that folder is inside its
  // working folder (otherwise in a shared ./.astro/, where a failed build would leave them for
  // the next one to publish). Per process, so builds of different catalogs can run side by side.
  const work = path.join(repo, "node_modules/.cache/error-atlas-site", `build-${process.pid}`);
  rmSync(temporary, { recursive: true, force: true });
  rmSync(work, { recursive: true, force: true });
  mkdirSync(path.dirname(out), { recursive: true });
  try {
    const started = performance.now();
    const env = {
      ...process.env,
      ATLAS_DATA_DIST: dataDist,
      ATLAS_SITE_BUILD_DIR: path.join(work, "out"),
      ATLAS_SITE_URL: site,
      ATLAS_REPOSITORY_URL: repositoryUrl(),
      ATLAS_SITE_CACHE: path.join(work, "cache"),
      ASTRO_TELEMETRY_DISABLED: "1",
    };
    await run(process.execPath, [path.join(repo, "node_modules/astro/astro.js"), "build", "--root", path.join(repo, "site")], repo, env);
    moveFolder(env.ATLAS_SITE_BUILD_DIR, temporary);
    const astroSeconds = (performance.now() - started) / 1000;
    const files = copyAlternates(data, temporary);
    const pages = await indexSearch(temporary);
    swapFolder(temporary, out);
    const seconds = (performance.now() - started) / 1000;
    log(`✓ site → ${path.relative(process.cwd(), out) || out} (Astro ${astroSeconds.toFixed(1)} s, ${files} alternates, ${pages} pages indexed, ${seconds.toFixed(1)} s)`);
  } catch (error) {
    rmSync(temporary, { recursive: true, force: true });
    throw error;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

// Run as a command (not when imported by tests or the benchmark).
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    await buildSite(siteBuildOptions());
    process.exit(0);
  } catch (error) {
    console.error(`✗ build:site failed: ${error instanceof BuildError ? error.message : String((error as Error)?.stack ?? error)}`);
    console.error("  The previous site output was left unchanged.");
    process.exit(1);
  }
}
