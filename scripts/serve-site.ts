/**
 * npm run preview — serves the built site (site/dist/ or ATLAS_SITE_OUT) on
 * localhost, the way a static host would: /x/ → /x/index.html, unknown paths
 * → 404.html with status 404. Also used by the browser tests.
 */
import { createReadStream, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import path from "node:path";

import { integerOption, parseCommandArgs, UsageError } from "../src/node/args.js";
import { packageRoot, setting } from "../src/node/settings.js";
import { isMain } from "./cli-helpers.js";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".md": "text/markdown; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".svg": "image/svg+xml",
  ".wasm": "application/wasm",
  ".pagefind": "application/octet-stream",
  ".pf_meta": "application/octet-stream",
  ".pf_fragment": "application/octet-stream",
  ".pf_index": "application/octet-stream",
};

const isFile = (file: string) => {
  try {
    return statSync(file).isFile();
  } catch {
    return false;
  }
};

/** Starts a static server over `root` on 127.0.0.1; port 0 picks a free one. */
export function serveSite(root: string, port = 0): Promise<{ server: Server; url: string }> {
  const base = path.resolve(root);
  const server = createServer((request, response) => {
    let pathname: string;
    try {
      pathname = decodeURIComponent(new URL(request.url ?? "/", "http://localhost").pathname);
    } catch {
      pathname = "/";
    }
    let file = path.join(base, pathname);
    if (!file.startsWith(base)) file = base; // no way out of the site folder
    if (pathname.endsWith("/")) file = path.join(file, "index.html");
    let status = 200;
    if (!isFile(file)) {
      if (isFile(path.join(file, "index.html"))) {
        response.writeHead(301, { Location: `${pathname}/` }).end();
        return;
      }
      status = 404;
      file = path.join(base, "404.html");
    }
    response.writeHead(status, {
      "Content-Type": TYPES[path.extname(file)] ?? "application/octet-stream",
      "Cache-Control": "no-store",
    });
    createReadStream(file).pipe(response);
  });
  return new Promise((resolve) => {
    server.listen(port, "127.0.0.1", () => {
      const address = server.address();
      resolve({ server, url: `http://127.0.0.1:${typeof address === "object" && address ? address.port : port}` });
    });
  });
}

const USAGE = "usage: npm run preview -- [--port N]   (serves site/dist, or ATLAS_SITE_OUT)";

export async function main(args: string[]): Promise<number> {
  const { values } = parseCommandArgs(args, { port: { type: "string" } }, { positionals: false });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const root = setting("ATLAS_SITE_OUT") ?? path.join(packageRoot, "site/dist");
  const { url } = await serveSite(root, integerOption(values.port ?? process.env.PORT, "port", 4321, 0, 65535));
  console.error(`Serving ${root} at ${url}/ (Ctrl+C stops)`);
  return -1;
}

if (isMain(import.meta.url)) {
  const code = await main(process.argv.slice(2)).catch((error: unknown) => {
    console.error(`error: ${(error as Error).message}`);
    return error instanceof UsageError ? 2 : 70;
  });
  // -1: keep serving until stopped.
  if (code >= 0) process.exit(code);
}
