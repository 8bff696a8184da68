import { describe, expect, it } from "vitest";

import { RULE_CODES } from "../../src/shared/problem.js";
import { rules } from "../../src/validate/index.js";
import {
  BASE_ENTRY,
  BASE_TRANSLATION,
  baseCatalog,
  brief,
  CATEGORIES,
  OTHER_ENTRY,
  problemsOf,
} from "../helpers/catalog.js";

const S = "net/sample-refused.md";
const replace = (from: string, to: string, text = BASE_ENTRY) => {
  if (!text.includes(from)) throw new Error(`fixture text not found: ${from}`);
  return text.replace(from, () => to);
};

/** For each rule: files that break exactly that rule, and where the problem must be reported. */
const failing: Record<string, { files: Record<string, string>; at: string; baseIds?: string[] }> = {
  EA001: { files: { [S]: "---\nid: [unclosed\n---\n" }, at: `${S}:2:1` },
  EA002: {
    files: {
      [S]: replace(
        "related: [net/other-entry, net/third-entry]",
        "related: &r [net/other-entry, net/third-entry]\nalso: *r",
      ),
    },
    at: `${S}:41:7`,
  },
  EA003: { files: { [S]: replace("fix_rate: 0.7", "fix_rate: 1.7") }, at: `${S}:7:11` },
  EA004: { files: { [S]: replace("id: net/sample-refused", "id: net/wrong-id") }, at: `${S}:2:5` },
  EA005: { files: { "net/copy.md": BASE_ENTRY }, at: "net/sample-refused.md:2:5" },
  EA006: { files: { [S]: replace("id: check-port", "id: start-server") }, at: `${S}:27:9` },
  EA007: {
    files: {
      "net/sample-refused.zh.md": replace(
        "  start-server: 启动服务器。",
        "  start-server: 启动服务器。\n  ghost: 幽灵",
        BASE_TRANSLATION,
      ),
    },
    at: "net/sample-refused.zh.md:6:3",
  },
  EA008: {
    files: {
      [S]: replace(
        "related: [net/other-entry, net/third-entry]",
        "related: [net/other-entry, net/third-entry, net/missing]",
      ),
    },
    at: `${S}:40:45`,
  },
  EA009: { files: { [S]: replace("date: 2025-01-10", "date: 2027-01-10") }, at: `${S}:39:95` },
  EA010: {
    files: {
      [S]: replace(
        "evidence:\n",
        'evidence:\n  - { kind: outcome, target: start-server, result: success, date: 2024-12-01, source: "https://x.example.org/1" }\n',
      ),
    },
    at: `${S}:38:67`,
  },
  EA011: { files: { [S]: replace("  - { literal:", "  - '[unclosed'\n  - { literal:") }, at: `${S}:11:5` },
  EA012: { files: { [S]: replace("  - { literal:", "  - 'x(a+)+$'\n  - { literal:") }, at: `${S}:11:5` },
  EA013: { files: { [S]: replace("examples:\n", "examples:\n  - unrelated line\n") }, at: `${S}:13:5` },
  EA014: { files: { "net/notes.txt": "stray" }, at: "net/notes.txt:1:1" },
  EA015: {
    files: {
      [S]: replace(
        "evidence:\n",
        'evidence:\n  - { kind: outcome, target: nope, result: success, date: 2025-01-20, source: "https://x.example.org/1" }\n',
      ),
    },
    at: `${S}:38:30`,
  },
  EA016: { files: { [S]: replace("  - { literal:", "  - 'z*'\n  - { literal:") }, at: `${S}:11:5` },
  EA017: {
    files: { "net/other-entry.md": replace('"other refusal wording"', '"refusal text"', OTHER_ENTRY) },
    at: "net/other-entry.md:11:5",
  },
  EA018: {
    files: { [S]: replace("  text: Nothing listens on the port.", '  text: "TODO(atlas): why the error happens"') },
    at: `${S}:19:9`,
  },
  EA019: { files: { "redirects.yaml": "# renamed\nnet/old-name: net/gone\n" }, at: "redirects.yaml:2:15" },
  EA020: { files: {}, baseIds: ["net/sample-refused", "net/removed-entry"], at: "net/removed-entry.md:1:1" },
  EA021: { files: { "categories.yaml": CATEGORIES.replace("net:", "nett:") }, at: "net/other-entry.md:2:5" },
  EA022: { files: { [S]: replace("type: network_error", "type: netwrk_error") }, at: `${S}:5:7` },
  EA023: { files: { [S]: replace("target: [check-port, reboot]", "target: check-port") }, at: `${S}:32:9` },
  EA024: {
    files: { [S]: replace("related: [net/other-entry, net/third-entry]", "related: [net/other-entry]") },
    at: `${S}:40:1`,
  },
  EA025: {
    files: {
      [S]: replace(
        'title: "connect: connection refused (sample)"',
        'title: "connect 10.0.0.7:5432: connection refused"',
      ),
    },
    at: `${S}:3:8`,
  },
  EA026: {
    files: {
      "net/sample-refused.zh.md": replace(
        "title: 连接被拒绝（示例）",
        'title: "connect: connection refused (sample)（示例）"',
        BASE_TRANSLATION,
      ),
    },
    at: "net/sample-refused.zh.md:2:8",
  },
  EA027: {
    files: {
      "net/sample-refused.zh.md": replace(
        "root_cause: 端口上没有程序在监听。",
        "root_cause: 端口上没有程序(服务)在监听。",
        BASE_TRANSLATION,
      ),
    },
    at: "net/sample-refused.zh.md:3:13",
  },
  EA028: {
    files: { [S]: replace("examples:\n", "examples:\n  - sample refusal text / other refusal wording\n") },
    at: `${S}:13:5`,
  },
  EA029: {
    files: { [S]: replace("  text: Nothing listens on the port.", "  text: Nothing listens\u0000 on the port.") },
    at: `${S}:19:24`,
  },
};

describe("validator rules", () => {
  it("the base catalog passes every rule", async () => {
    expect(brief(await problemsOf(baseCatalog()))).toEqual([]);
  });

  it("has a failing fixture for every rule", () => {
    expect(Object.keys(failing).sort()).toEqual(rules.map((r) => r.code));
  });

  for (const rule of rules) {
    it(`${rule.code} ${rule.name}: reports the broken fixture at the right place`, async () => {
      const fixture = failing[rule.code]!;
      const problems = await problemsOf(baseCatalog(fixture.files), { baseIds: fixture.baseIds });
      expect(brief(problems)).toContain(`${fixture.at} ${rule.code}`);
      for (const p of problems.filter((p) => p.code === rule.code)) {
        expect(p.message.length).toBeGreaterThan(10);
        expect(p.hint?.length ?? 0).toBeGreaterThan(5);
      }
    });
  }

  it("accepts a redirect from a removed id to an existing entry", async () => {
    const files = baseCatalog({ "redirects.yaml": "net/old-name: net/sample-refused\n" });
    expect(
      brief(
        await problemsOf(files, {
          baseIds: ["net/old-name", "net/sample-refused", "net/other-entry", "net/third-entry"],
        }),
      ),
    ).toEqual([]);
    expect(brief(await problemsOf(baseCatalog({ "redirects.yaml": "net/other-entry: net/sample-refused\n" })))).toEqual(
      ["redirects.yaml:1:1 EA019"],
    );
  });

  it("EA008 points a related id that was renamed at its new id", async () => {
    const files = baseCatalog({
      "redirects.yaml": "net/old-name: net/third-entry\n",
      [S]: replace("related: [net/other-entry, net/third-entry]", "related: [net/other-entry, net/old-name]"),
    });
    const problems = (await problemsOf(files)).filter((p) => p.code === "EA008");
    expect(problems.map((p) => [p.message, p.hint])).toEqual([
      ["related entry `net/old-name` was renamed", "use its current id, `net/third-entry`"],
    ]);
  });

  it("has a rule module for exactly the listed codes, in order", () => {
    expect(rules.map((r) => r.code)).toEqual([...RULE_CODES]);
  });

  it("rule codes and names are unique and well formed", () => {
    expect(new Set(rules.map((r) => r.code)).size).toBe(rules.length);
    expect(new Set(rules.map((r) => r.name)).size).toBe(rules.length);
    for (const rule of rules) {
      expect(rule.code).toMatch(/^EA\d{3}$/);
      expect(rule.name).toMatch(/^[a-z]+(-[a-z]+)*$/);
    }
  });

  it("reports every problem of a badly broken entry in one run", async () => {
    let broken = replace("fix_rate: 0.7", "fix_rate: 2");
    broken = replace("id: net/sample-refused", "id: net/nope", broken);
    broken = replace("related: [net/other-entry, net/third-entry]", "related: [net/ghost, net/third-entry]", broken);
    broken = replace("examples:\n", "examples:\n  - not matched\n", broken);
    const codes = (await problemsOf(baseCatalog({ [S]: broken }))).map((p) => p.code);
    expect(codes).toEqual(expect.arrayContaining(["EA003", "EA004", "EA008", "EA013"]));
  });
});

describe("the result cache", () => {
  it("gives the same problems as a fresh run, and re-checks what changed", async () => {
    const { writeCatalog } = await import("../helpers/catalog.js");
    const { validateEntries } = await import("../../src/validate/index.js");
    const { writeFileSync, readFileSync } = await import("node:fs");
    const path = await import("node:path");
    const broken = replace("fix_rate: 0.7", "fix_rate: 7");
    const root = writeCatalog(
      baseCatalog({
        [S]: broken,
        "net/other-entry.md": replace('"other refusal wording"', '"refusal text"', OTHER_ENTRY),
      }),
    );
    const resultCacheFile = path.join(root, "..", `${path.basename(root)}-results.json`);
    const run = async (cached: boolean) =>
      brief((await validateEntries(root, { today: "2026-01-01", ...(cached && { resultCacheFile }) })).problems);
    const expected = await run(false);
    expect(expected).toEqual(expect.arrayContaining([`${S}:7:11 EA003`, "net/other-entry.md:11:5 EA017"]));
    expect(await run(true)).toEqual(expected);
    expect(await run(true)).toEqual(expected);
    // Fix one entry: its error goes, the other entry's warning stays.
    writeFileSync(path.join(root, S), readFileSync(path.join(root, S), "utf8").replace("fix_rate: 7", "fix_rate: 0.7"));
    expect(await run(true)).toEqual(await run(false));
    const after = await run(true);
    expect(after).toContain("net/other-entry.md:11:5 EA017");
    expect(after.filter((p) => p.startsWith(S))).toEqual([]);
  });
});
