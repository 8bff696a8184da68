import { list, type Rule } from "../rule.js";
import { compileSignature } from "../../signatures.js";
import { signatureAt } from "./signature-list.js";

export const rule: Rule = {
  code: "EA011",
  name: "signature-compiles",
  description: "Every signature compiles as a JavaScript RegExp.",
  check({ entries, report }) {
    for (const entry of entries) {
      list<unknown>((entry.source.data as Record<string, unknown>).signatures).forEach((raw, index) => {
        const signature = signatureAt(raw);
        if (!signature) return;
        const compiled = compileSignature(signature);
        if (typeof compiled === "string") {
          report(entry.source, ["signatures", index], `signature is not a valid JavaScript regular expression: ${compiled.replace(/^Invalid regular expression: /, "")}`, {
            hint: "escape special characters with a backslash, or use `{ literal: \"…\" }` for plain text",
          });
        }
      });
    }
  },
};
