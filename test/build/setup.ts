/**
 * Global setup of the `build` test project: the fixture catalog's data
 * package is compiled once into a temporary folder, and the site built from
 * it once, for every build test to read. Nothing touches dist/ or site/dist/.
 */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

import type { TestProject } from "vitest/node";

import { buildCatalogData } from "../../scripts/site-catalog.js";
import { buildSite } from "../../site/build/build.js";

const repo = path.resolve(import.meta.dirname, "../..");
export const SITE = "https://atlas.test";

declare module "vitest" {
  export interface ProvidedContext {
    /** The fixture catalog's data package (a complete package folder: package.json, dist/). */
    fixturePackage: string;
    /** Its `dist/`. */
    fixtureDist: string;
    /** The site built from it. */
    fixtureSite: string;
  }
}

export default async function setup(project: TestProject) {
  const work = mkdtempSync(path.join(tmpdir(), "atlas-build-tests-"));
  const dist = await buildCatalogData(path.join(repo, "test/fixtures/catalog"), path.join(work, "package"), {
    ATLAS_SITE_URL: SITE,
  });
  // As if installed with its optional peers (the MCP SDK, zod): links to the repository's copies.
  const modules = path.join(work, "package/node_modules");
  mkdirSync(modules, { recursive: true });
  for (const name of ["@modelcontextprotocol", "zod"]) {
    symlinkSync(path.join(repo, "node_modules", name), path.join(modules, name));
  }
  const site = path.join(work, "site");
  await buildSite({
    dataDist: dist,
    out: site,
    config: { site: SITE, repository: "https://github.com/error-atlas/error-atlas", version: "0.0.0-test" },
    cacheDir: path.join(repo, "node_modules/.cache/error-atlas-site"),
  });
  project.provide("fixturePackage", path.join(work, "package"));
  project.provide("fixtureDist", dist);
  project.provide("fixtureSite", site);
  return () => rmSync(work, { recursive: true, force: true });
}
