/**
 * npm run synthetic -- <count> <out-dir>
 * Writes a synthetic but valid catalog of <count> entries (English and
 * Chinese) for benchmarks: realistic field sizes, distinct signatures,
 * dated records behind every item, registries.
 */
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";

import { integerOption, parseCommandArgs, UsageError } from "../src/node/args.js";
import { isMain, runCli } from "./cli-helpers.js";

const CATEGORIES = [
  "network",
  "database",
  "build",
  "runtime",
  "auth",
  "storage",
  "container",
  "browser",
  "mail",
  "cloud",
];
const WORDS =
  "connection refused timeout upstream socket handshake certificate quota exceeded denied missing module symbol resolve overflow buffer index schema replica lock deadlock cursor session token expired mount volume image manifest registry layer cache heap stack thread signal".split(
    " ",
  );

export function syntheticEntry(i: number, count: number): { id: string; english: string; chinese: string } {
  const category = CATEGORIES[i % CATEGORIES.length]!;
  const w = (k: number) => WORDS[(i * 7 + k * 13) % WORDS.length]!;
  const code = `SX${String(i).padStart(5, "0")}`;
  const slug = `${w(0)}-${w(1)}-${i}`;
  const message = `${code}: ${w(0)} ${w(1)} ${w(2)} failed for unit ${i}`;
  const day = String((i % 28) + 1).padStart(2, "0");
  const neighbour = (k: number) => {
    const j = (i + k) % Math.max(count, 3);
    return `${CATEGORIES[j % CATEGORIES.length]}/${WORDS[(j * 7) % WORDS.length]}-${WORDS[(j * 7 + 13) % WORDS.length]}-${j}`;
  };
  const english = `---
id: ${category}/${slug}
title: "${message}"
code: "${code}"
type: runtime_error
provenance: community
provenance_note: Synthetic, generated for benchmarks.
fix_rate: 0.${70 + (i % 25)}
fix_rate_basis: A synthetic figure for benchmarks.
confidence: 0.${60 + (i % 30)}
confidence_basis: A synthetic figure for benchmarks.
signatures:
  - '\\b${code}\\b'
  - '${w(0)} ${w(1)} ${w(2)} failed for unit ${i}\\b'
examples:
  - "2025-01-01T00:00:00Z host-${i % 50} app[${1000 + i}]: ERROR ${message}"
versions:
  - { product: Product ${w(3)}, version: "${1 + (i % 9)}.${i % 20}", status: active }
  - { product: Product ${w(4)}, version: "${2 + (i % 5)}.0", status: fixed, introduced: "1.0", notes: Fixed by a patch release. }
root_cause:
  scope: generic
  text: >-
    The ${w(0)} layer gives up on the ${w(1)} after ${w(2)} because a limit was reached; the
    component reports ${code} and closes the operation so the caller can retry or fail cleanly.
docs:
  - { title: "Manual section ${i}", url: "https://docs.example.org/manual/${category}/${slug}" }
workarounds:
  - id: raise-limit
    text: Raise the ${w(0)} limit in the configuration and restart the service so the new value applies.
    success_rate: 0.8
    basis: The synthetic manual section says so.
  - id: retry
    text: Retry the operation with exponential backoff, starting at one second and doubling up to a minute.
    how: |
      for i in 1 2 4 8 16 32; do run-job && break; sleep $i; done
    success_rate: 0.6
    basis: Two synthetic threads report it worked.
dead_ends:
  - id: reinstall
    text: Reinstall the whole product
    why: The limit lives in the configuration, which a reinstall keeps.
    fail_rate: 0.9
    basis: The synthetic manual section explains why.
evidence:
  - { kind: source, url: "https://docs.example.org/manual/${category}/${slug}", title: "Manual section ${i}", date: 2025-01-${day}, target: [raise-limit, reinstall] }
  - { kind: report, url: "https://forum.example.org/t/${i}", title: "${code} after upgrade", date: 2025-02-${day}, target: retry }
related: [${neighbour(1)}, ${neighbour(2)}]
---
The ${w(0)} ${w(1)} error ${i} appears when the ${w(2)} budget is spent. It is **synthetic**: generated for benchmarks.
`;
  const chinese = `---
title: "${w(0)} ${w(1)} 失败（单元 ${i}）"
root_cause: ${w(0)} 层达到上限后放弃 ${w(1)}，组件报告 ${code} 并结束操作，由调用方重试或干净地失败。
workarounds:
  raise-limit: 在配置中调高 ${w(0)} 上限并重启服务，使新值生效。
  retry: 以指数退避重试操作，从一秒开始，每次翻倍，最多一分钟。
dead_ends:
  reinstall:
    text: 重新安装整个产品
    why: 上限写在配置里，重装会保留配置。
---
${w(0)} ${w(1)} 错误 ${i} 在 ${w(2)} 预算耗尽时出现。这是为基准测试**生成的**条目。
`;
  return { id: `${category}/${slug}`, english, chinese };
}

const REGISTRY = `${CATEGORIES.map((c) => `${c}:\n  label: { en: ${c}, zh: ${c} }\n  description: { en: Synthetic ${c} entries for benchmarks., zh: 为基准测试生成的 ${c} 条目。 }\n`).join("")}`;

/** Writes a synthetic catalog of `count` entries, with its registries, into `out`. */
export function writeSyntheticCatalog(count: number, out: string): void {
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  writeFileSync(path.join(out, "categories.yaml"), REGISTRY);
  writeFileSync(path.join(out, "types.yaml"), "runtime_error: { en: Runtime error, zh: 运行时错误 }\n");
  for (let i = 0; i < count; i++) {
    const { id, english, chinese } = syntheticEntry(i, count);
    const file = path.join(out, `${id}.md`);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, english);
    writeFileSync(file.replace(/\.md$/, ".zh.md"), chinese);
  }
}

const USAGE = "usage: npm run synthetic -- <count> <out-dir>";

export async function main(args: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, {});
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const [countArg, out, ...rest] = positionals;
  if (!countArg || !out || rest.length) throw new UsageError(USAGE);
  const count = integerOption(countArg, "count", 0, 3);
  writeSyntheticCatalog(count, out);
  console.error(`wrote ${count} synthetic entries to ${out}`);
  return 0;
}

if (isMain(import.meta.url)) await runCli(main);
