/**
 * A rendering worker: loads the server bundle once, says it is ready, then
 * renders each batch of pages it is sent (their data computed by the build)
 * into the folder the batch names. The build starts it early, so loading
 * the bundle overlaps the build's own work.
 */
import { writeFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { parentPort, workerData } from "node:worker_threads";

import { makeParent } from "../../src/node/commit-folder.js";
import type { PageData } from "../src/data/pages.js";

export interface RendererSetup {
  /** The server bundle's entry module (exports `manifest`). */
  entry: string;
  /** The site's address, for the requests pages are rendered from. */
  site: string;
}

export interface RenderBatch {
  out: string;
  pages: { url: string; file: string; data: PageData }[];
}

export type WorkerReply = { ready: true } | { ok: true; count: number } | { ok: false; error: string };

/** Loads the bundle; the function it gives renders a batch and writes its pages. */
async function loadRenderer({ entry, site }: RendererSetup): Promise<(batch: RenderBatch) => Promise<number>> {
  const { App } = await import("astro/app");
  const { manifest } = (await import(pathToFileURL(entry).href)) as { manifest: ConstructorParameters<typeof App>[0] };
  const app = new App(manifest);
  return async ({ out, pages }) => {
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
  };
}

const failure = (error: unknown): WorkerReply => ({ ok: false, error: String((error as Error)?.stack ?? error) });

if (parentPort && workerData) {
  const port = parentPort;
  loadRenderer(workerData as RendererSetup).then(
    (render) => {
      port.on("message", (batch: RenderBatch) => {
        render(batch).then(
          (count) => port.postMessage({ ok: true, count } satisfies WorkerReply),
          (error: unknown) => port.postMessage(failure(error)),
        );
      });
      port.postMessage({ ready: true } satisfies WorkerReply);
    },
    (error: unknown) => port.postMessage(failure(error)),
  );
}
