/**
 * The site build: incremental, parallel and shardable.
 *
 *   1. Every page's data is computed from the catalog (src/data/) and hashed
 *      with the renderer's key (templates, package code, dependencies).
 *   2. Pages whose hash is unchanged since the previous build are carried
 *      over from the previous output by hard link; the others are rendered
 *      through the cached server bundle, in one worker thread per core.
 *   3. Feeds, sitemap, llms.txt and the search page's data are written
 *      afresh (cheap); the data package's alternates are hard-linked.
 *   4. The full-text index is built from records made from the entries'
 *      data, in buckets: only buckets whose records changed are re-indexed
 *      (a title edit changes its neighbours' pages, not their records).
 *   5. The finished folder is swapped in: until then the previous output is
 *      untouched, and the build state is saved only after the swap.
 *
 * `--shard i/n` renders only every n-th page (for a CI matrix); `merge`
 * joins the shards' pages and does steps 3–5, giving the same bytes as an
 * unsharded build.
 */
import {
  copyFileSync,
  existsSync,
  linkSync,
  mkdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { availableParallelism } from "node:os";
import path from "node:path";

import { type CompiledEntry, entryPath } from "error-atlas/internal";
import { type CatalogData, readCatalog } from "error-atlas/internal/node";

import { readCacheFile, writeCacheFile } from "../../src/node/cache-file.js";
import { commitFolder, listFiles, makeParent, recoverCommit, stageChanged } from "../../src/node/commit-folder.js";
import { digest } from "../../src/node/digest.js";
import { siteCatalog, type SiteConfig } from "../src/data/catalog.js";
import {
  alternateFiles,
  bucketOf,
  type SearchRecord,
  searchRecord,
  type TextFile,
  textFiles,
} from "../src/data/files.js";
import { SEARCH_BUCKETS } from "../src/data/other.js";
import { type Page, sitePages } from "../src/data/pages.js";
import { RenderPool } from "./render-pool.js";
import { ensureRenderer, type Renderer } from "./renderer.js";
import { indexHere, indexSearchBuckets } from "./search-index.js";

export class BuildError extends Error {}

export interface SiteBuildOptions {
  /** The compiled data package (its `data/` folder and code). */
  dataDist: string;
  /** The output folder. */
  out: string;
  config: SiteConfig;
  /** Where the renderer bundle and the build state are kept between builds. */
  cacheDir: string;
  /** Worker threads for rendering, at most (default: one per core). */
  workers?: number;
  /**
   * Fewest pages worth another worker thread (default 150): loading the
   * renderer costs a worker a few hundred milliseconds. The first worker
   * starts at once, so it is ready by the time the pages' data is known.
   */
  pagesPerWorker?: number;
  /** Render only shard `index` (1-based) of `count`, and nothing else. */
  shard?: { index: number; count: number };
  /** Ignore the previous output and state: render everything. */
  cold?: boolean;
  verbose?: boolean;
  log?: (line: string) => void;
  /** The compiled catalog, when the caller holds it already (npm run build); otherwise read from `dataDist`. */
  catalog?: CatalogData;
  /**
   * With `catalog`: per entry id, a key that changes whenever the compiled entry may have (the data
   * step's inputs). An entry without one is hashed from its JSON, which costs more.
   */
  entryKeys?: ReadonlyMap<string, string>;
  /** Called as each stage begins (tests use it to interrupt a build midway). */
  onStage?: (stage: "carry" | "render" | "finish" | "swap") => void;
}

export interface BuildReport {
  pages: number;
  rendered: number;
  /** Pages whose data was computed: those whose part of the catalog (Page.scope) changed, and those without one. */
  computed: string[];
  carried: number;
  removed: number;
  buckets: number;
  /** Search records made from page data, and taken unchanged from the bucket they were last indexed in. */
  searchRecords: { made: number; reused: number };
  /** Feeds and sitemaps not made again: what they are made from is unchanged. */
  textsKept: number;
  rendererBuilt: boolean;
  seconds: Record<string, number>;
}

/** Per output folder: what each file was built from, so the next build knows what changed. */
interface BuildState {
  version: 8;
  renderer: string;
  /** Page file → hash of its data and the renderer. */
  pages: Record<string, string>;
  /** Page file → hash of the part of the catalog it is made from (see Page.scope), for pages that have one. */
  scopes: Record<string, string>;
  /** `lang/bucket` → hash of the search records it indexes. */
  buckets: Record<string, string>;
  /** Entry page file → hash of its search record. */
  records: Record<string, string>;
  /** The other files of the output, by kind: what an in-place update may have to remove. */
  files: OtherFiles;
}

interface OtherFiles {
  client: string[];
  /** Alternate (site path) → the inode and modification time of the data package's file it was linked from. */
  alternates: Record<string, string>;
  text: string[];
  /** Text file → the key of what it was made from, for those made only when that changes (see TextFile). */
  textKeys?: Record<string, string>;
  /** `lang/bucket` → its Pagefind files (relative to the bundle's folder) → a hash of each one's bytes. */
  search: Record<string, Record<string, string>>;
}

const STATE_VERSION = 8;
const hash = (data: string | Uint8Array) => digest("sha256", data, "base64url").slice(0, 22);

/** What the cache keeps for one output folder (its state, its records, its commit journal), by kind. */
const perOutput = (cacheDir: string, out: string, kind: string) =>
  path.join(cacheDir, `${kind}-${hash(path.resolve(out)).slice(0, 12)}`);

/** The records a search bucket was last indexed from, by page file. */
interface RecordFile {
  version: string;
  records: Record<string, SearchRecord>;
}

const recordFile = (dir: string, bucket: string) => path.join(dir, `${bucket.replace("/", "-")}.json`);

function readState(file: string): BuildState | undefined {
  try {
    const state = JSON.parse(readFileSync(file, "utf8")) as BuildState;
    return state.version === STATE_VERSION ? state : undefined;
  } catch {
    return undefined;
  }
}

/** Hard-links a file (copies across file systems). */
function link(from: string, to: string, made: Set<string>): void {
  makeParent(to, made);
  try {
    linkSync(from, to);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "EEXIST") {
      rmSync(to);
      linkSync(from, to);
    } else if (code === "EXDEV" || code === "EPERM") copyFileSync(from, to);
    else throw error;
  }
}

/** The renderer, and a worker already loading it. */
export interface PreparedRenderer {
  renderer: Renderer & { built: boolean };
  pool: RenderPool;
}

/**
 * Makes the renderer ready (building the server bundle if the templates
 * changed) and starts a worker loading it. It needs the package's code, not
 * its data, so `npm run build` runs it while the data step runs.
 */
export async function prepareRenderer(
  options: Pick<SiteBuildOptions, "dataDist" | "config" | "cacheDir" | "verbose" | "workers" | "pagesPerWorker">,
): Promise<PreparedRenderer> {
  mkdirSync(options.cacheDir, { recursive: true });
  const renderer = await ensureRenderer(options.dataDist, options.cacheDir, { verbose: options.verbose ?? false });
  const pool = new RenderPool(
    { entry: renderer.entry, site: options.config.site },
    options.workers ?? availableParallelism(),
    options.pagesPerWorker,
  );
  pool.warm();
  return { renderer, pool };
}

/** Stops a prepared renderer's workers when no site will be built with it; its failure, if any, is moot. */
export async function releaseRenderer(prepared: Promise<PreparedRenderer>): Promise<void> {
  await prepared.then(
    ({ pool }) => pool.close(),
    () => {},
  );
}

/** Builds the site (or one shard of its pages) into `out`, with the renderer given or its own. */
export async function buildSite(options: SiteBuildOptions, prepared?: Promise<PreparedRenderer>): Promise<BuildReport> {
  const timer = timings();
  const dataDir = path.join(options.dataDist, "data");
  if (!options.catalog && !existsSync(path.join(dataDir, "index.json"))) {
    if (prepared) await releaseRenderer(prepared);
    throw new BuildError(`${dataDir} has no data: run npm run build:data first`);
  }
  const { renderer, pool } = await (prepared ?? prepareRenderer(options));
  timer.lap("renderer");
  try {
    return await buildPages(options, renderer, pool, timer);
  } finally {
    await pool.close();
  }
}

/** buildSite once the renderer is known and a worker is loading it. */
async function buildPages(
  options: SiteBuildOptions,
  renderer: Renderer & { built: boolean },
  pool: RenderPool,
  timer: ReturnType<typeof timings>,
): Promise<BuildReport> {
  const { dataDist, out, config, cacheDir, shard, verbose = false, log = () => {}, onStage = () => {} } = options;
  const dataDir = path.join(dataDist, "data");
  const catalog = siteCatalog(options.catalog ?? (await readCatalog(dataDir)), config);
  let pages = sitePages(catalog);
  if (shard) pages = pages.filter((_, i) => i % shard.count === shard.index - 1);
  const file = `${perOutput(cacheDir, out, "state")}.json`;
  const journal = `${perOutput(cacheDir, out, "commit")}.json`;
  recoverCommit(journal);
  const previous = options.cold || !existsSync(out) ? undefined : readState(file);

  // A page made from part of the catalog whose part is unchanged has the data hash it had last time:
  // its data is not computed. Every other page's data is, and decides below whether it is rendered.
  const keys = options.catalog ? options.entryKeys : undefined;
  const entryHashes = new Map(catalog.entries.map((e) => [e, keys?.get(e.id) ?? hash(JSON.stringify(e))]));
  const scopes = new Map(
    pages.flatMap((p) => (p.scope ? [[p.file, hash(`${renderer.key}\n${p.scope((e) => entryHashes.get(e)!)}`)]] : [])),
  );
  const known = (p: Page) =>
    previous?.scopes[p.file] !== undefined && previous.scopes[p.file] === scopes.get(p.file) && previous.pages[p.file];
  const datas = new Map(pages.filter((p) => !known(p)).map((p) => [p.file, p.data()]));
  const hashes = new Map(
    pages.map((p) => [p.file, known(p) || hash(`${renderer.key}\n${JSON.stringify(datas.get(p.file))}`)]),
  );
  timer.lap("data");
  // A listing of the output would cost more than this stat per page: every page has a folder of its own.
  const unchanged = (p: Page) => previous?.pages[p.file] === hashes.get(p.file) && existsSync(path.join(out, p.file));
  const render: Page[] = [];
  const carry: Page[] = [];
  for (const p of pages) (unchanged(p) ? carry : render).push(p);
  // With the same templates, only what changed is written, then committed into the output in
  // place; otherwise (new templates, first build, a shard) the whole output is staged and swapped.
  const inPlace = !shard && previous !== undefined && previous.renderer === renderer.key;

  const staging = `${out}.tmp-${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging, { recursive: true });
  try {
    const made = new Set<string>();
    onStage("carry");
    if (!inPlace) for (const page of carry) link(path.join(out, page.file), path.join(staging, page.file), made);
    timer.lap("carry");
    // Pages and the rest (alternates, index files, search buckets) go to different files of the
    // staging folder and the search records come from page data, not HTML: both run at once, so
    // Pagefind's indexing overlaps the renderer's start.
    onStage("render");
    const rendering = pool
      .render(
        staging,
        render.map((p) => ({ url: p.url, file: p.file, data: datas.get(p.file)! })),
      )
      .then(() => timer.lap("render"));
    let finishing: Promise<Awaited<ReturnType<typeof finishSite>> | undefined> = Promise.resolve(undefined);
    if (!shard) {
      try {
        onStage("finish");
      } catch (error) {
        await rendering.catch(() => {});
        throw error;
      }
      finishing = finishSite(catalog, pages, hashes, {
        staging,
        out,
        dataDir,
        client: renderer.client,
        previous: inPlace ? previous : previous && { ...previous, files: undefined },
        bundles: previous?.files?.search,
        entryHashes,
        made,
        inPlace,
        recordCache: perOutput(cacheDir, out, "records"),
      }).then((finished) => {
        timer.lap("files+search");
        return finished;
      });
    }
    // Both settle before anything is thrown, so no step still writes into a staging folder being removed.
    const [rendered, finishedSite] = await Promise.allSettled([rendering, finishing]);
    if (rendered.status === "rejected") throw rendered.reason;
    if (finishedSite.status === "rejected") throw finishedSite.reason;

    // Absent for a shard, which makes only pages (and keeps no state); an in-place build is never a shard.
    const finished = finishedSite.value;

    onStage("swap");
    const removedPages = previous ? Object.keys(previous.pages).filter((f) => !hashes.has(f)) : [];
    if (inPlace) commitFolder(staging, out, [...removedPages, ...finished!.remove], journal);
    else swap(staging, out);
    if (finished) {
      const { buckets, records, files } = finished;
      writeFileSync(
        file,
        JSON.stringify({
          version: STATE_VERSION,
          renderer: renderer.key,
          pages: Object.fromEntries(hashes),
          scopes: Object.fromEntries(scopes),
          buckets,
          records,
          files,
        } satisfies BuildState),
      );
    }
    const report = {
      pages: pages.length,
      rendered: render.length,
      computed: [...datas.keys()],
      carried: carry.length,
      removed: removedPages.length,
      buckets: finished?.written ?? 0,
      searchRecords: finished?.searchRecords ?? { made: 0, reused: 0 },
      textsKept: finished?.textsKept ?? 0,
      rendererBuilt: renderer.built,
      seconds: timer.done(),
    };
    log(
      `✓ site → ${path.relative(process.cwd(), out) || out}: ${report.pages} pages (${report.rendered} rendered, ${report.carried} unchanged), ${report.buckets} search bundles re-indexed${renderer.built ? ", templates rebuilt" : ""} (${report.seconds.total!.toFixed(1)} s)`,
    );
    if (verbose) {
      log(
        `  stages: ${Object.entries(report.seconds)
          .map(([stage, s]) => `${stage} ${s.toFixed(2)} s`)
          .join(", ")}`,
      );
    }
    return report;
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    throw error;
  }
}

/** Joins the pages of shard outputs and finishes the site in `out`: byte for byte an unsharded build. */
export async function mergeShards(
  options: Omit<SiteBuildOptions, "shard" | "cold"> & { shards: string[] },
): Promise<BuildReport> {
  const { dataDist, out, config, cacheDir, shards, verbose = false, log = () => {} } = options;
  const timer = timings();
  const dataDir = path.join(dataDist, "data");
  const renderer = await ensureRenderer(dataDist, cacheDir, { verbose });
  const catalog = siteCatalog(await readCatalog(dataDir), config);
  const pages = sitePages(catalog);
  const staging = `${out}.tmp-${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging, { recursive: true });
  try {
    const made = new Set<string>();
    const expected = new Set(pages.map((p) => p.file));
    for (const shard of shards) {
      for (const f of listFiles(shard)) if (expected.has(f)) link(path.join(shard, f), path.join(staging, f), made);
    }
    const missing = pages.filter((p) => !existsSync(path.join(staging, p.file)));
    if (missing.length) {
      throw new BuildError(
        `the shards lack ${missing.length} page(s), e.g. ${missing[0]!.file}: were all shards built from the same catalog?`,
      );
    }
    // No previous state: every search bundle is built afresh, so page hashes are not needed for them.
    const { written, searchRecords, textsKept } = await finishSite(catalog, pages, new Map(), {
      staging,
      out,
      dataDir,
      client: renderer.client,
      made,
    });
    swap(staging, out);
    const report = {
      pages: pages.length,
      rendered: 0,
      computed: [],
      carried: pages.length,
      removed: 0,
      buckets: written,
      searchRecords,
      textsKept,
      rendererBuilt: renderer.built,
      seconds: timer.done(),
    };
    log(
      `✓ merged ${shards.length} shards → ${path.relative(process.cwd(), out) || out}: ${pages.length} pages (${report.seconds.total!.toFixed(1)} s)`,
    );
    return report;
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    throw error;
  }
}

/**
 * The code that makes search records and indexes them, part of every bucket's key. A record is
 * made from its entry page's data, so an unchanged page has its previous record; a changed page's
 * record is made again and compared, and a bucket is re-indexed only when one of its records changed.
 */
const RECORD_CODE = hash(
  [searchRecord, bucketOf, indexSearchBuckets, indexHere, String(SEARCH_BUCKETS)].map((f) => f.toString()).join("\n"),
);

/** Steps 3 and 4: everything that is not a page. */
async function finishSite(
  catalog: ReturnType<typeof siteCatalog>,
  pages: readonly Page[],
  hashes: ReadonlyMap<string, string>,
  {
    staging,
    out,
    dataDir,
    client,
    previous,
    made,
    inPlace = false,
    recordCache,
    bundles,
    entryHashes,
  }: {
    staging: string;
    out: string;
    dataDir: string;
    client: string;
    /** The previous build's state; with `inPlace`, `out` already holds its files and only changes are staged. */
    previous?: Omit<BuildState, "files"> & { files?: OtherFiles };
    made: Set<string>;
    inPlace?: boolean;
    /** Folder keeping each bucket's records between builds; none when undefined. */
    recordCache?: string;
    /** The previous build's search bundles, file by file, also when not `inPlace`. */
    bundles?: OtherFiles["search"];
    /** Each entry's content hash, which keys the files made from every entry (see textFiles). */
    entryHashes?: ReadonlyMap<CompiledEntry, string>;
  },
): Promise<{
  buckets: Record<string, string>;
  records: Record<string, string>;
  files: OtherFiles;
  written: number;
  searchRecords: BuildReport["searchRecords"];
  textsKept: number;
  remove: string[];
}> {
  const remove: string[] = [];
  const gone = (before: readonly string[] | undefined, now: readonly string[]) => {
    const kept = new Set(now);
    for (const f of before ?? []) if (!kept.has(f)) remove.push(f);
  };

  // Search: entries grouped in buckets; a bucket whose entries' pages are unchanged is kept as it is.
  const members = new Map<string, string[]>();
  for (const { code: lang } of catalog.languages) {
    for (let b = 0; b < SEARCH_BUCKETS; b++) members.set(`${lang}/${b}`, []);
  }
  for (const entry of catalog.entries) {
    for (const { code: lang } of catalog.languages) members.get(`${lang}/${bucketOf(entry.id)}`)!.push(entry.id);
  }
  const byId = new Map(catalog.entries.map((e) => [e.id, e]));
  const fileOf = (id: string, lang: string) => `${entryPath(id, lang).slice(1)}index.html`;
  const buckets: Record<string, string> = {};
  const records: Record<string, string> = {};
  const madeNow = new Map<string, SearchRecord>();
  const recordHash = (id: string, lang: string) => {
    const file = fileOf(id, lang);
    const before = previous?.records?.[file];
    if (before !== undefined && hashes.has(file) && previous!.pages[file] === hashes.get(file)) {
      return (records[file] = before);
    }
    const record = searchRecord(catalog, byId.get(id)!, lang);
    madeNow.set(file, record);
    return (records[file] = hash(JSON.stringify(record)));
  };
  const search: OtherFiles["search"] = {};
  const stale: { key: string; lang: string; ids: string[] }[] = [];
  for (const [key, ids] of members) {
    const lang = key.split("/")[0]!;
    buckets[key] = hash(`${RECORD_CODE}\n${ids.map((id) => `${id}=${recordHash(id, lang)}`).join("\n")}`);
    const dir = path.join("pagefind", key);
    const before = bundles?.[key];
    const fresh =
      before !== undefined &&
      previous?.buckets[key] === buckets[key] &&
      existsSync(path.join(out, dir, "pagefind-entry.json"));
    if (fresh) {
      search[key] = before;
      if (!inPlace) for (const f of Object.keys(before)) link(path.join(out, dir, f), path.join(staging, dir, f), made);
    } else stale.push({ key, lang, ids });
  }
  // A stale bucket's unchanged pages take the records it was last indexed from, when those are
  // still what the state says they were; making them again (Chinese ones are cut into words) cost
  // most of a one-entry rebuild's search step.
  let reused = 0;
  let remade = 0;
  const staleRecords = stale.map(({ key, lang, ids }) => {
    const kept = recordCache
      ? readCacheFile<RecordFile>(recordFile(recordCache, key), RECORD_CODE)?.records
      : undefined;
    return ids.map((id) => {
      const file = fileOf(id, lang);
      const made = madeNow.get(file);
      if (made) return made;
      const before = kept?.[file];
      if (before && hash(JSON.stringify(before)) === records[file]) {
        reused++;
        return before;
      }
      remade++;
      return searchRecord(catalog, byId.get(id)!, lang);
    });
  });
  // Pagefind indexes in its own process while the other files are made.
  const indexing = indexSearchBuckets(staleRecords);
  let clientFiles: string[];
  let alternates: Map<string, string>;
  const linked: OtherFiles["alternates"] = {};
  let texts: Map<string, TextFile>;
  const textKeys: Record<string, string> = {};
  let textsKept = 0;
  try {
    // Client assets (stylesheet, scripts) and public files from the renderer bundle: the same bundle, the same files.
    clientFiles = listFiles(client);
    if (!inPlace) for (const f of clientFiles) link(path.join(client, f), path.join(staging, f), made);

    // The data package's alternates, linked: in place, only those the data step wrote anew (a new
    // inode and time). The state says which file each one was linked from, so one stat per
    // alternate (of the data file) is enough where comparing both files cost two.
    alternates = alternateFiles(catalog);
    const before = previous?.files?.alternates;
    for (const [site, data] of alternates) {
      const from = path.join(dataDir, data);
      const { ino, mtimeMs } = statSync(from);
      linked[site] = `${ino}:${mtimeMs}`;
      if (before?.[site] === linked[site]) continue;
      link(from, path.join(staging, site), made);
    }
    gone(before && Object.keys(before), [...alternates.keys()]);

    // Index pages' companions: feeds, sitemap, llms.txt, the search page's data, written if changed.
    // A keyed one whose key is the previous build's is not even made (in place, its file is already there).
    texts = textFiles(catalog, pages, entryHashes && ((e) => entryHashes.get(e)!));
    for (const [f, file] of texts) {
      const key = typeof file === "string" ? undefined : file.key;
      if (key !== undefined) textKeys[f] = key;
      if (inPlace && key !== undefined && previous?.files?.textKeys?.[f] === key && existsSync(path.join(out, f))) {
        textsKept++;
        continue;
      }
      const text = typeof file === "string" ? file : await file.content();
      if (inPlace && readIfExists(path.join(out, f)) === text) continue;
      const target = path.join(staging, f);
      mkdirSync(path.dirname(target), { recursive: true });
      writeFileSync(target, text);
    }
    gone(previous?.files?.text, [...texts.keys()]);
  } catch (error) {
    await indexing.catch(() => {});
    throw error;
  }
  // Of a re-indexed bundle only the files whose bytes changed are written; in place, the others stay
  // untouched, so a one-entry edit neither writes nor deletes the bundle's hundreds of unchanged files.
  const indexed = await indexing;
  stale.forEach(({ key }, i) => {
    const dir = path.join("pagefind", key);
    const files = new Map(
      indexed[i]!.map(({ path: name, content }) => [name, { hash: hash(content), content: () => content }]),
    );
    search[key] = Object.fromEntries([...files].map(([name, file]) => [name, file.hash]));
    const { removed } = stageChanged(
      path.join(staging, dir),
      path.join(out, dir),
      files,
      (inPlace && bundles?.[key]) || {},
      made,
    );
    remove.push(...removed.map((name) => `pagefind/${key}/${name}`));
  });
  if (recordCache) {
    stale.forEach(({ key, lang, ids }, i) => {
      const kept = Object.fromEntries(staleRecords[i]!.map((record, j) => [fileOf(ids[j]!, lang), record]));
      writeCacheFile<RecordFile>(recordFile(recordCache, key), { version: RECORD_CODE, records: kept });
    });
  }
  return {
    buckets,
    records,
    files: { client: clientFiles, alternates: linked, text: [...texts.keys()], textKeys, search },
    written: stale.length,
    searchRecords: { made: madeNow.size + remade, reused },
    textsKept,
    remove,
  };
}

function readIfExists(file: string): string | undefined {
  try {
    return readFileSync(file, "utf8");
  } catch {
    return undefined;
  }
}

/** Puts the finished folder in place of `out` by renames; the old one goes only after. */
function swap(finished: string, out: string): void {
  const old = `${out}.old-${process.pid}`;
  const had = existsSync(out);
  if (had) renameSync(out, old);
  try {
    renameSync(finished, out);
  } catch (error) {
    if (had) renameSync(old, out);
    throw error;
  }
  if (had) rmSync(old, { recursive: true, force: true });
}

function timings() {
  const start = performance.now();
  let last = start;
  const seconds: Record<string, number> = {};
  return {
    lap(name: string) {
      const now = performance.now();
      seconds[name] = (now - last) / 1000;
      last = now;
    },
    done() {
      seconds.total = (performance.now() - start) / 1000;
      return seconds;
    },
  };
}
