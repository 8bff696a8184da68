import { fromMarkdown } from "mdast-util-from-markdown";
import { toString } from "mdast-util-to-string";
import { describe, expect, it } from "vitest";

import { confidenceFromEvidence, measure, wilson } from "../../src/compile/figures.js";
import { compileCatalog } from "../../src/compile/index.js";
import { indexRow } from "../../src/compile/index-rows.js";
import { sourceHash } from "../../src/compile/translations.js";
import { contentOf, type DataFile, dataFiles, type KeyedFile } from "../../src/compile/write.js";
import { renderMarkdown } from "../../src/render/markdown.js";
import { localize, localTitle } from "../../src/runtime/localize.js";
import { siteUrls } from "../../src/runtime/urls.js";
import type { CompiledEntry } from "../../src/types/schema.js";
import { findHalfWidth } from "../../src/validate/rules/ea027-full-width-punctuation.js";
import { getSchemas } from "../../src/validate/schema.js";

const FIXTURES = "test/fixtures/catalog";
const compileFixtures = async () => {
  const result = await compileCatalog(FIXTURES, { today: "2026-11-28" });
  if (!result.ok) throw new Error(result.problems.map((p) => p.message).join("\n"));
  return result.entries;
};
const byId = (entries: CompiledEntry[], id: string) => entries.find((e) => e.id === id)!;

const rendered = (files: Map<string, DataFile>) =>
  new Map([...files].map(([file, content]) => [file, String(contentOf(content))]));

describe("Wilson interval", () => {
  it.each([
    [8, 10, 0.4902, 0.9433],
    [0, 10, 0, 0.2775],
    [10, 10, 0.7225, 1],
    [1, 1, 0.2065, 1],
    [50, 100, 0.4038, 0.5962],
  ])("%i of %i → [%f, %f]", (successes, n, low, high) => {
    const m = wilson(successes, n);
    expect(m.low).toBeCloseTo(low, 3);
    expect(m.high).toBeCloseTo(high, 3);
    expect(m.rate).toBeCloseTo(successes / n, 4);
  });
  it("rejects impossible counts", () => {
    expect(() => wilson(3, 2)).toThrow(RangeError);
    expect(() => wilson(0, 0)).toThrow(RangeError);
  });
  it("derives confidence from the most-reported item", () => {
    const measured = measure([
      { kind: "outcome", target: "a", result: "success", date: "2025-01-01", source: "https://x.org/1" },
      { kind: "outcome", target: "a", result: "failure", date: "2025-01-02", source: "https://x.org/2" },
      { kind: "outcome", target: "b", result: "success", date: "2025-01-03", source: "https://x.org/3" },
    ]);
    expect(measured.get("a")).toMatchObject({ n: 2, successes: 1 });
    expect(confidenceFromEvidence(measured)).toBeCloseTo(1 - (measured.get("a")!.high - measured.get("a")!.low), 4);
    expect(confidenceFromEvidence(new Map())).toBeUndefined();
  });
});

describe("compiling the fixture catalog", () => {
  it("produces objects that match the compiled-entry schema, and index rows that match theirs", async () => {
    const entries = await compileFixtures();
    const { compiled, index } = getSchemas();
    for (const entry of entries) expect(compiled(entry), JSON.stringify(compiled.errors)).toBe(true);
    expect(index(entries.map(indexRow))).toBe(true);
  });

  it("derives evidence count, measured rates and confidence from outcome reports", async () => {
    const entry = byId(await compileFixtures(), "http/fixture-503-service-unavailable");
    expect(entry.evidence_count).toBe(5);
    expect(entry.workarounds[0]!.measured).toEqual(wilson(2, 3));
    expect(entry.workarounds[1]!.measured).toBeUndefined();
    expect(entry.confidence_kind).toBe("measured");
    // No typed fix rate: the first workaround's figure, measured here.
    expect(entry).toMatchObject({
      fix_rate: wilson(2, 3).rate,
      fix_rate_kind: "measured",
      fix_rate_basis: entry.workarounds[0]!.basis,
    });
    const seed = byId(await compileFixtures(), "communication/smtp-421-service-not-available");
    expect(seed).toMatchObject({
      fix_rate: 0.8,
      fix_rate_kind: "estimate",
      confidence: 0.86,
      confidence_kind: "estimate",
      evidence_count: 2,
    });
    expect(seed.confidence_basis).toMatch(/started from/);
  });

  it("computes first_seen from the earliest dated record of the error, not from sources cited for one item", async () => {
    const entries = await compileFixtures();
    // The RFC (2008-10) supports two items only; the earliest report is dated 2024-01-20.
    expect(byId(entries, "communication/smtp-421-service-not-available").first_seen).toBe("2024-01-20");
    expect(byId(entries, "http/fixture-502-bad-gateway").first_seen).toBe("2024-05-02");
    // The last change comes from git: the fixture files are committed, so they have a date.
    expect(byId(entries, "http/fixture-502-bad-gateway").updated).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it("computes translation coverage, missing and outdated fields", async () => {
    const status = byId(await compileFixtures(), "http/fixture-503-service-unavailable").translations.zh!.status;
    expect(status.missing).toEqual([
      "workarounds.check-upstream",
      "dead_ends.hammer.why",
      "basis.retry-after",
      "basis.check-upstream",
      "basis.hammer",
      "provenance_note",
    ]);
    // root_cause records a wrong hash; the body was never reviewed; title, retry-after and hammer.text match.
    expect(status.outdated).toEqual(["root_cause", "body"]);
    expect(status.translatable).toBe(11);
    expect(status.coverage).toBeCloseTo(5 / 11, 4);
  });

  it("marks an entry complete only when it is fully and currently translated", async () => {
    const entries = await compileFixtures();
    expect(byId(entries, "http/fixture-503-service-unavailable").completeness).toBe("partial");
  });

  it("sanitises the body: no raw HTML, no javascript: links, http(s) links kept", async () => {
    const html = byId(await compileFixtures(), "http/fixture-503-service-unavailable").body!.html;
    expect(html).not.toMatch(/<script|<b>|javascript:/i);
    expect(html).toContain('<a href="https://www.rfc-editor.org/rfc/rfc9110">good link</a>');
    // The second wall, behind EA030: what validation refuses is also dropped when rendered.
    const hostile =
      "<b>raw</b> [x](JaVaScRiPt:alert(1)) <img src=x onerror=alert(1)> [y](data:text/html,hi)\n\n<script>alert(2)</script>";
    expect(renderMarkdown(hostile)).not.toMatch(/<b>|<script|javascript|onerror|<img|data:/i);
  });

  it("localizes with fallbacks and outdated marks", async () => {
    const local = localize(byId(await compileFixtures(), "http/fixture-503-service-unavailable"), "zh");
    // The title keeps the English error text and adds the gloss.
    expect(local.title).toEqual({ text: "503 Service Unavailable（服务不可用）", lang: "zh", state: "translated" });
    expect(local.gloss).toEqual({ text: "服务不可用", lang: "zh", state: "translated" });
    expect(local.workarounds[0]!.basis).toMatchObject({ lang: "en", state: "fallback" });
    // A language without translations falls back, never claims to be the source.
    expect(localize(byId(await compileFixtures(), "http/fixture-503-service-unavailable"), "fr").title).toMatchObject({
      lang: "en",
      state: "fallback",
    });
    expect(local.root_cause).toMatchObject({ lang: "zh", state: "outdated" });
    expect(local.workarounds[1]!.text).toMatchObject({
      lang: "en",
      state: "fallback",
      text: "Check that the upstream service is running.",
    });
    expect(local.dead_ends[0]!.why).toMatchObject({ lang: "en", state: "fallback" });
    expect(localize(byId(await compileFixtures(), "http/fixture-503-service-unavailable"), "en").title.state).toBe(
      "source",
    );
    // The title alone, as lists of related entries use it, is the title localize gives.
    for (const entry of await compileFixtures()) {
      for (const lang of ["en", "zh", "fr"]) expect(localTitle(entry, lang)).toBe(localize(entry, lang).title.text);
    }
  });

  it("records source hashes that ignore re-wrapping", () => {
    expect(sourceHash("a  b\n c")).toBe(sourceHash("a b c"));
    expect(sourceHash("a b c")).not.toBe(sourceHash("a b d"));
    expect(sourceHash("x")).toMatch(/^[0-9a-f]{8}$/);
  });

  it("writes byte-identical data twice", async () => {
    const urls = siteUrls("https://example.org");
    const first = rendered(dataFiles(await compileFixtures(), { urls }));
    const second = rendered(dataFiles(await compileFixtures(), { urls }));
    expect([...second.keys()]).toEqual([...first.keys()]);
    for (const [file, content] of first) expect(second.get(file), file).toBe(content);
    expect([...first.keys()]).toEqual(
      expect.arrayContaining([
        "entries.js",
        "catalog.js",
        "lookup-data.js",
        "index.json",
        "entries/http/fixture-503-service-unavailable.json",
        "markdown/zh/communication/smtp-421-service-not-available.md",
      ]),
    );
  });

  it("keys each alternate by what it depends on: the entry, the titles it links to, the renderer's version", async () => {
    const urls = siteUrls("https://example.org");
    const entries = await compileFixtures();
    const keys = (files: Map<string, DataFile>) =>
      new Map([...files].filter(([f]) => f.startsWith("markdown/")).map(([f, file]) => [f, (file as KeyedFile).key]));
    const before = keys(dataFiles(entries, { urls, version: "1" }));
    expect(keys(dataFiles(entries, { urls, version: "1" }))).toEqual(before);
    const edited = entries.map((e) =>
      e.id === "http/fixture-503-service-unavailable" ? { ...e, title: "503 Edited" } : e,
    );
    const after = keys(dataFiles(edited, { urls, version: "1" }));
    const linking = entries.filter((e) => e.related.includes("http/fixture-503-service-unavailable")).map((e) => e.id);
    const changed = [...after].filter(([f, key]) => before.get(f) !== key).map(([f]) => f);
    expect(changed.sort()).toEqual(
      ["http/fixture-503-service-unavailable", ...linking]
        .flatMap((id) => [`markdown/en/${id}.md`, `markdown/zh/${id}.md`])
        .sort(),
    );
    expect(
      String(contentOf(dataFiles(edited, { urls }).get("markdown/en/http/fixture-503-service-unavailable.md")!)),
    ).toContain("# 503 Edited");
    const other = keys(dataFiles(entries, { urls, version: "2" }));
    expect([...other].every(([f, key]) => before.get(f) !== key)).toBe(true);
  });

  it("keys each entry's JSON by its files and their last commit, so an unchanged entry is not serialized again", async () => {
    const { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } = await import("node:fs");
    const { tmpdir } = await import("node:os");
    const path = await import("node:path");
    const root = mkdtempSync(path.join(tmpdir(), "atlas-input-keys-"));
    try {
      cpSync(FIXTURES, root, { recursive: true });
      const compiled = async () => {
        const result = await compileCatalog(root, { today: "2026-11-28" });
        if (!result.ok) throw new Error(result.problems.map((p) => p.message).join("\n"));
        return result;
      };
      const before = await compiled();
      expect(before.inputKeys.size).toBe(before.entries.length);
      const id = "http/fixture-503-service-unavailable";
      const zh = path.join(root, `${id}.zh.md`);
      writeFileSync(zh, readFileSync(zh, "utf8").replace("稍后重试", "过一会儿再重试"));
      const after = await compiled();
      const changed = [...after.inputKeys].filter(([e, key]) => before.inputKeys.get(e) !== key).map(([e]) => e);
      expect(changed).toEqual([id]);

      const urls = siteUrls("https://example.org");
      const file = `entries/${id}.json`;
      const keyed = dataFiles(after.entries, { urls, version: "1", inputKeys: after.inputKeys }).get(file) as KeyedFile;
      // The same bytes as a file keyed by its content; another compiler version gives another key.
      expect(contentOf(keyed)).toBe(dataFiles(after.entries, { urls, version: "1" }).get(file));
      expect(
        (dataFiles(after.entries, { urls, version: "2", inputKeys: after.inputKeys }).get(file) as KeyedFile).key,
      ).not.toBe(keyed.key);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it("keys the lookup data by the signatures, codes and titles, not by the texts", async () => {
    const urls = siteUrls("https://example.org");
    const entries = await compileFixtures();
    const key = (list: typeof entries) => (dataFiles(list, { urls }).get("lookup-data.js") as KeyedFile).key;
    const id = "http/fixture-503-service-unavailable";
    const edit = (change: (e: (typeof entries)[number]) => object) =>
      entries.map((e) => (e.id === id ? { ...e, ...change(e) } : e));
    expect(key(edit((e) => ({ root_cause: { ...e.root_cause, text: "Edited." } })))).toBe(key(entries));
    expect(key(edit(() => ({ title: "503 Edited" })))).not.toBe(key(entries));
    expect(key(edit((e) => ({ signatures: [...e.signatures, { regex: "edited", ignore_case: false }] })))).not.toBe(
      key(entries),
    );
  });

  it("takes the lookup index from its cache after a title edit, and makes it again after a signature edit", async () => {
    const { mkdtempSync, readFileSync, rmSync, writeFileSync } = await import("node:fs");
    const { tmpdir } = await import("node:os");
    const path = await import("node:path");
    const dir = mkdtempSync(path.join(tmpdir(), "atlas-index-cache-"));
    try {
      const urls = siteUrls("https://example.org");
      const indexCacheFile = path.join(dir, "lookup-index.json");
      const entries = await compileFixtures();
      const lookupData = (list: typeof entries, cached: boolean) =>
        String(contentOf(dataFiles(list, { urls, ...(cached && { indexCacheFile }) }).get("lookup-data.js")!));
      expect(lookupData(entries, true)).toBe(lookupData(entries, false));
      // A marker in the cached index shows that the next build read it instead of parsing the signatures again.
      const saved = JSON.parse(readFileSync(indexCacheFile, "utf8"));
      saved.index.codes[0] = "CACHED";
      writeFileSync(indexCacheFile, JSON.stringify(saved));
      const id = "http/fixture-503-service-unavailable";
      const titled = entries.map((e) => (e.id === id ? { ...e, title: "503 Edited" } : e));
      expect(lookupData(titled, true)).toContain("CACHED");
      expect(lookupData(titled, true)).toContain("503 Edited");
      const signed = entries.map((e) =>
        e.id === id ? { ...e, signatures: [...e.signatures, { regex: "edited signature", ignore_case: false }] } : e,
      );
      expect(lookupData(signed, true)).toBe(lookupData(signed, false));
      expect(lookupData(signed, true)).not.toContain("CACHED");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("renders the Markdown alternate with the entry's facts, escaping its text", async () => {
    const files = rendered(dataFiles(await compileFixtures(), { urls: siteUrls("https://example.org") }));
    const en = files.get("markdown/en/communication/smtp-421-service-not-available.md")!;
    for (const fact of [
      "# 421 4.7.0 Service not available",
      "80%",
      "86%",
      "2024-01-20",
      "| Postfix",
      "Amazon SES",
      "rfc5321#section-4.2.3",
      "85%",
      "95%",
      "## Dead ends",
    ]) {
      expect(en).toContain(fact);
    }
    const zh = files.get("markdown/zh/http/fixture-503-service-unavailable.md")!;
    expect(zh).toContain("# 503 Service Unavailable（服务不可用）");
    expect(zh).toContain("尚未翻译");
    expect(zh).not.toMatch(/<script|javascript:/);
  });

  it("writes the Chinese alternates' labels with full-width punctuation, and their bold labels still parse", async () => {
    const files = rendered(dataFiles(await compileFixtures(), { urls: siteUrls("https://example.org") }));
    const chinese = [...files].filter(([name]) => name.startsWith("markdown/zh/"));
    expect(chinese.length).toBeGreaterThan(0);
    for (const [name, text] of chinese) {
      // Code keeps its ASCII punctuation; findHalfWidth masks code spans and URLs.
      const prose = text.replace(/^(`{3,})[\s\S]*?^\1$/gm, "");
      for (const line of prose.split("\n")) expect(findHalfWidth(line), `${name}: ${line}`).toBeUndefined();
      const strong = fromMarkdown(text)
        .children.flatMap((n) => (n.type === "list" ? n.children : []))
        .flatMap((item) => (item.children[0]?.type === "paragraph" ? item.children[0].children : []))
        .filter((n) => n.type === "strong")
        .map((n) => toString(n));
      expect(strong, name).toContain("修复率");
    }
    const zh = files.get("markdown/zh/http/fixture-503-service-unavailable.md")!;
    expect(zh).toContain("分类：");
    expect(zh).toContain("（尚未翻译）");
    const en = files.get("markdown/en/http/fixture-503-service-unavailable.md")!;
    expect(en).toContain("**Fix rate**: ");
    expect(en).not.toContain("::");
  });

  it("stops before writing anything when an entry is invalid", async () => {
    const result = await compileCatalog("test/fixtures/does-not-exist");
    expect(result.ok).toBe(false);
  });
});
