import { describe, expect, it } from "vitest";

import { parseDocumentText } from "../../src/load/document.js";
import { BASE_ENTRY, baseCatalog, brief, problemsOf } from "../helpers/catalog.js";

const S = "net/sample-refused.md";

describe("reading entry files", () => {
  it("splits front matter and body and keeps the body's line", () => {
    const read = parseDocumentText("---\na: 1\nb: two\n---\n\nBody *here*.\n", "x.md");
    expect(read.document?.data).toEqual({ a: 1, b: "two" });
    expect(read.document?.body).toBe("\nBody *here*.\n");
    expect(read.document?.bodyLine).toBe(5);
  });

  it("keeps dates as strings (the schema checks them)", () => {
    expect(parseDocumentText("---\nfirst_seen: 2024-01-20\n---\n", "x.md").document?.data).toEqual({
      first_seen: "2024-01-20",
    });
  });

  it("accepts a UTF-8 BOM and CRLF line ends with the same positions", async () => {
    const crlf = `\uFEFF${BASE_ENTRY.replace("fix_rate: 0.7", "fix_rate: 7").replace(/\n/g, "\r\n")}`;
    expect(brief(await problemsOf(baseCatalog({ [S]: crlf })))).toEqual([`${S}:7:11 EA003`]);
  });

  it("decodes strictly: invalid UTF-8 is an error at its exact line and column, never a silent U+FFFD", async () => {
    const [before, after] = BASE_ENTRY.split("(sample)");
    const broken = Buffer.concat([Buffer.from(before!), Buffer.from([0xff, 0xfe]), Buffer.from(after!)]);
    const problems = await problemsOf(baseCatalog({ [S]: broken }));
    expect(brief(problems)).toEqual([`${S}:3:37 EA029`]);
    expect(problems[0]!.message).toContain("0xFF");
    expect(problems[0]!.hint).toContain("UTF-8");
  });

  it("refuses UTF-16 files, NUL bytes and control characters, and reports the other entries normally", async () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(BASE_ENTRY, "utf16le")]);
    expect(brief(await problemsOf(baseCatalog({ [S]: utf16 })))).toEqual([`${S}:1:1 EA029`]);
    const bell = BASE_ENTRY.replace("Start the server.", "Start the\u0007 server.");
    const problems = await problemsOf(baseCatalog({ [S]: bell }));
    expect(problems.map((p) => [p.code, p.message])).toEqual([
      ["EA029", "the file holds the control character U+0007"],
    ]);
  });

  it("refuses invisible characters that reorder or hide text, and keeps the joiners emoji need", async () => {
    for (const [char, code] of [
      ["\u202e", "202E"], // right-to-left override
      ["\u2067", "2067"], // right-to-left isolate
      ["\u200b", "200B"], // zero-width space
      ["\u0085", "0085"], // a C1 control (next line)
    ] as const) {
      const text = BASE_ENTRY.replace("Start the server.", `Start the${char} server.`);
      const problems = await problemsOf(baseCatalog({ [S]: text }));
      expect(problems.map((p) => [p.code, p.message.includes(`U+${code}`)])).toEqual([["EA029", true]]);
    }
    const joined = BASE_ENTRY.replace("Start the server.", "Start the server \u{1F468}\u200d\u{1F4BB}.");
    expect(await problemsOf(baseCatalog({ [S]: joined }))).toEqual([]);
    // The UTF-8 byte-order mark at the start is the file's signature, not text.
    expect(await problemsOf(baseCatalog({ [S]: `\ufeff${BASE_ENTRY}` }))).toEqual([]);
  });

  it("refuses a lone carriage return, which YAML would read as a line break the author cannot see", async () => {
    const cr = BASE_ENTRY.replace("Start the server.", "Start the\r server.");
    const problems = await problemsOf(baseCatalog({ [S]: cr }));
    expect(problems.map((p) => [p.code, p.line])).toEqual([
      ["EA029", BASE_ENTRY.split("\n").findIndex((l) => l.includes("Start the server.")) + 1],
    ]);
    expect(problems[0]!.message).toContain("CR without LF");
    // CRLF line ends stay fine.
    expect(await problemsOf(baseCatalog({ [S]: BASE_ENTRY.replace(/\n/g, "\r\n") }))).toEqual([]);
  });

  it("refuses `#` glued to a quoted value, which js-yaml alone would drop as a comment", () => {
    const { problems } = parseDocumentText('---\nid: a/b\ntitle: "Error"#1\ntype: x\n---\n', "x.md");
    expect(problems[0]).toMatchObject({ code: "EA001", line: 3, column: 15 });
    expect(problems[0]!.hint).toContain("space before `#`");
    // A `#` inside quotes, or after a space, is not a problem.
    expect(parseDocumentText('---\nid: a/b\ntitle: "C# #1" # note\n---\n', "x.md").problems).toEqual([]);
  });

  it("gives an unquoted value holding `: ` a hint to quote it, at its line", () => {
    const { problems } = parseDocumentText("---\nid: a/b\ntitle: Error: connect ECONNREFUSED\ntype: x\n---\n", "x.md");
    expect(problems[0]).toMatchObject({ code: "EA001", line: 3, column: 8 });
    expect(problems[0]!.hint).toBe('put the value in quotes, e.g. title: "Error: connect ECONNREFUSED"');
  });

  it("reports an under-indented continuation line at that line", () => {
    const { problems } = parseDocumentText(
      "---\nid: a/b\nroot_cause:\n  scope: generic\n  text: >-\n    the first line of the text\n  a second line indented too little\n---\n",
      "x.md",
    );
    expect(problems[0]).toMatchObject({
      code: "EA001",
      line: 7,
      column: 3,
      message: expect.stringContaining("indented less than the text it continues"),
    });
  });

  it("never runs another front-matter language (---js would evaluate code)", () => {
    const { problems } = parseDocumentText(
      "---js\n{ title: (() => { globalThis.hacked = 1; return 'x' })() }\n---\n",
      "x.md",
    );
    expect(problems[0]).toMatchObject({ code: "EA001", line: 1 });
    expect((globalThis as { hacked?: number }).hacked).toBeUndefined();
  });

  it("rejects a file without front matter, or with an unclosed one", () => {
    expect(parseDocumentText("# Title\n", "x.md").problems[0]).toMatchObject({ code: "EA001", line: 1 });
    expect(parseDocumentText("---\na: 1\n", "x.md").problems[0]).toMatchObject({
      code: "EA001",
      message: expect.stringContaining("never closed"),
    });
  });

  it("locates YAML syntax errors", () => {
    const { problems } = parseDocumentText("---\nid: x\ntitle: [a, b\nc: d\n---\n", "x.md");
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ code: "EA001", line: 4 });
  });

  it("rejects duplicate keys with the line of the duplicate", () => {
    const { problems } = parseDocumentText("---\nid: a\ntitle: t\nid: b\n---\n", "x.md");
    expect(problems[0]).toMatchObject({ code: "EA001", line: 4, message: expect.stringContaining("duplicated") });
  });

  it("rejects a billion-laughs alias bomb quickly", () => {
    const levels = ["a: &a [x, x, x, x, x, x, x, x, x, x]"];
    for (let i = 1; i < 12; i++) {
      levels.push(
        `${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(10)
          .fill(`*${String.fromCharCode(96 + i)}`)
          .join(", ")}]`,
      );
    }
    const started = performance.now();
    const { problems } = parseDocumentText(`---\n${levels.join("\n")}\n---\n`, "bomb.md");
    expect(problems[0]).toMatchObject({ code: "EA002", message: expect.stringContaining("aliases") });
    // 10^12 nodes if expanded: finishing at all proves nothing was expanded.
    expect(performance.now() - started).toBeLessThan(5_000);
  });

  it("rejects __proto__ keys at any depth", () => {
    const { problems } = parseDocumentText("---\nroot_cause:\n  __proto__: { polluted: true }\n---\n", "x.md");
    expect(problems[0]).toMatchObject({ code: "EA002", line: 3, column: 3 });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe("entry files", () => {
  it("names an entry file that is a symbolic link", async () => {
    const { symlinkSync, writeFileSync } = await import("node:fs");
    const path = await import("node:path");
    const { writeCatalog } = await import("../helpers/catalog.js");
    const { validateEntries } = await import("../../src/validate/index.js");
    const root = writeCatalog(baseCatalog());
    writeFileSync(path.join(root, "..", `${path.basename(root)}-outside.md`), BASE_ENTRY);
    symlinkSync(path.join(root, "..", `${path.basename(root)}-outside.md`), path.join(root, "net/linked.md"));
    const { problems } = await validateEntries(root, { today: "2026-01-01" });
    expect(problems.filter((p) => p.code === "EA014").map((p) => p.message)).toEqual([
      "entry files must be regular files, not symbolic links",
    ]);
  });

  it("does not cascade: an entry that fails to parse still counts as existing for the others' related lists", async () => {
    const problems = await problemsOf(baseCatalog({ [S]: "---\nid: [broken\n---\n" }));
    expect([...new Set(problems.map((p) => p.code))]).toEqual(["EA001"]);
  });

  it("refuses category names the site needs for itself", async () => {
    const problems = await problemsOf({ ...baseCatalog(), "search/x.md": BASE_ENTRY, "zh/y.md": BASE_ENTRY });
    expect(brief(problems.filter((p) => p.code === "EA014"))).toEqual(["search:1:1 EA014", "zh:1:1 EA014"]);
  });
});

describe("error positions", () => {
  const at = async (from: string, to: string) =>
    brief(await problemsOf(baseCatalog({ [S]: BASE_ENTRY.replace(from, () => to) })));

  it("points into nested block lists", async () => {
    expect(await at("    success_rate: 0.5", "    success_rate: -1")).toEqual([`${S}:29:19 EA003`]);
    expect(await at("    why: The server is the one missing.", "    why: 42")).toEqual([`${S}:34:10 EA003`]);
  });

  it("points into flow mappings inside lists", async () => {
    expect(
      await at(
        'url: "https://docs.example.org/manual" }\nworkarounds',
        'url: "ftp://docs.example.org/manual" }\nworkarounds',
      ),
    ).toEqual([`${S}:21:27 EA003`]);
    expect(await at('version: "1.0"', "version: 1.0")).toEqual([`${S}:16:33 EA003`]);
  });

  it("points at the key of an unknown field and at the parent of a missing one", async () => {
    expect(await at("    success_rate: 0.8", "    success_rate: 0.8\n    sucess_rate: 0.8")).toEqual([
      `${S}:26:5 EA003`,
    ]);
    expect(await at("  - id: reboot\n    text: Reboot the client\n", "  - id: reboot\n")).toEqual([`${S}:32:5 EA003`]);
  });

  it("names the signature shape that was meant", async () => {
    const problems = await problemsOf(
      baseCatalog({ [S]: BASE_ENTRY.replace("ignore_case: true }", "ignore_cas: true }") }),
    );
    expect(problems.filter((p) => p.code === "EA003").map((p) => p.message)).toEqual([
      "unknown field `ignore_cas` in signatures[1]",
    ]);
  });
});

describe("the parse cache", () => {
  it("reuses unchanged files, re-reads changed ones, and never hides a problem", async () => {
    const { loadCatalog } = await import("../../src/load/index.js");
    const { writeCatalog } = await import("../helpers/catalog.js");
    const { writeFileSync, utimesSync } = await import("node:fs");
    const path = await import("node:path");
    const root = writeCatalog(baseCatalog());
    const cacheFile = path.join(root, "..", `${path.basename(root)}-cache.json`);
    const first = loadCatalog(root, { cacheFile });
    const second = loadCatalog(root, { cacheFile });
    expect(second.entries.map((e) => e.source.data)).toEqual(first.entries.map((e) => e.source.data));
    // A document from the cache places paths where the freshly parsed one does (its front matter is read again).
    const where = (loaded: typeof first) =>
      loaded.entries.map((e) => [e.source.locate(["title"]), e.source.locate(["workarounds", 0, "id"], { key: true })]);
    expect(where(second)).toEqual(where(first));
    expect(where(first).every(([title]) => title!.line > 1)).toBe(true);

    const file = path.join(root, S);
    writeFileSync(file, BASE_ENTRY.replace("fix_rate: 0.7", "fix_rate: 0.75"));
    utimesSync(file, new Date(), new Date(Date.now() + 5000));
    const { existsSync, readFileSync } = await import("node:fs");
    const table = readFileSync(cacheFile, "utf8");
    const third = loadCatalog(root, { cacheFile });
    expect(
      (third.entries.find((e) => e.id === "net/sample-refused")!.source.data as { fix_rate: number }).fix_rate,
    ).toBe(0.75);
    // One changed file is kept in the journal beside the table; the table is not written again.
    expect(readFileSync(cacheFile, "utf8")).toBe(table);
    const journal = JSON.parse(readFileSync(`${cacheFile}.delta`, "utf8")) as { files: object; removed: string[] };
    expect(Object.keys(journal.files).map((f) => path.relative(root, f))).toEqual([S]);
    expect(journal.removed).toEqual([]);
    // The next run reads table and journal together: nothing is parsed again, nothing written.
    const fourth = loadCatalog(root, { cacheFile });
    expect(fourth.entries.map((e) => e.source.data)).toEqual(third.entries.map((e) => e.source.data));
    expect(readFileSync(cacheFile, "utf8")).toBe(table);
    expect(existsSync(`${cacheFile}.delta`)).toBe(true);

    writeFileSync(file, "---\nid: [\n---\n");
    utimesSync(file, new Date(), new Date(Date.now() + 10000));
    for (let run = 0; run < 2; run++) {
      expect(loadCatalog(root, { cacheFile }).problems.map((p) => p.code)).toEqual(["EA001"]);
    }
  });
});
