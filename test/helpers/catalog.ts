import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";

import type { Problem } from "../../src/shared/problem.js";
import { validateEntries } from "../../src/validate/index.js";
import { tempDir } from "./cleanup.js";

/** A valid English entry; tests derive broken ones from it by replacing text. */
export const BASE_ENTRY = `---
id: net/sample-refused
title: "connect: connection refused (sample)"
code: SAMPLE01
type: network_error
provenance: community
fix_rate: 0.7
fix_rate_basis: Two of three linked threads report the server start fixed it.
signatures:
  - '\\bSAMPLE01 connect\\b'
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
    basis: The manual's troubleshooting section names it first.
  - id: check-port
    text: Check the port number.
    success_rate: 0.5
    basis: One reporter in the linked thread fixed a wrong port.
dead_ends:
  - id: reboot
    text: Reboot the client
    why: The server is the one missing.
    fail_rate: 0.9
    basis: The thread's reporter rebooted twice without effect.
evidence:
  - { kind: source, url: "https://docs.example.org/manual", title: Manual, date: 2025-01-05, target: start-server }
  - { kind: report, url: "https://forum.example.org/t/1", title: Refused after upgrade, date: 2025-01-10, target: [check-port, reboot] }
related: [net/other-entry, net/third-entry]
---
Body text.
`;

const derive = (id: string, code: string, wording: string, related: string) =>
  BASE_ENTRY.replace("id: net/sample-refused", `id: net/${id}`)
    .replace("code: SAMPLE01", `code: ${code}`)
    .replace("'\\bSAMPLE01 connect\\b'", `'\\b${code} connect\\b'`)
    .replace('"sample refusal text"', `"${wording}"`)
    .replace("SAMPLE01 connect", `${code} connect`)
    .replace("Sample Refusal Text from the client", `${wording} here`)
    .replace("related: [net/other-entry, net/third-entry]", `related: ${related}`);

export const OTHER_ENTRY = derive(
  "other-entry",
  "OTHER02",
  "other refusal wording",
  "[net/sample-refused, net/third-entry]",
);
export const THIRD_ENTRY = derive(
  "third-entry",
  "THIRD03",
  "third refusal wording",
  "[net/sample-refused, net/other-entry]",
);

export const BASE_TRANSLATION = `---
title: 连接被拒绝（示例）
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

/** The registries every fixture catalog needs. */
export const CATEGORIES = `net:
  label: { en: Network, zh: 网络 }
  description: { en: Network errors of the fixture catalog., zh: 测试目录中的网络错误。 }
`;
export const TYPES = `network_error: { en: Network error, zh: 网络错误 }
config_error: { en: Configuration error, zh: 配置错误 }
`;

/** Writes files (path relative to the catalog root → content, text or raw bytes) into a fresh temporary catalog. */
export function writeCatalog(files: Record<string, string | Uint8Array>): string {
  const root = tempDir();
  for (const [relative, content] of Object.entries(files)) {
    const file = path.join(root, relative);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, content);
  }
  return root;
}

/**
 * The base catalog: three related entries, a translation and the registries.
 * Override or add files by path; `null` leaves a file out.
 */
export function baseCatalog(
  overrides: Record<string, string | Uint8Array | null> = {},
): Record<string, string | Uint8Array> {
  const files: Record<string, string | Uint8Array | null> = {
    "net/sample-refused.md": BASE_ENTRY,
    "net/sample-refused.zh.md": BASE_TRANSLATION,
    "net/other-entry.md": OTHER_ENTRY,
    "net/third-entry.md": THIRD_ENTRY,
    "categories.yaml": CATEGORIES,
    "types.yaml": TYPES,
    ...overrides,
  };
  return Object.fromEntries(
    Object.entries(files).filter((file): file is [string, string | Uint8Array] => file[1] !== null),
  );
}

export async function problemsOf(
  files: Record<string, string | Uint8Array>,
  options: { today?: string; baseIds?: string[] } = {},
): Promise<Problem[]> {
  const root = writeCatalog(files);
  const { problems } = await validateEntries(root, { today: "2026-01-01", ...options });
  return problems;
}

/**
 * What a message template can fill to: each `{{name}}` stands for some text,
 * the rest is literal. A message that does not come from its template, or a
 * placeholder left unfilled, does not match.
 */
export function templatePattern(template: string): RegExp {
  const parts = template.split(/\{\{\w+\}\}/).map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  return new RegExp(`^${parts.join("(?:(?!\\{\\{)[\\s\\S])+?")}$`);
}

/** Problems as `file:line:col CODE` with the file name relative to the catalog. */
export const brief = (problems: Problem[]) =>
  problems.map((p) => `${p.file.replace(/^.*atlas-test-[^/]+\//, "")}:${p.line}:${p.column} ${p.code}`);
