import { defineRule } from "../rule.js";

export const rule = defineRule({
  code: "EA011",
  name: "signature-compiles",
  description: "Every signature compiles as a JavaScript RegExp.",
  messages: {
    "invalid-regex": {
      text: "signature is not a valid JavaScript regular expression: {{error}}",
      hint: 'escape special characters with a backslash, or use `{ literal: "…" }` for plain text',
    },
  },
  check({ entries, signatures, report }) {
    for (const entry of entries) {
      for (const { index, regex } of signatures.of(entry)) {
        if (typeof regex !== "string") continue;
        report(entry.source, ["signatures", index], "invalid-regex", {
          data: { error: regex.replace(/^Invalid regular expression: /, "") },
        });
      }
    }
  },
});
