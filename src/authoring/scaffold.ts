import { PLACEHOLDER as T } from "../shared/placeholder.js";

/**
 * The files `npm run new` writes: every field present, each one to fill in
 * marked with the placeholder so validation fails until it is done.
 */
export function scaffold(id: string): { english: string; translations: Record<string, string> } {
  const english = `---
id: ${id}
title: "${T}: the error text as printed, with placeholders such as <port> or <module> where it varies (at most 64 characters)"
code: "${T}: the error code as printed (quoted), or delete this line"
type: "${T}: a key of entries/types.yaml, e.g. network_error, auth_error, config_error"
provenance: "${T}: community (you wrote it from experience) or verified (you reproduced it and checked the fixes)"
signatures:
  - "${T}: a JavaScript regex (or { literal: … }) that finds this error's message text in a log line"
examples:
  - "${T}: a real log line containing the error, with the context real logs have"
versions:
  - { product: "${T}: product name", version: "${T}: version, quoted", status: active }
root_cause:
  scope: generic
  text: "${T}: why the error happens: the mechanism, in one to three sentences"
docs:
  - { title: "${T}: title of the official documentation page", url: "https://${T}" }
workarounds:
  - id: first-fix
    text: "${T}: what to do (backticks mark commands)"
    success_rate: "${T}: share of cases it fixes, 0 to 1, e.g. 0.8"
    basis: "${T}: what that estimate rests on, e.g. the accepted answer of the cited thread and two duplicates closed by it"
dead_ends:
  - id: first-dead-end
    text: "${T}: what people try that does not work"
    why: "${T}: why it does not work"
    fail_rate: "${T}: share of cases it fails, 0 to 1"
    basis: "${T}: what that estimate rests on"
evidence:
  # Every workaround and dead end is the target of at least one record you have read, with its date.
  - { kind: report, url: "https://${T}", title: "${T}: the thread's title", date: "${T}: YYYY-MM-DD of the post", target: first-fix }
  - { kind: source, url: "https://${T}", title: "${T}: the documentation page", date: "${T}: YYYY-MM-DD or YYYY-MM it shows", target: first-dead-end }
related:
  - "${T}: the id of a related entry (at least two)"
  - "${T}: another related entry, e.g. the same symptom in another product"
---

<!-- Optional: a longer explanation in Markdown (how to tell this error from look-alikes, how the
mechanism works). Delete this comment. -->
`;
  const zh = `---
title: "${T}: 标题含义的中文释义（页面会显示在英文错误文本之后）"
root_cause: "${T}: 根本原因的中文翻译"
workarounds:
  first-fix: "${T}: 中文翻译"
dead_ends:
  first-dead-end:
    text: "${T}: 中文翻译"
    why: "${T}: 中文翻译"
basis:
  first-fix: "${T}: 依据的中文翻译"
  first-dead-end: "${T}: 依据的中文翻译"
---

<!-- 可选：正文的中文翻译。若暂不翻译，可删除整个 .zh.md 文件，页面会显示英文并标注未翻译。 -->
`;
  return { english, translations: { zh } };
}
