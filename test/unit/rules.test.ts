import { symlinkSync, writeFileSync } from "node:fs";
import path from "node:path";

import AjvModule from "ajv";
import { describe, expect, it, vi } from "vitest";

import { parseDocumentText } from "../../src/load/document.js";
import { formatMessage } from "../../src/shared/messages.js";
import { type Problem, RULE_CODES } from "../../src/shared/problem.js";
import { rules, validateEntries } from "../../src/validate/index.js";
import type { Safety } from "../../src/validate/regex-safety.js";
import { defineRule } from "../../src/validate/rule.js";
import { checkSchema } from "../../src/validate/schema.js";
import {
  BASE_ENTRY,
  BASE_TRANSLATION,
  baseCatalog,
  brief,
  CATEGORIES,
  OTHER_ENTRY,
  problemsOf,
  templatePattern,
  TYPES,
  writeCatalog,
} from "../helpers/catalog.js";
import { tempDir } from "../helpers/cleanup.js";

/**
 * Safety verdicts that take seconds to reach for real (recheck's time limit,
 * the worker's deadline) or that recheck never gives in practice (vulnerable
 * without an attack string), given to named signatures; the real paths are
 * tested in redos.test.ts.
 */
const stubbedSafety = vi.hoisted(
  () =>
    new Map<string, Safety>([
      ["stub-unproven", { safe: false, reason: "unknown", complexity: "unknown" }],
      ["stub-timeout", { safe: false, reason: "timeout", complexity: "unknown" }],
      ["stub-no-attack", { safe: false, reason: "vulnerable", complexity: "exponential" }],
    ]),
);
vi.mock("../../src/validate/regex-safety.js", async (importOriginal) => {
  const actual = await importOriginal<typeof import("../../src/validate/regex-safety.js")>();
  return {
    ...actual,
    checkSafety: (...args: Parameters<typeof actual.checkSafety>) => {
      const stub = stubbedSafety.get(args[0]);
      return stub ? Promise.resolve(stub) : actual.checkSafety(...args);
    },
  };
});

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
  EA030: { files: { [S]: replace("Body text.", "Body <b>text</b>.") }, at: `${S}:42:6` },
};

const T = "net/sample-refused.zh.md";
const withSignature = (signature: string) => replace("  - { literal:", `  - '${signature}'\n  - { literal:`);
/** BASE_ENTRY without its dead ends (and the evidence that cites them). */
const noDeadEnds = replace(
  BASE_ENTRY.slice(BASE_ENTRY.indexOf("dead_ends:"), BASE_ENTRY.indexOf("evidence:")),
  "dead_ends: []\n",
  replace("target: [check-port, reboot]", "target: check-port"),
);
/** BASE_ENTRY without workarounds or dead ends, so its evidence targets nothing it has. */
const noItems = replace(
  BASE_ENTRY.slice(BASE_ENTRY.indexOf("workarounds:"), BASE_ENTRY.indexOf("evidence:")),
  "workarounds: []\ndead_ends: []\n",
);

/** Problems of a front matter checked against a schema of the test's own, for keywords the real schemas do not use. */
const againstSchema = (schema: object, text: string) => () => {
  const ajv = new AjvModule.default({ allErrors: true, verbose: true });
  return checkSchema(parseDocumentText(text, S).document!, ajv.compile(schema));
};

interface MessageCase {
  /** Files over the base catalog (`null` leaves one out) that make the rule report this message… */
  files?: Record<string, string | Uint8Array | null>;
  baseIds?: string[];
  /** …or problems from a setup the file table cannot describe. */
  problems?: () => Problem[] | Promise<Problem[]>;
  /** Where it is reported, `file:line:col`. */
  at: string;
}

/** One case for every message of every rule, keyed `CODE/message-id`. */
const messageCases: Record<string, MessageCase> = {
  "EA001/no-front-matter": { files: { [S]: "# Title\n" }, at: `${S}:1:1` },
  "EA001/unclosed": { files: { [S]: "---\nid: net/sample-refused\n" }, at: `${S}:1:1` },
  "EA001/value-with-colon": {
    files: { [S]: replace('title: "connect: connection refused (sample)"', "title: connect: connection refused") },
    at: `${S}:3:8`,
  },
  "EA001/under-indented": {
    files: { [S]: replace("  text: Nothing listens on the port.", "  text: >-\n    Nothing listens\n  on the port.") },
    at: `${S}:21:3`,
  },
  "EA001/duplicate-key": {
    files: { [S]: replace("code: SAMPLE01\n", "code: SAMPLE01\ncode: SAMPLE02\n") },
    at: `${S}:5:1`,
  },
  "EA001/tab-indent": { files: { [S]: replace("  scope: generic", "\tscope: generic") }, at: `${S}:18:1` },
  "EA001/bad-indent": {
    files: { [S]: replace("  text: Nothing listens", "   text: Nothing listens") },
    at: `${S}:19:8`,
  },
  "EA001/syntax-error": failing.EA001!,
  "EA001/strict-syntax": {
    files: { [S]: replace('title: "connect: connection refused (sample)"', 'title: "connect: connection refused"#1') },
    at: `${S}:3:37`,
  },
  "EA001/not-mapping": { files: { [S]: "---\n- id: net/sample-refused\n---\n" }, at: `${S}:2:1` },

  "EA002/alias": failing.EA002!,
  "EA002/proto-key": {
    files: { [S]: replace("  scope: generic", "  scope: generic\n  __proto__: x") },
    at: `${S}:19:3`,
  },

  "EA003/wrong-shape": { files: { [S]: withSignature("x").replace("  - 'x'", "  - { regx: x }") }, at: `${S}:11:5` },
  "EA003/missing-field": { files: { [S]: replace("provenance: community\n", "") }, at: `${S}:2:1` },
  "EA003/missing-nested-field": {
    files: { [S]: replace("  - id: reboot\n    text: Reboot the client\n", "  - id: reboot\n") },
    at: `${S}:32:5`,
  },
  "EA003/computed-field": {
    files: { [S]: replace("provenance: community\n", "provenance: community\nfirst_seen: 2025-01-05\n") },
    at: `${S}:7:1`,
  },
  "EA003/unknown-field": {
    files: { [S]: replace("provenance: community\n", "provenance: community\nseverity: high\n") },
    at: `${S}:7:1`,
  },
  "EA003/unknown-nested-field": {
    files: { [S]: replace("ignore_case: true }", "ignore_cas: true }") },
    at: `${S}:11:39`,
  },
  "EA003/unknown-field-none-allowed": {
    problems: againstSchema({ type: "object", additionalProperties: false }, "---\nid: x\n---\n"),
    at: `${S}:2:1`,
  },
  "EA003/unknown-nested-field-none-allowed": {
    problems: againstSchema(
      { type: "object", properties: { part: { type: "object", additionalProperties: false } } },
      "---\npart:\n  extra: 1\n---\n",
    ),
    at: `${S}:3:3`,
  },
  "EA003/wrong-type-string": { files: { [S]: replace('version: "1.0"', "version: 1.0") }, at: `${S}:16:33` },
  "EA003/wrong-type": {
    files: { [S]: replace("related: [net/other-entry, net/third-entry]", "related: net/other-entry") },
    at: `${S}:40:10`,
  },
  "EA003/not-allowed-value": { files: { [S]: replace("provenance: community", "provenance: guess") }, at: `${S}:6:13` },
  "EA003/wrong-constant": {
    problems: againstSchema(
      { properties: { kind: { const: "source", description: "Always `source` here." } } },
      "---\nkind: report\n---\n",
    ),
    at: `${S}:2:7`,
  },
  "EA003/out-of-range": failing.EA003!,
  "EA003/empty": { files: { [S]: replace("code: SAMPLE01", 'code: ""') }, at: `${S}:4:7` },
  "EA003/too-long": { files: { [S]: replace("code: SAMPLE01", `code: ${"X".repeat(61)}`) }, at: `${S}:4:7` },
  "EA003/too-few-items": {
    files: {
      [S]: replace(
        BASE_ENTRY.slice(BASE_ENTRY.indexOf("signatures:"), BASE_ENTRY.indexOf("examples:")),
        "signatures: []\n",
      ),
    },
    at: `${S}:9:1`,
  },
  "EA003/too-many-items": {
    files: {
      [S]: replace(
        "related: [net/other-entry, net/third-entry]",
        `related: [${Array.from({ length: 31 }, (_, i) => `net/e${i}`).join(", ")}]`,
      ),
    },
    at: `${S}:40:1`,
  },
  "EA003/duplicate-value": {
    files: {
      [S]: replace(
        "related: [net/other-entry, net/third-entry]",
        "related: [net/other-entry, net/third-entry, net/other-entry]",
      ),
    },
    at: `${S}:40:45`,
  },
  "EA003/needs-field": {
    files: { [S]: replace("fix_rate_basis: Two of three linked threads report the server start fixed it.\n", "") },
    at: `${S}:7:1`,
  },
  "EA003/invalid-date": {
    files: {
      [S]: replace(
        "evidence:\n",
        'evidence:\n  - { kind: outcome, target: start-server, result: success, date: 2025-02-30, source: "https://x.example.org/1" }\n',
      ),
    },
    at: `${S}:38:67`,
  },
  "EA003/invalid-url": {
    files: {
      [S]: replace(
        'url: "https://docs.example.org/manual" }\nworkarounds',
        'url: "https://exa mple.org" }\nworkarounds',
      ),
    },
    at: `${S}:21:27`,
  },
  "EA003/wrong-form": { files: { [S]: replace("id: check-port", "id: Check_Port") }, at: `${S}:27:9` },
  "EA003/bad-key": {
    files: { [T]: replace("  start-server: 启动服务器。", "  Start_Server: 启动服务器。", BASE_TRANSLATION) },
    at: `${T}:5:3`,
  },
  "EA003/missing-kind": { files: { [S]: replace("{ kind: source, url", "{ kind: rumour, url") }, at: `${S}:38:5` },
  "EA003/invalid": {
    problems: againstSchema(
      { properties: { count: { multipleOf: 2, description: "An even number." } } },
      "---\ncount: 3\n---\n",
    ),
    at: `${S}:2:8`,
  },

  "EA004/id-mismatch": failing.EA004!,
  "EA005/duplicate-id": failing.EA005!,
  "EA006/duplicate-item-id": failing.EA006!,
  "EA007/unknown-item": failing.EA007!,
  "EA007/unknown-item-none-known": { files: { [S]: noDeadEnds }, at: `${T}:7:3` },
  "EA008/self-related": {
    files: {
      [S]: replace("related: [net/other-entry, net/third-entry]", "related: [net/other-entry, net/sample-refused]"),
    },
    at: `${S}:40:28`,
  },
  "EA008/related-renamed": {
    files: {
      "redirects.yaml": "net/old-name: net/third-entry\n",
      [S]: replace("related: [net/other-entry, net/third-entry]", "related: [net/other-entry, net/old-name]"),
    },
    at: `${S}:40:28`,
  },
  "EA008/related-missing": failing.EA008!,
  "EA009/future-date": failing.EA009!,
  "EA010/outcome-before-record": failing.EA010!,
  "EA011/invalid-regex": failing.EA011!,
  "EA012/vulnerable": failing.EA012!,
  "EA012/vulnerable-without-attack": { files: { [S]: withSignature("stub-no-attack") }, at: `${S}:11:5` },
  "EA012/timeout": { files: { [S]: withSignature("stub-timeout") }, at: `${S}:11:5` },
  "EA012/unproven": { files: { [S]: withSignature("stub-unproven") }, at: `${S}:11:5` },
  "EA013/example-unmatched": failing.EA013!,

  "EA014/no-entries-folder": {
    problems: async () => (await validateEntries(path.join(tempDir(), "entries"))).problems,
    at: "entries:1:1",
  },
  "EA014/stray-top-file": { files: { "notes.txt": "stray" }, at: "notes.txt:1:1" },
  "EA014/bad-category": { files: { "Net_Errors/x.md": BASE_ENTRY }, at: "Net_Errors:1:1" },
  "EA014/reserved-category": { files: { "search/x.md": BASE_ENTRY }, at: "search:1:1" },
  "EA014/symlink": {
    problems: async () => {
      const root = writeCatalog(baseCatalog());
      const outside = path.join(tempDir(), "outside.md");
      writeFileSync(outside, BASE_ENTRY);
      symlinkSync(outside, path.join(root, "net/linked.md"));
      return (await validateEntries(root, { today: "2026-01-01" })).problems;
    },
    at: "net/linked.md:1:1",
  },
  "EA014/stray-file": failing.EA014!,
  "EA014/bad-slug": { files: { "net/Sample_Refused.md": BASE_ENTRY }, at: "net/Sample_Refused.md:1:1" },
  "EA014/unknown-language": {
    files: { "net/sample-refused.xx.md": BASE_TRANSLATION },
    at: "net/sample-refused.xx.md:1:1",
  },
  "EA014/orphan-translation": { files: { "net/lonely.zh.md": BASE_TRANSLATION }, at: "net/lonely.zh.md:1:1" },

  "EA015/unknown-target": failing.EA015!,
  "EA015/unknown-target-none-known": { files: { [S]: noItems }, at: `${S}:25:102` },
  "EA016/matches-empty": failing.EA016!,
  "EA017/overlap": failing.EA017!,
  "EA017/generic": {
    // Every entry's example says `connect: connection refused`: a signature for those words names no one error.
    files: {
      [S]: replace("signatures:\n", "signatures:\n  - 'connect: connection refused'\n"),
      ...Object.fromEntries(
        ["fourth-entry", "fifth-entry", "sixth-entry"].map((name, i) => [
          `net/${name}.md`,
          OTHER_ENTRY.replaceAll("other-entry", name)
            .replaceAll("OTHER02", `EXTRA0${i}`)
            .replaceAll("other refusal wording", `${name.split("-")[0]} refusal wording`),
        ]),
      ),
    },
    at: `${S}:10:5`,
  },
  "EA017/stale-exception": {
    files: {
      [S]: replace(
        "related: [net/other-entry, net/third-entry]",
        "related: [net/other-entry, net/third-entry]\noverlaps: [net/other-entry]",
      ),
    },
    at: `${S}:41:12`,
  },
  "EA018/placeholder": failing.EA018!,
  "EA018/bare-placeholder": {
    files: { [S]: replace("  text: Nothing listens on the port.", '  text: "TODO(atlas)"') },
    at: `${S}:19:9`,
  },
  "EA019/not-an-id": { files: { "redirects.yaml": "Old Name: net/sample-refused\n" }, at: "redirects.yaml:1:1" },
  "EA019/still-exists": {
    files: { "redirects.yaml": "net/other-entry: net/sample-refused\n" },
    at: "redirects.yaml:1:1",
  },
  "EA019/target-missing": failing.EA019!,
  "EA019/target-chained": {
    files: { "redirects.yaml": "net/first-name: net/second-name\nnet/second-name: net/sample-refused\n" },
    at: "redirects.yaml:1:17",
  },
  "EA020/removed-without-redirect": failing.EA020!,

  "EA021/vocabulary-schema": {
    files: { "categories.yaml": CATEGORIES.replace("  label: { en: Network, zh: 网络 }\n", "") },
    at: "categories.yaml:1:1",
  },
  "EA021/placeholder": {
    files: { "categories.yaml": CATEGORIES.replace("zh: 测试目录中的网络错误。", 'zh: "TODO(atlas): 一句话说明"') },
    at: "categories.yaml:3:66",
  },
  "EA021/missing-label": {
    files: { "categories.yaml": CATEGORIES.replace(", zh: 网络 }", " }") },
    at: "categories.yaml:2:3",
  },
  "EA021/missing-description": {
    files: { "categories.yaml": CATEGORIES.replace(", zh: 测试目录中的网络错误。 }", " }") },
    at: "categories.yaml:3:3",
  },
  "EA021/unregistered": {
    files: { "categories.yaml": CATEGORIES.replace("net:", "storage:") },
    at: "net/other-entry.md:2:5",
  },
  "EA021/unregistered-misspelt": failing.EA021!,
  "EA021/registry-missing": { files: { "categories.yaml": null }, at: "net/other-entry.md:1:1" },
  "EA022/vocabulary-schema": {
    files: { "types.yaml": TYPES.replace("{ en: Network error, ", "{ ") },
    at: "types.yaml:1:1",
  },
  "EA022/missing-label": { files: { "types.yaml": TYPES.replace(", zh: 配置错误 }", " }") }, at: "types.yaml:2:1" },
  "EA022/unknown-type": { files: { [S]: replace("type: network_error", "type: quota_exceeded") }, at: `${S}:5:7` },
  "EA022/unknown-type-misspelt": failing.EA022!,
  "EA023/evidence-undated": {
    files: { [S]: replace(", date: 2025-01-05, target: start-server", ", target: start-server") },
    at: `${S}:38:5`,
  },
  "EA023/item-unsourced": failing.EA023!,
  "EA024/too-few-related": failing.EA024!,
  "EA025/title-too-long": {
    files: {
      [S]: replace(
        'title: "connect: connection refused (sample)"',
        `title: "connect: connection refused ${"and more ".repeat(4)}(sample)"`,
      ),
    },
    at: `${S}:3:8`,
  },
  "EA025/title-instance": failing.EA025!,
  "EA026/repeats-english": failing.EA026!,
  "EA026/gloss-too-long": {
    files: { [T]: replace("title: 连接被拒绝（示例）", `title: ${"连接被拒绝".repeat(9)}`, BASE_TRANSLATION) },
    at: `${T}:2:8`,
  },
  "EA026/no-native-text": {
    files: { [T]: replace("title: 连接被拒绝（示例）", "title: Connection refused", BASE_TRANSLATION) },
    at: `${T}:2:8`,
  },
  "EA027/half-width": failing.EA027!,
  "EA028/multiline-only": {
    files: { [S]: withSignature("tunnel\\scollapsed").replace("examples:\n", 'examples:\n  - "tunnel\\ncollapsed"\n') },
    at: `${S}:14:5`,
  },
  "EA028/other-entry-first": failing.EA028!,
  "EA028/weak-match": {
    files: { [S]: replace("examples:\n", 'examples:\n  - "error SAMPLE01 happened"\n') },
    at: `${S}:13:5`,
  },

  "EA029/utf16": {
    files: { [S]: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(BASE_ENTRY, "utf16le")]) },
    at: `${S}:1:1`,
  },
  "EA029/invalid-utf8": {
    files: {
      [S]: Buffer.concat([
        Buffer.from("---\nid: net/sample-refused\ntitle: x"),
        Buffer.from([0xff]),
        Buffer.from("\n---\n"),
      ]),
    },
    at: `${S}:3:9`,
  },
  "EA029/nul": failing.EA029!,
  "EA029/control-character": {
    files: { [S]: replace("Start the server.", "Start the\u0007 server.") },
    at: `${S}:24:20`,
  },
  "EA029/invisible-character": {
    // A right-to-left override, which would show the words after it in reverse order.
    files: { [S]: replace("Start the server.", "Start the\u202e server.") },
    at: `${S}:24:20`,
  },
  "EA029/too-large": {
    files: { [S]: replace("Body text.", `Body text.\n\n${"A long paragraph. ".repeat(8000)}`) },
    at: `${S}:1:1`,
  },
  "EA029/lone-cr": { files: { [S]: replace("Start the server.", "Start the\r server.") }, at: `${S}:24:20` },

  "EA030/raw-html": failing.EA030!,
  "EA030/image": {
    files: { [S]: replace("Body text.", "Body text.\n\nSee ![the trace](https://example.org/t.png).") },
    at: `${S}:44:5`,
  },
  "EA030/link-scheme": {
    files: { [T]: replace("正文。", "正文。\n\n[运行](javascript:run())", BASE_TRANSLATION) },
    at: `${T}:13:1`,
  },
};

describe("validator rules", () => {
  it("the base catalog passes every rule", async () => {
    expect(brief(await problemsOf(baseCatalog()))).toEqual([]);
  });

  it("EA030 lets a body's HTML comments be: they are notes for editors, not shown", async () => {
    const commented = replace("Body text.", "<!-- a note for editors -->\n\nBody text.\n\n<!-- one\nmore -->");
    expect(brief(await problemsOf(baseCatalog({ [S]: commented })))).toEqual([]);
    const trailing = replace("Body text.", "<!-- a note --><b>shown?</b>\n\nBody text.");
    expect(brief(await problemsOf(baseCatalog({ [S]: trailing })))).toEqual([`${S}:42:1 EA030`]);
  });

  it("EA030 reports links to other schemes however written, but not an address that GitHub's autolinks make a mailto: link", async () => {
    const body = [
      "Body text: `ssh -T git@github.com` fails, and so does git@github.com in prose.",
      "",
      "See [the fix](JaVaScRiPt:fix()) and [the notes][notes].",
      "",
      "[notes]: data:text/html,hi",
    ].join("\n");
    const problems = await problemsOf(baseCatalog({ [S]: replace("Body text.", body) }));
    expect(brief(problems)).toEqual([`${S}:44:5 EA030`, `${S}:46:1 EA030`]);
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

describe("rule messages", () => {
  const templates = new Map(
    rules.flatMap((rule) => Object.entries(rule.messages).map(([id, template]) => [`${rule.code}/${id}`, template])),
  );

  it("has a case for every message of every rule, and no other", () => {
    expect(Object.keys(messageCases).sort()).toEqual([...templates.keys()].sort());
  });

  it("names messages in kebab-case", () => {
    for (const key of templates.keys()) expect(key).toMatch(/^EA\d{3}\/[a-z0-9]+(?:-[a-z0-9]+)*$/);
  });

  for (const [key, fixture] of Object.entries(messageCases)) {
    it(`${key}: reported at the right place, with its text and hint`, async () => {
      const [code, messageId] = key.split("/") as [string, string];
      const problems = fixture.problems
        ? await fixture.problems()
        : await problemsOf(baseCatalog(fixture.files), { baseIds: fixture.baseIds });
      const found = problems.filter((p) => p.code === code && p.messageId === messageId);
      expect(brief(found), JSON.stringify(brief(problems))).toContain(`${fixture.at} ${code}`);
      const template = templates.get(key)!;
      for (const p of found) {
        expect(p.message).toMatch(templatePattern(template.text));
        expect(p.hint).toMatch(templatePattern(template.hint));
      }
    });
  }

  it("reports a rule that crashes as a bug in the tool, and keeps the other rules' problems", async () => {
    const rule = rules.find((r) => r.code === "EA004")!;
    const check = vi.spyOn(rule, "check").mockImplementation(() => {
      throw new Error("boom");
    });
    try {
      const problems = await problemsOf(baseCatalog(failing.EA008!.files));
      expect(problems.map((p) => [p.file, p.code, p.messageId, p.message, p.hint])).toEqual(
        expect.arrayContaining([
          ["(validator)", "EA004", "tool-failure", "rule id-matches-path failed: boom", "please report this as a bug"],
        ]),
      );
      expect(brief(problems)).toContain(`${failing.EA008!.at} EA008`);
    } finally {
      check.mockRestore();
    }
  });

  it("fills every placeholder, and refuses to leave one unfilled", () => {
    expect(formatMessage("use `{{id}}`, not `{{old}}` ({{id}})", { id: "a/b", old: 1 })).toBe(
      "use `a/b`, not `1` (a/b)",
    );
    // Single braces are YAML in hints, not placeholders.
    expect(formatMessage('use `{ literal: "…" }`')).toBe('use `{ literal: "…" }`');
    expect(() => formatMessage("related entry `{{id}}` was renamed", { renamed: "x" })).toThrow(/\{\{id\}\}/);
    expect(() => formatMessage("{{ id }}", { id: "x" })).toThrow();
  });

  it("makes an undeclared message id, or missing data, a compile error", () => {
    const rule = defineRule({
      code: "EA004",
      name: "typed-reports",
      description: "Checked by tsc only: the check never runs.",
      messages: {
        renamed: { text: "`{{id}}` was renamed", hint: "use `{{current}}`" },
        plain: { text: "t", hint: "h" },
      },
      check({ entries, report }) {
        const source = entries[0]!.source;
        report(source, ["id"], "renamed", { data: { id: "a", current: "b" } });
        report(source, ["id"], "plain");
        // @ts-expect-error: not one of this rule's messages
        report(source, ["id"], "renamd", { data: { id: "a", current: "b" } });
        // @ts-expect-error: `current` is missing
        report(source, ["id"], "renamed", { data: { id: "a" } });
        // @ts-expect-error: the message has placeholders, so data is required
        report(source, ["id"], "renamed");
        // @ts-expect-error: a plain message takes no data
        report(source, ["id"], "plain", { data: { id: "a" } });
      },
    });
    expect(Object.keys(rule.messages)).toEqual(["renamed", "plain"]);
  });
});

describe("the examples' lookups kept between runs", () => {
  const setUp = async (files: Record<string, string>) => {
    const { writeCatalog } = await import("../helpers/catalog.js");
    const { loadCatalog } = await import("../../src/load/index.js");
    const { SignatureTable } = await import("../../src/validate/signature-table.js");
    const root = writeCatalog(baseCatalog(files));
    const run = async (memo?: import("../../src/validate/signature-table.js").LookupMemo) => {
      const loaded = loadCatalog(root);
      const table = new SignatureTable();
      await table.prove(loaded.entries);
      await table.execute(loaded.entries, { memo });
      const sample = loaded.entries.find((e) => e.id === "net/sample-refused")!;
      return { table, hits: table.exampleHits(sample), memo: table.lookupMemo()! };
    };
    return { root, run };
  };

  it("are reused while no signature or code changes, and only then", async () => {
    const { readFileSync } = await import("node:fs");
    const { root, run } = await setUp({});
    const first = await run();
    const example = "2025-01-10T10:00:00Z host app[1]: SAMPLE01 connect: connection refused";
    expect(first.hits[0]![0]!.id).toBe("net/sample-refused");
    expect(Object.keys(first.memo.hits)).toContain(example);
    // A memo under the same key is taken as it is: a planted hit shows that nothing was looked up again.
    const planted = {
      id: "net/third-entry",
      signature: 0,
      via: "signature" as const,
      strength: "weak" as const,
      text: "x",
    };
    const reused = await run({ key: first.memo.key, hits: { ...first.memo.hits, [example]: [planted] } });
    expect(reused.hits[0]).toEqual([planted]);
    // A body edit keeps the key.
    writeFileSync(path.join(root, S), readFileSync(path.join(root, S), "utf8").replace("Body text.", "Other text."));
    expect((await run(first.memo)).memo.key).toBe(first.memo.key);
    // Another entry's new signature changes it: the planted hit is gone and the real ones are back.
    const other = path.join(root, "net/other-entry.md");
    writeFileSync(
      other,
      readFileSync(other, "utf8").replace("'\\bOTHER02 connect\\b'", "'\\bOTHER02 connect\\b'\n  - connection refused"),
    );
    const changed = await run({ key: first.memo.key, hits: { [example]: [planted] } });
    expect(changed.memo.key).not.toBe(first.memo.key);
    expect(changed.hits[0]!.map((h) => h.id)).toEqual(
      expect.arrayContaining(["net/sample-refused", "net/other-entry"]),
    );
  });

  it("give the same problems as a fresh run after a signature edit makes entries overlap", async () => {
    const { validateEntries } = await import("../../src/validate/index.js");
    const { readFileSync } = await import("node:fs");
    const { root } = await setUp({});
    const resultCacheFile = path.join(root, "..", `${path.basename(root)}-lookups.json`);
    const run = async (cached: boolean) =>
      brief((await validateEntries(root, { today: "2026-01-01", ...(cached && { resultCacheFile }) })).problems);
    expect(await run(true)).toEqual(await run(false));
    const other = path.join(root, "net/other-entry.md");
    writeFileSync(
      other,
      readFileSync(other, "utf8").replace("'\\bOTHER02 connect\\b'", "'\\bOTHER02 connect\\b'\n  - connection refused"),
    );
    const fresh = await run(false);
    expect(fresh.some((p) => p.endsWith("EA017"))).toBe(true);
    expect(await run(true)).toEqual(fresh);
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
