import type { Rule } from "../rule.js";

export const rule: Rule = {
  code: "EA011",
  name: "signature-compiles",
  description: "Every signature compiles as a JavaScript RegExp.",
  check({ entries, signatures, report }) {
    for (const entry of entries) {
      for (const { index, regex } of signatures.of(entry)) {
        if (typeof regex !== "string") continue;
        report(
          entry.source,
          ["signatures", index],
          `signature is not a valid JavaScript regular expression: ${regex.replace(/^Invalid regular expression: /, "")}`,
          {
            hint: 'escape special characters with a backslash, or use `{ literal: "…" }` for plain text',
          },
        );
      }
    }
  },
};
