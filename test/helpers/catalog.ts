import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { validateEntries } from "../../src/validate/index.js";
import type { Problem } from "../../src/problem.js";

/** A valid English entry; tests derive broken ones from it by replacing text. */
export const BASE_ENTRY = `---
id: net/sample-refused
title: "connect: connection refused (sample)"
code: SAMPLE01
type: network_error
provenance: community
first_seen: 2025-01-10
updated: 2025-02-01
fix_rate: 0.7
confidence: 0.6
signatures:
  - '\\bSAMPLE01\\b'
  - { literal: "sample refusal text", ignore_case: true }
examples:
  - "2025-01-10T10:00:00Z host app[1]: SAMPLE01 connect: connection refused"
  - "Sample Refusal Text from the client"
versions:
  - { product: Sample, version: "1.0", status: active }
root_cause:
  scope: generic
  text: Nothing listens on the port.
docs:
  - { title: Manual, url: "https://docs.example.org/manual" }
workarounds:
  - id: start-server
    text: Start the server.
    success_rate: 0.8
  - id: check-port
    text: Check the port number.
    success_rate: 0.5
dead_ends:
  - id: reboot
    text: Reboot the client
    why: The server is the one missing.
    fail_rate: 0.9
evidence:
  - { kind: source, url: "https://docs.example.org/manual" }
related: [net/other-entry]
---
Body text.
`;

export const OTHER_ENTRY = BASE_ENTRY.replace("id: net/sample-refused", "id: net/other-entry")
  .replace("code: SAMPLE01", "code: OTHER02")
  .replace("'\\bSAMPLE01\\b'", "'\\bOTHER02\\b'")
  .replace('"sample refusal text"', '"other refusal wording"')
  .replace("SAMPLE01 connect", "OTHER02 connect")
  .replace("Sample Refusal Text from the client", "Other Refusal Wording here")
  .replace("related: [net/other-entry]", "related: [net/sample-refused]");

export const BASE_TRANSLATION = `---
title: 连接被拒绝(示例)
root_cause: 端口上没有程序在监听。
workarounds:
  start-server: 启动服务器。
dead_ends:
  reboot:
    text: 重启客户端
    why: 缺的是服务器。
---
正文。
`;

/** Writes files (path relative to the catalog root → content) into a fresh temporary catalog. */
export function writeCatalog(files: Record<string, string>): string {
  const root = mkdtempSync(path.join(tmpdir(), "atlas-test-"));
  for (const [relative, content] of Object.entries(files)) {
    const file = path.join(root, relative);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, content);
  }
  return root;
}

/** The base catalog: two related entries and a translation. Override or add files by path. */
export function baseCatalog(overrides: Record<string, string> = {}): Record<string, string> {
  return {
    "net/sample-refused.md": BASE_ENTRY,
    "net/sample-refused.zh.md": BASE_TRANSLATION,
    "net/other-entry.md": OTHER_ENTRY,
    ...overrides,
  };
}

export async function problemsOf(files: Record<string, string>, options: { today?: string; baseIds?: string[] } = {}): Promise<Problem[]> {
  const root = writeCatalog(files);
  const { problems } = await validateEntries(root, { today: "2026-01-01", ...options });
  return problems;
}

/** Problems as `file:line:col CODE` with the file name relative to the catalog. */
export const brief = (problems: Problem[]) => problems.map((p) => `${p.file.replace(/^.*atlas-test-[^/]+\//, "")}:${p.line}:${p.column} ${p.code}`);
