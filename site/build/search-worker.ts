/** A search worker: indexes the bundles it is given in its own Pagefind process and replies once (see search-index.ts). */
import { parentPort, workerData } from "node:worker_threads";

import type { SearchRecord } from "../src/data/files.js";
import { indexHere, type SearchFile } from "./search-index.js";

export type SearchReply = { ok: true; files: SearchFile[][] } | { ok: false; error: string };

const { buckets } = workerData as { buckets: SearchRecord[][] };
let reply: SearchReply;
try {
  reply = { ok: true, files: await indexHere(buckets) };
} catch (error) {
  reply = { ok: false, error: error instanceof Error ? error.message : String(error) };
}
parentPort!.postMessage(reply);
