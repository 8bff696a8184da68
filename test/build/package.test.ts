import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";

// These tests check the built package: run `npm run build` first (CI does).
const dist = path.resolve("dist/index.js");
const SEED = "communication/smtp-421-service-not-available";
type Package = typeof import("../../src/index.js");
let pkg: Package;

beforeAll(async () => {
  if (!existsSync(dist) || !existsSync("dist/data/catalog.js")) throw new Error("dist/ is missing: run `npm run build` before `npm test`");
  pkg = (await import(dist)) as Package;
});

describe("the built data package", () => {
  it("exports the seed entry with its figures and its Chinese text", () => {
    const seed = pkg.getEntry(SEED)!;
    expect(seed).toMatchObject({ code: "421", type: "network_error", provenance: "ai_generated", first_seen: "2024-01-20", fix_rate: 0.8, confidence: 0.86, evidence_count: 1 });
    expect(seed.workarounds.map((w) => w.success_rate)).toEqual([0.85, 0.8, 0.75]);
    expect(seed.dead_ends.map((d) => d.fail_rate)).toEqual([0.95, 0.85, 0.7]);
    expect(seed.versions.map((v) => v.product)).toEqual(["Postfix", "Sendmail", "Exim", "Microsoft Exchange", "Amazon SES"]);
    expect(seed.translations.zh!.root_cause).toContain("SMTP服务器因临时资源耗尽");
    expect(seed.translations.zh!.status.missing).toEqual([]);
  });

  it("lists categories with counts that add up", () => {
    expect(pkg.categories.reduce((n, c) => n + c.count, 0)).toBe(pkg.entries.length);
    expect(pkg.categories.map((c) => c.id)).toContain("communication");
  });

  it("publishes one JSON file per entry, equal to the exported object", () => {
    for (const entry of pkg.entries) {
      const file = JSON.parse(readFileSync(`dist/data/entries/${entry.id}.json`, "utf8"));
      expect(file).toEqual(entry);
    }
    const files = readdirSync("dist/data/entries", { recursive: true }).filter((f) => String(f).endsWith(".json"));
    expect(files).toHaveLength(pkg.entries.length);
  });

  it("publishes a catalog index with one row per entry", () => {
    const index = JSON.parse(readFileSync("dist/data/index.json", "utf8")) as { id: string }[];
    expect(index.map((r) => r.id)).toEqual(pkg.entries.map((e) => e.id));
  });

  it("looks up the seed's error from a log line", () => {
    const hits = pkg.lookup("Jan 20 10:14:03 mx1 postfix/smtp[20417]: ... said: 421 4.7.0 Service not available, closing transmission channel");
    expect(hits[0]?.id).toBe(SEED);
    expect(hits[0]?.entry.title).toContain("421");
  });
});

describe("the packed tarball", () => {
  it("installs into a fresh project, type-checks under tsc --strict and runs", () => {
    const work = mkdtempSync(path.join(tmpdir(), "atlas-pack-"));
    const packed = execFileSync("npm", ["pack", "--silent", "--pack-destination", work], { encoding: "utf8" }).trim().split("\n").pop()!;
    const project = path.join(work, "app");
    execFileSync("mkdir", ["-p", project]);
    writeFileSync(path.join(project, "package.json"), JSON.stringify({ name: "app", private: true, type: "module", dependencies: { "error-atlas": `file:../${packed}` } }));
    execFileSync("npm", ["install", "--prefer-offline", "--no-audit", "--no-fund", "--ignore-scripts"], { cwd: project, stdio: "pipe" });
    writeFileSync(
      path.join(project, "tsconfig.json"),
      JSON.stringify({ compilerOptions: { strict: true, module: "NodeNext", moduleResolution: "NodeNext", target: "ES2022", outDir: "out", skipLibCheck: false, types: [] }, include: ["main.ts"] }),
    );
    writeFileSync(
      path.join(project, "main.ts"),
      `import { entries, getEntry, lookup, categories, type Entry, type LookupHit } from "error-atlas";
const seed: Entry | undefined = getEntry("${SEED}");
const rate: number = seed?.workarounds[0]?.success_rate ?? 0;
const hits: LookupHit[] = lookup("421 4.7.0 Service not available, closing transmission channel");
const zh: string | undefined = seed?.translations.zh?.title;
// @ts-expect-error: ids are strings, not numbers
getEntry(421);
console.log(JSON.stringify({ n: entries.length, rate, first: hits[0]?.id, zh, categories: categories.length }));
`,
    );
    execFileSync(process.execPath, [path.resolve("node_modules/typescript/bin/tsc"), "-p", project], { stdio: "pipe" });
    const out = JSON.parse(execFileSync(process.execPath, ["out/main.js"], { cwd: project, encoding: "utf8" }));
    expect(out).toMatchObject({ rate: 0.85, first: SEED, zh: "421 4.7.0 服务不可用，正在关闭传输通道" });
    expect(out.n).toBeGreaterThan(0);
    // getEntry(421) ran too: it must answer undefined, not throw.
    const perEntry = execFileSync(process.execPath, ["--input-type=module", "-e", `import e from "error-atlas/entries/${SEED}.json" with { type: "json" }; console.log(e.id)`], { cwd: project, encoding: "utf8" });
    expect(perEntry).toContain(SEED);
    const markdown = execFileSync(
      process.execPath,
      ["--input-type=module", "-e", `import { readFileSync } from "node:fs"; console.log(readFileSync(new URL(import.meta.resolve("error-atlas/markdown/zh/${SEED}.md")), "utf8"))`],
      { cwd: project, encoding: "utf8" },
    );
    expect(markdown).toContain("# 421 4.7.0 服务不可用");
    const index = execFileSync(process.execPath, ["--input-type=module", "-e", `import rows from "error-atlas/index.json" with { type: "json" }; console.log(rows.length)`], { cwd: project, encoding: "utf8" });
    expect(Number(index)).toBeGreaterThan(0);
  }, 180_000);
});
