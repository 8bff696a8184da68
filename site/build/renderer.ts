/**
 * The page renderer: Astro builds the site's templates into a server bundle
 * once, and the build renders pages through it. The bundle depends only on
 * the templates, styles, the package's compiled code and the dependencies,
 * so it is kept under a key of exactly those and rebuilt only when one of
 * them changes — an entry edit never pays for it.
 */
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import {
  existsSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import path from "node:path";

import { packageRoot } from "../../src/node/settings.js";

// The repository root, also from the tools' bundle (see packageRoot).
const repo = packageRoot;
const site = path.join(repo, "site");

export interface Renderer {
  /** The key of the templates and code the bundle was built from; part of every page's inputs. */
  key: string;
  /** The server bundle's entry module (exports `manifest`). */
  entry: string;
  /** Client assets (stylesheets, scripts) the pages link to, to publish with them. */
  client: string;
}

function hashTree(hash: ReturnType<typeof createHash>, dir: string, skip: (name: string) => boolean, base = dir): void {
  if (!existsSync(dir)) return;
  for (const item of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    if (skip(item.name)) continue;
    const full = path.join(dir, item.name);
    if (item.isDirectory()) hashTree(hash, full, skip, base);
    else if (item.isFile()) hash.update(path.relative(base, full)).update("\0").update(readFileSync(full)).update("\0");
  }
}

/**
 * What the rendered pages depend on besides their data: the site's sources
 * (templates, components, styles, public files, config), the package's
 * compiled code the templates import (UI strings included), and the
 * lockfile (Astro's and every other dependency's version).
 */
export function rendererKey(dataDist: string, roots: { site: string; repo: string } = { site, repo }): string {
  const hash = createHash("sha256");
  for (const part of ["src", "renderer", "public", "astro.config.mjs"]) {
    const full = path.join(roots.site, part);
    if (existsSync(full) && !full.endsWith(".mjs")) hashTree(hash, full, () => false);
    else if (existsSync(full)) hash.update(readFileSync(full));
  }
  hashTree(hash, dataDist, (name) => name === "data" || name.endsWith(".tsbuildinfo"));
  for (const file of ["package-lock.json", "package.json"]) {
    if (existsSync(path.join(roots.repo, file))) hash.update(readFileSync(path.join(roots.repo, file)));
  }
  return hash.digest("base64url").slice(0, 16);
}

function run(args: string[], env: NodeJS.ProcessEnv, verbose: boolean): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, {
      cwd: repo,
      env,
      stdio: ["ignore", verbose ? "inherit" : "ignore", "pipe"],
    });
    let stderr = "";
    child.stderr!.on("data", (chunk: Buffer) => {
      stderr += chunk.toString();
      if (verbose) process.stderr.write(chunk);
    });
    child.on("error", reject);
    child.on("exit", (code, signal) =>
      code === 0 ? resolve() : reject(new Error(`astro build exited with ${signal ?? code}\n${stderr.trim()}`)),
    );
  });
}

/**
 * The bundle imports Astro's runtime and the other dependencies by name, and
 * Node resolves names from the bundle's folder upwards. A cache folder
 * outside the repository (ATLAS_CACHE) gets a link to its node_modules.
 */
function linkDependencies(cacheDir: string): void {
  const inside = path.relative(repo, path.resolve(cacheDir));
  if (!inside.startsWith("..") && !path.isAbsolute(inside)) return;
  const link = path.join(cacheDir, "node_modules");
  try {
    lstatSync(link);
  } catch {
    symlinkSync(path.join(repo, "node_modules"), link, "dir");
  }
}

/** The renderer for these templates: the cached bundle, or a fresh one. */
export async function ensureRenderer(
  dataDist: string,
  cacheDir: string,
  { verbose = false } = {},
): Promise<Renderer & { built: boolean }> {
  const key = rendererKey(dataDist);
  const dir = path.join(cacheDir, `renderer-${key}`);
  const done = path.join(dir, "done");
  const result = { key, entry: path.join(dir, "server", "entry.mjs"), client: path.join(dir, "client") };
  if (existsSync(done)) return { ...result, built: false };

  // Built beside its final place and renamed in, so an interrupted build never looks finished.
  const work = `${dir}.tmp-${process.pid}`;
  rmSync(work, { recursive: true, force: true });
  mkdirSync(path.dirname(work), { recursive: true });
  linkDependencies(cacheDir);
  await run(
    [path.join(repo, "node_modules/astro/astro.js"), "build", "--root", site],
    { ...process.env, ATLAS_DATA_DIST: dataDist, ATLAS_RENDERER_OUT: work, ASTRO_TELEMETRY_DISABLED: "1" },
    verbose,
  );
  writeFileSync(path.join(work, "done"), key);
  rmSync(dir, { recursive: true, force: true });
  renameSync(work, dir);
  // Older bundles are of no more use.
  for (const name of readdirSync(cacheDir)) {
    if (name.startsWith("renderer-") && name !== `renderer-${key}`) {
      rmSync(path.join(cacheDir, name), { recursive: true, force: true });
    }
  }
  return { ...result, built: true };
}
