/**
 * npm run dev [-- --port N] — the site's development server over the working copy.
 *
 * Compiles the package and its data once, starts Astro's dev server, and
 * rebuilds the data whenever a file under entries/ changes; open pages then
 * reload (see the plugin in site/astro.config.mjs). A broken entry prints
 * the validator's problems and the server keeps the last good data. Search
 * (Pagefind) exists only in a built site: `npm run build && npm run preview`.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { mkdirSync, watch, writeFileSync } from "node:fs";
import path from "node:path";

import { integerOption, parseCommandArgs } from "../src/node/args.js";
import { entriesRoot, packageRoot } from "../src/node/settings.js";
import { isMain, runCli } from "./cli-helpers.js";

// The repository root, also from the tools' bundle (see packageRoot).
const repo = packageRoot;
const tool = path.join(repo, "scripts/tool.mjs");

const USAGE = "usage: npm run dev -- [--port N]   (default 4321)";

function run(args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { cwd: repo, env, stdio: "inherit" });
    child.on("exit", (code) => resolve(code ?? 1));
  });
}

export async function main(args: string[]): Promise<number> {
  const { values } = parseCommandArgs(args, { port: { type: "string" } }, { positionals: false });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const port = integerOption(values.port, "port", 4321, 1, 65535);
  const marker = path.join(repo, "node_modules/.cache/error-atlas-dev/reload");
  mkdirSync(path.dirname(marker), { recursive: true });
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ATLAS_DATA_DIST: path.join(repo, "dist"),
    ATLAS_DEV_RELOAD: marker,
    ATLAS_SITE_URL: process.env.ATLAS_SITE_URL || `http://127.0.0.1:${port}`,
    ASTRO_TELEMETRY_DISABLED: "1",
    PORT: String(port),
  };
  const buildData = () => run([tool, "build-data"], env);

  if ((await run([tool, "build-lib"], env)) !== 0) return 1;
  if ((await buildData()) !== 0) {
    console.error("The entries have problems (above); the server starts with the last good data.");
  }

  // One rebuild at a time; changes during a rebuild start one more after it.
  let building = false;
  let again = false;
  let timer: NodeJS.Timeout | undefined;
  const rebuild = async () => {
    if (building) {
      again = true;
      return;
    }
    building = true;
    do {
      again = false;
      if ((await buildData()) === 0) writeFileSync(marker, String(Date.now()));
    } while (again);
    building = false;
  };
  const watcher = watch(entriesRoot(env), { recursive: true }, () => {
    clearTimeout(timer);
    // Editors save in several steps (temporary file, rename): wait for the burst to end.
    timer = setTimeout(() => void rebuild(), 150);
  });

  const server: ChildProcess = spawn(
    process.execPath,
    [path.join(repo, "node_modules/astro/astro.js"), "dev", "--root", path.join(repo, "site"), "--port", String(port)],
    {
      cwd: repo,
      env,
      stdio: "inherit",
    },
  );
  const stop = () => server.kill("SIGTERM");
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
  const code = await new Promise<number>((resolve) => server.on("exit", (c) => resolve(c ?? 0)));
  watcher.close();
  clearTimeout(timer);
  return code;
}

if (isMain(import.meta.url)) await runCli(main);
