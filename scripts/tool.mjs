#!/usr/bin/env node
/**
 * node scripts/tool.mjs <command> [args…] — runs scripts/<command>.ts from a
 * prebuilt bundle instead of compiling TypeScript on every start (tsx):
 * about half the start-up time of `npm run validate` and the builds.
 *
 * The bundle (esbuild, one module per command plus the worker threads, in
 * node_modules/.cache/error-atlas-tools) is rebuilt when any source file
 * under src/, scripts/, site/build/ or site/src/, the schemas or the lockfile differ
 * from what it was built from — checked by size and modification time, a
 * few milliseconds — so it can never run stale code. Dependencies stay
 * outside the bundle and resolve from node_modules.
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const out = path.join(repo, "node_modules/.cache/error-atlas-tools");
// site/src: the site build bundles the page-data modules of site/src/data.
const SOURCES = ["src", "scripts", "site/build", "site/src", "schema", "package-lock.json", "tsconfig.json"];
const WORKERS = {
  "schema-code": "src/validate/schema.ts",
  "regex-worker": "src/validate/regex-worker.ts",
  "parse-worker": "src/load/parse-worker.ts",
  "render-worker": "site/build/render-worker.ts",
  "search-worker": "site/build/search-worker.ts",
};

function* files(relative) {
  const full = path.join(repo, relative);
  if (!existsSync(full)) return;
  if (statSync(full).isFile()) {
    yield full;
    return;
  }
  for (const entry of readdirSync(full, { withFileTypes: true })) {
    if (entry.name.startsWith(".")) continue;
    const child = path.join(relative, entry.name);
    if (entry.isDirectory()) yield* files(child);
    else if (entry.isFile()) yield path.join(repo, child);
  }
}

/** What the bundle is built from: every source file's path, size and modification time. */
function sourceStamp() {
  const hash = createHash("sha256");
  for (const relative of SOURCES) {
    for (const file of files(relative)) {
      const { size, mtimeMs } = statSync(file);
      hash.update(`${file}\0${size}\0${mtimeMs}\n`);
    }
  }
  return hash.digest("hex");
}

async function ensureBundle() {
  const stamp = sourceStamp();
  const stampFile = path.join(out, "stamp");
  if (existsSync(stampFile) && readFileSync(stampFile, "utf8") === stamp) return;
  const { build } = await import("esbuild");
  const commands = readdirSync(path.join(repo, "scripts"))
    .filter((name) => name.endsWith(".ts"))
    .map((name) => name.replace(/\.ts$/, ""));
  // Built beside its final place and renamed in: a parallel run never sees half a bundle.
  const work = `${out}.tmp-${process.pid}`;
  rmSync(work, { recursive: true, force: true });
  await build({
    absWorkingDir: repo,
    entryPoints: {
      ...Object.fromEntries(commands.map((name) => [name, `scripts/${name}.ts`])),
      ...WORKERS,
    },
    outdir: work,
    bundle: true,
    splitting: true,
    format: "esm",
    platform: "node",
    target: "node20",
    packages: "external",
    tsconfig: path.join(repo, "tsconfig.json"),
    logLevel: "error",
  });
  // No `name`: packageRoot (src/node/settings.ts) walks up past this folder to the repository's package.json.
  writeFileSync(path.join(work, "package.json"), JSON.stringify({ type: "module", private: true }));
  await writeValidators(work);
  writeFileSync(path.join(work, "stamp"), stamp);
  mkdirSync(path.dirname(out), { recursive: true });
  rmSync(out, { recursive: true, force: true });
  try {
    renameSync(work, out);
  } catch {
    // Another run finished the same bundle first.
    rmSync(work, { recursive: true, force: true });
  }
}

/**
 * The schema validators as code, beside the bundle (see getSchemas): compiling them took a few
 * hundred milliseconds of every command that validates. Should the schemas not compile, the
 * commands compile them themselves and report it as they always did.
 */
async function writeValidators(work) {
  try {
    const { standaloneValidators, STANDALONE_FILE } = await import(
      pathToFileURL(path.join(work, "schema-code.js")).href
    );
    writeFileSync(path.join(work, STANDALONE_FILE), standaloneValidators());
  } catch (error) {
    console.error(`note: schema validators not prepared (${String(error?.message ?? error).split("\n")[0]})`);
  }
}

const [command, ...args] = process.argv.slice(2);
if (!command || !existsSync(path.join(repo, "scripts", `${command}.ts`))) {
  console.error(
    `usage: node scripts/tool.mjs <command> [args…], where <command> is a file of scripts/ (got ${command ?? "nothing"})`,
  );
  process.exit(2);
}
await ensureBundle();
const { main } = await import(pathToFileURL(path.join(out, `${command}.js`)).href);
const { runCli } = await import(pathToFileURL(path.join(out, "cli-helpers.js")).href);
process.argv = [process.argv[0], path.join(repo, "scripts", `${command}.ts`), ...args];
await runCli(main);
