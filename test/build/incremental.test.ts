/**
 * The incremental build gives the same bytes as a cold build of the same
 * tree, after every kind of change; an interrupted build leaves the previous
 * output and a usable state; shards merged equal an unsharded build.
 */
import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import path from "node:path";

import { beforeAll, describe, expect, inject, it } from "vitest";

import { main as buildAll } from "../../scripts/build.js";
import { main as buildData } from "../../scripts/build-data.js";
import { main as buildSiteCommand } from "../../scripts/build-site.js";
import { type BuildReport, buildSite, mergeShards, type SiteBuildOptions } from "../../site/build/build.js";
import { ensureRenderer, rendererKey } from "../../site/build/renderer.js";
import { bucketOf } from "../../site/src/data/files.js";
import { listFiles } from "../../src/node/commit-folder.js";
import { tempDir } from "../helpers/cleanup.js";
import { runMain } from "../helpers/run.js";

const repo = path.resolve(import.meta.dirname, "../..");
const SITE = "https://atlas.test";
const cacheDir = path.join(repo, "node_modules/.cache/error-atlas-site");

let work: string;
let catalog: string;
let pkg: string;
let out: string;
let colds = 0;

const options = (over: Partial<SiteBuildOptions> = {}): SiteBuildOptions => ({
  dataDist: path.join(pkg, "dist"),
  out,
  config: { site: SITE, repository: "", version: "0.0.0-test" },
  cacheDir,
  ...over,
});

/** Every file under a folder with its bytes. */
function tree(root: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const d of readdirSync(root, { recursive: true, withFileTypes: true })) {
    if (!d.isFile()) continue;
    const full = path.join(d.parentPath, d.name);
    found.set(path.relative(root, full), readFileSync(full).toString("base64"));
  }
  return found;
}

function expectSameTree(actual: string, expected: string): void {
  const a = tree(actual);
  const b = tree(expected);
  expect([...a.keys()].sort()).toEqual([...b.keys()].sort());
  const differing = [...b.keys()].filter((f) => a.get(f) !== b.get(f));
  expect(differing).toEqual([]);
}

async function rebuildData(): Promise<void> {
  const result = await runMain(buildData, [], {
    ATLAS_ENTRIES: catalog,
    ATLAS_DATA_OUT: path.join(pkg, "dist/data"),
    ATLAS_SITE_URL: SITE,
  });
  expect(result.status, result.stderr).toBe(0);
}

/** Builds incrementally into `out`, then cold into a fresh folder, and checks they are the same. */
async function incrementalEqualsCold(): Promise<BuildReport> {
  await rebuildData();
  const report = await buildSite(options());
  const cold = path.join(work, `cold-${++colds}`);
  await buildSite(options({ out: cold, cold: true }));
  expectSameTree(out, cold);
  rmSync(cold, { recursive: true, force: true });
  return report;
}

const edit = (relative: string, from: string, to: string) => {
  const file = path.join(catalog, relative);
  const text = readFileSync(file, "utf8");
  expect(text).toContain(from);
  writeFileSync(
    file,
    text.replace(from, () => to),
  );
};

beforeAll(async () => {
  work = tempDir("atlas-incremental-");
  catalog = path.join(work, "catalog");
  cpSync(path.join(repo, "test/fixtures/catalog"), catalog, { recursive: true });
  pkg = path.join(work, "package");
  // The package's compiled code, without its data: rebuildData writes that from the copied catalog.
  cpSync(inject("fixturePackage"), pkg, {
    recursive: true,
    filter: (source) => !source.includes(`${path.sep}dist${path.sep}data`),
  });
  out = path.join(work, "site");
  await rebuildData();
  await buildSite(options());
}, 300_000);

describe("an incremental build equals a cold build", () => {
  it("after an entry's text changes, rendering only the pages that show it", async () => {
    const bundle = path.join(out, "pagefind/en", String(bucketOf("http/fixture-503-service-unavailable")));
    const inodes = () => new Map(listFiles(bundle).map((f) => [f, statSync(path.join(bundle, f)).ino]));
    const before = inodes();
    edit(
      "http/fixture-503-service-unavailable.md",
      "usually because it is overloaded",
      "most often because it is overloaded",
    );
    const report = await incrementalEqualsCold();
    expect(report.rendered).toBeGreaterThan(0);
    expect(report.rendered).toBeLessThan(report.pages / 2);
    expect(report.buckets).toBeLessThanOrEqual(2);
    // Not made again: the sitemap and its index (the same pages) and the Chinese feed (it shows the
    // translation); the English feed shows the edited text, so it is.
    expect(report.textsKept).toBe(3);
    // Of the category pages only the edited entry's category's were made again (see categoryScopeKey).
    // The fixture catalog has two categories, communication and http.
    const categoryPages = report.computed.filter((f) => /^(zh\/)?(communication|http)\/index\.html$/.test(f));
    expect(categoryPages.sort()).toEqual(["http/index.html", "zh/http/index.html"]);
    // The re-indexed bundle's files whose bytes are unchanged were not written again (see commit-folder.ts).
    const after = inodes();
    const kept = [...after].filter(([f, ino]) => before.get(f) === ino).length;
    expect(kept).toBeGreaterThan(after.size / 2);
    expect(kept).toBeLessThan(after.size);
  });

  it("with nothing changed, renders nothing and writes no file again", async () => {
    const inodes = () => new Map(listFiles(out).map((f) => [f, statSync(path.join(out, f)).ino]));
    const before = inodes();
    const report = await incrementalEqualsCold();
    expect(report.rendered).toBe(0);
    expect(report.buckets).toBe(0);
    // Not made again: both feeds, both languages' search cards, the sitemap and its index.
    expect(report.textsKept).toBe(6);
    const after = inodes();
    expect([...after.keys()].sort()).toEqual([...before.keys()].sort());
    expect([...after].filter(([f, ino]) => before.get(f) !== ino)).toEqual([]);
  });

  it("writes a re-indexed bundle's file again when the output lost it", async () => {
    const bundle = path.join(out, "pagefind/en", String(bucketOf("http/fixture-503-service-unavailable")));
    // A file whose bytes never change between builds: only the listing shows it is gone.
    rmSync(path.join(bundle, "pagefind-ui.css"));
    edit(
      "http/fixture-503-service-unavailable.md",
      "most often because it is overloaded",
      "very often because it is overloaded",
    );
    await incrementalEqualsCold();
  });

  it("after a title changes, which changes other pages' lists and links", async () => {
    edit("http/fixture-502-bad-gateway.md", "title: 502 Bad Gateway", "title: 502 Bad Gateway from the proxy");
    const report = await incrementalEqualsCold();
    // The 503 page links to it as "previous", so it is rebuilt too.
    expect(report.rendered).toBeGreaterThanOrEqual(4);
    // Only the edited entry's records changed: its bucket in each language is re-indexed, no other.
    expect(report.buckets).toBe(2);
  });

  it("re-indexes a bucket from the records it was indexed from, or makes them again when they are gone", async () => {
    // A bucket whose folder lost its files is stale although none of its records changed.
    const en = String(bucketOf("http/fixture-503-service-unavailable"));
    rmSync(path.join(out, "pagefind/en", en, "pagefind-entry.json"));
    const kept = await incrementalEqualsCold();
    expect(kept.buckets).toBe(1);
    expect(kept.searchRecords.made).toBe(0);
    expect(kept.searchRecords.reused).toBeGreaterThan(0);

    // Without the kept records, the bucket's records are made from page data: the same bytes.
    rmSync(path.join(out, "pagefind/en", en, "pagefind-entry.json"));
    for (const dir of readdirSync(cacheDir).filter((d) => d.startsWith("records-"))) {
      rmSync(path.join(cacheDir, dir), { recursive: true, force: true });
    }
    const remade = await incrementalEqualsCold();
    expect(remade.searchRecords).toEqual({ made: kept.searchRecords.reused, reused: 0 });
  });

  it("after a translation changes", async () => {
    edit("http/fixture-503-service-unavailable.zh.md", "稍后重试", "过一会儿再重试");
    await incrementalEqualsCold();
  });

  it("after an entry is added", async () => {
    const text = readFileSync(path.join(catalog, "http/fixture-502-bad-gateway.md"), "utf8")
      .replace("id: http/fixture-502-bad-gateway", "id: http/fixture-500-internal")
      .replace('code: "502"', 'code: "500"')
      .replace(/502 Bad Gateway/g, "500 Internal Server Error");
    writeFileSync(path.join(catalog, "http/fixture-500-internal.md"), text);
    const report = await incrementalEqualsCold();
    expect(existsSync(path.join(out, "http/fixture-500-internal/index.html"))).toBe(true);
    expect(report.rendered).toBeLessThan(report.pages);
  });

  it("after an entry is removed: its pages disappear", async () => {
    rmSync(path.join(catalog, "http/fixture-500-internal.md"));
    const report = await incrementalEqualsCold();
    expect(report.removed).toBeGreaterThanOrEqual(2);
    expect(existsSync(path.join(out, "http/fixture-500-internal/index.html"))).toBe(false);
    expect(existsSync(path.join(out, "http/fixture-500-internal.json"))).toBe(false);
  });

  it("after an entry is renamed: the old address keeps a redirect page", async () => {
    renameSync(
      path.join(catalog, "http/fixture-502-bad-gateway.md"),
      path.join(catalog, "http/fixture-502-from-proxy.md"),
    );
    edit("http/fixture-502-from-proxy.md", "id: http/fixture-502-bad-gateway", "id: http/fixture-502-from-proxy");
    for (const file of ["http/fixture-503-service-unavailable.md", "communication/smtp-421-service-not-available.md"]) {
      edit(file, "http/fixture-502-bad-gateway", "http/fixture-502-from-proxy");
    }
    writeFileSync(
      path.join(catalog, "redirects.yaml"),
      "http/old-503: http/fixture-503-service-unavailable\nhttp/fixture-502-bad-gateway: http/fixture-502-from-proxy\n",
    );
    await incrementalEqualsCold();
    expect(readFileSync(path.join(out, "http/fixture-502-bad-gateway/index.html"), "utf8")).toContain(
      'content="0;url=/http/fixture-502-from-proxy/"',
    );
  });

  it("after a UI string of the package changes: the templates are rebuilt and every page with them", async () => {
    const strings = path.join(pkg, "dist/runtime/i18n/en.js");
    writeFileSync(strings, readFileSync(strings, "utf8").replace('"Best fix"', '"The best fix"'));
    const report = await incrementalEqualsCold();
    expect(report.rendererBuilt).toBe(true);
    expect(report.rendered).toBe(report.pages);
    expect(readFileSync(path.join(out, "http/fixture-503-service-unavailable/index.html"), "utf8")).toContain(
      "The best fix",
    );
  });
});

describe("interrupted builds", () => {
  it("leave the previous output untouched and a state from which the next build is correct", async () => {
    const before = tree(out);
    edit(
      "http/fixture-503-service-unavailable.md",
      "very often because it is overloaded",
      "mostly because it is overloaded",
    );
    await rebuildData();
    for (const stage of ["render", "finish", "swap"] as const) {
      await expect(
        buildSite(
          options({
            onStage: (at) => {
              if (at === stage) throw new Error(`interrupted at ${stage}`);
            },
          }),
        ),
      ).rejects.toThrow(`interrupted at ${stage}`);
      expect(tree(out)).toEqual(before);
      expect(readdirSync(work).filter((f) => f.includes(".tmp-"))).toEqual([]);
    }
    await incrementalEqualsCold();
  });
});

describe("parallel rendering", () => {
  it("in two worker threads gives the same bytes as in one", async () => {
    const threaded = path.join(work, "threaded");
    const report = await buildSite(options({ out: threaded, cold: true, workers: 2, pagesPerWorker: 1 }));
    expect(report.rendered).toBeGreaterThan(2);
    const single = path.join(work, "single-thread");
    await buildSite(options({ out: single, cold: true, workers: 1 }));
    expectSameTree(threaded, single);
  });
});

describe("sharded builds", () => {
  it("merged give the same bytes as an unsharded build", async () => {
    const shards = [1, 2].map((index) => path.join(work, `shard-${index}`));
    const reports = [];
    for (const [i, dir] of shards.entries()) {
      reports.push(await buildSite(options({ out: dir, shard: { index: i + 1, count: 2 } })));
    }
    expect(reports.reduce((n, r) => n + r.pages, 0)).toBe(reports[0]!.pages + reports[1]!.pages);
    const merged = path.join(work, "merged");
    await mergeShards({ ...options({ out: merged }), shards });
    const cold = path.join(work, "cold-unsharded");
    await buildSite(options({ out: cold, cold: true }));
    expectSameTree(merged, cold);
  });
});

describe("the renderer's key", () => {
  it("changes when a template, a file of the package's code or the lockfile changes, and only then", () => {
    const root = tempDir("atlas-key-");
    const site = path.join(root, "site");
    const dist = path.join(root, "dist");
    mkdirSync(path.join(site, "src/components"), { recursive: true });
    mkdirSync(path.join(dist, "data"), { recursive: true });
    writeFileSync(path.join(site, "src/components/Page.astro"), "<p>one</p>");
    writeFileSync(path.join(dist, "index.js"), "export const a = 1;");
    writeFileSync(path.join(dist, "data/index.json"), "[]");
    writeFileSync(path.join(root, "package-lock.json"), '{"lockfileVersion":3}');
    const key = () => rendererKey(dist, { site, repo: root });
    const first = key();
    writeFileSync(path.join(dist, "data/index.json"), '[{"id":"a/b"}]');
    expect(key()).toBe(first);
    writeFileSync(path.join(site, "src/components/Page.astro"), "<p>two</p>");
    const second = key();
    expect(second).not.toBe(first);
    writeFileSync(path.join(dist, "index.js"), "export const a = 2;");
    const third = key();
    expect(third).not.toBe(second);
    writeFileSync(
      path.join(root, "package-lock.json"),
      '{"lockfileVersion":3,"packages":{"node_modules/astro":{"version":"5.18.3"}}}',
    );
    expect(key()).not.toBe(third);
  });
});

describe("npm run build", () => {
  const env = () => ({
    ATLAS_ENTRIES: catalog,
    ATLAS_DATA_OUT: path.join(pkg, "dist/data"),
    ATLAS_DATA_DIST: path.join(pkg, "dist"),
    ATLAS_SITE_URL: SITE,
  });

  it("gives in one process the same bytes as build:data then build:site", async () => {
    edit(
      "http/fixture-503-service-unavailable.md",
      "mostly because it is overloaded",
      "chiefly because it is overloaded",
    );
    const one = path.join(work, "one-process");
    const built = await runMain(buildAll, [], { ...env(), ATLAS_SITE_OUT: one });
    expect(built.status, built.stderr).toBe(0);
    expect(built.stderr).toMatch(/entries → dist\/data\/[\s\S]*✓ site/);
    const two = path.join(work, "two-steps");
    expect((await runMain(buildData, [], env())).status).toBe(0);
    const site = await runMain(buildSiteCommand, [], { ...env(), ATLAS_SITE_OUT: two });
    expect(site.status, site.stderr).toBe(0);
    expectSameTree(one, two);
    expect(readFileSync(path.join(one, "http/fixture-503-service-unavailable/index.html"), "utf8")).toContain(
      "chiefly because it is overloaded",
    );

    // Again after an edit: in one process the entries' changes are known from the data step's keys.
    edit("http/fixture-503-service-unavailable.md", "chiefly because", "mainly because");
    const again = await runMain(buildAll, [], { ...env(), ATLAS_SITE_OUT: one });
    expect(again.status, again.stderr).toBe(0);
    expect(again.stderr).toMatch(/\(\d+ rendered, [1-9]\d* unchanged\)/);
    expect((await runMain(buildData, [], env())).status).toBe(0);
    expect((await runMain(buildSiteCommand, [], { ...env(), ATLAS_SITE_OUT: two })).status).toBe(0);
    expectSameTree(one, two);
    expect(readFileSync(path.join(one, "http/fixture-503-service-unavailable/index.html"), "utf8")).toContain(
      "mainly because",
    );
  });

  it("renders every page again with --cold, to the same bytes", async () => {
    const one = path.join(work, "one-process");
    const before = tree(one);
    const built = await runMain(buildAll, ["--cold"], { ...env(), ATLAS_SITE_OUT: one });
    expect(built.status, built.stderr).toBe(0);
    const [, rendered, unchanged] = /\((\d+) rendered, (\d+) unchanged\)/.exec(built.stderr) ?? [];
    expect(Number(rendered)).toBeGreaterThan(0);
    expect(Number(unchanged)).toBe(0);
    expect(tree(one)).toEqual(before);
  });

  it("stops at an entry error before the site step, leaving the data and the site as they were", async () => {
    const site = path.join(work, "one-process");
    const before = { site: tree(site), data: tree(path.join(pkg, "dist/data")) };
    edit("http/fixture-503-service-unavailable.md", "type: ", "type: not-a-type-");
    const built = await runMain(buildAll, [], { ...env(), ATLAS_SITE_OUT: site });
    edit("http/fixture-503-service-unavailable.md", "type: not-a-type-", "type: ");
    expect(built.status).toBe(1);
    expect(built.stderr).toContain("http/fixture-503-service-unavailable.md:");
    expect(built.stderr).not.toContain("✓ site");
    expect(tree(site)).toEqual(before.site);
    expect(tree(path.join(pkg, "dist/data"))).toEqual(before.data);
    expect(readdirSync(work).filter((f) => f.includes(".tmp-"))).toEqual([]);
  });
});

describe("the renderer", () => {
  it("builds from the package's code without its data, so npm run build can make it during the data step", async () => {
    const dist = path.join(work, "code-only", "dist");
    cpSync(path.join(pkg, "dist"), dist, {
      recursive: true,
      filter: (source) => !source.startsWith(path.join(pkg, "dist", "data")),
    });
    expect(existsSync(path.join(dist, "data"))).toBe(false);
    const renderer = await ensureRenderer(dist, path.join(work, "code-only", "cache"));
    expect(renderer.built).toBe(true);
    expect(existsSync(renderer.entry)).toBe(true);
  }, 120_000);
});
