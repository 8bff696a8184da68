/**
 * npm run synthetic -- <count> <out-dir>
 * Writes a synthetic but valid catalog of <count> entries (English and
 * Chinese) for benchmarks: realistic field sizes, distinct signatures.
 */
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { runCli, UsageError } from "./cli-helpers.js";

const CATEGORIES = ["network", "database", "build", "runtime", "auth", "storage", "container", "browser", "mail", "cloud"];
const WORDS = "connection refused timeout upstream socket handshake certificate quota exceeded denied missing module symbol resolve overflow buffer index schema replica lock deadlock cursor session token expired mount volume image manifest registry layer cache heap stack thread signal".split(" ");

export function syntheticEntry(i: number): { id: string; english: string; chinese: string } {
  const category = CATEGORIES[i % CATEGORIES.length]!;
  const w = (k: number) => WORDS[(i * 7 + k * 13) % WORDS.length]!;
  const code = `SX${String(i).padStart(5, "0")}`;
  const slug = `${w(0)}-${w(1)}-${i}`;
  const message = `${code}: ${w(0)} ${w(1)} ${w(2)} failed for unit ${i}`;
  const english = `---
id: ${category}/${slug}
title: "${message}"
code: "${code}"
type: runtime_error
provenance: ai_generated
first_seen: 2025-01-${String((i % 28) + 1).padStart(2, "0")}
updated: 2025-06-${String((i % 28) + 1).padStart(2, "0")}
fix_rate: 0.${70 + (i % 25)}
confidence: 0.${60 + (i % 30)}
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
  - id: retry
    text: Retry the operation with exponential backoff, starting at one second and doubling up to a minute.
    how: |
      for i in 1 2 4 8 16 32; do run-job && break; sleep $i; done
    success_rate: 0.6
dead_ends:
  - id: reinstall
    text: Reinstall the whole product
    why: The limit lives in the configuration, which a reinstall keeps.
    fail_rate: 0.9
evidence:
  - { kind: source, url: "https://docs.example.org/manual/${category}/${slug}" }
related: []
---
The ${w(0)} ${w(1)} error ${i} appears when the ${w(2)} budget is spent. It is **synthetic**: generated for benchmarks.
`;
  const chinese = `---
title: "${code}:${w(0)} ${w(1)} 失败(单元 ${i})"
root_cause: ${w(0)} 层达到上限后放弃 ${w(1)},组件报告 ${code} 并结束操作,由调用方重试或干净地失败。
workarounds:
  raise-limit: 在配置中调高 ${w(0)} 上限并重启服务,使新值生效。
  retry: 以指数退避重试操作,从一秒开始,每次翻倍,最多一分钟。
dead_ends:
  reinstall:
    text: 重新安装整个产品
    why: 上限写在配置里,重装会保留配置。
---
${w(0)} ${w(1)} 错误 ${i} 在 ${w(2)} 预算耗尽时出现。这是为基准测试**生成的**条目。
`;
  return { id: `${category}/${slug}`, english, chinese };
}

if (process.argv[1]?.endsWith("synthetic-catalog.ts")) {
  await runCli(async ([countArg, out]) => {
    const count = Number(countArg);
    if (!Number.isInteger(count) || count < 1 || !out) throw new UsageError("usage: npm run synthetic -- <count> <out-dir>");
    rmSync(out, { recursive: true, force: true });
    for (let i = 0; i < count; i++) {
      const { id, english, chinese } = syntheticEntry(i);
      const file = path.join(out, `${id}.md`);
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, english);
      writeFileSync(file.replace(/\.md$/, ".zh.md"), chinese);
    }
    console.error(`wrote ${count} synthetic entries to ${out}`);
    return 0;
  });
}
