/**
 * A rendering worker: loads the server bundle once, renders the pages it is
 * given (their data computed by the build) and writes them to the staging
 * folder. Several run at once, one per core.
 */
import { writeFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { parentPort, workerData } from "node:worker_threads";

import { makeParent } from "../../src/node/commit-folder.js";
import type { PageData } from "../src/data/pages.js";

export interface RenderJob {
  entry: string;
  out: string;
  site: string;
  pages: { url: string; file: string; data: PageData }[];
}

export async function renderPages({ entry, out, site, pages }: RenderJob): Promise<number> {
  const { App } = await import("astro/app");
  const { manifest } = (await import(pathToFileURL(entry).href)) as { manifest: ConstructorParameters<typeof App>[0] };
  const app = new App(manifest);
  const made = new Set<string>();
  for (const page of pages) {
    const response = await app.render(new Request(new URL(page.url, `${site}/`)), { locals: { page: page.data } });
    const html = await response.text();
    if (response.status !== 200) {
      throw new Error(`rendering ${page.url} gave status ${response.status}: ${html.slice(0, 500)}`);
    }
    const file = path.join(out, page.file);
    makeParent(file, made);
    writeFileSync(file, html);
  }
  return pages.length;
}

if (parentPort && workerData) {
  renderPages(workerData as RenderJob).then(
    (count) => parentPort!.postMessage({ ok: true, count }),
    (error: unknown) => parentPort!.postMessage({ ok: false, error: String((error as Error)?.stack ?? error) }),
  );
}
