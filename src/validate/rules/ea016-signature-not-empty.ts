import { defineRule } from "../rule.js";

export const rule = defineRule({
  code: "EA016",
  name: "signature-not-empty",
  description: "No signature matches the empty string (it would match every log line).",
  messages: {
    "matches-empty": {
      text: "signature matches the empty string, so it would match every line",
      hint: "make it require the error's own text, e.g. drop a trailing `?` or `*` from the only part",
    },
  },
  check({ entries, signatures, report }) {
    for (const entry of entries) {
      for (const index of signatures.matchingEmpty(entry)) {
        report(entry.source, ["signatures", index], "matches-empty");
      }
    }
  },
});
