import { list, type Rule } from "../rule.js";
import { compileSignature } from "../../signatures.js";
import { signatureAt } from "./signature-list.js";

export const rule: Rule = {
  code: "EA016",
  name: "signature-not-empty",
  description: "No signature matches the empty string (it would match every log line).",
  check({ entries, report }) {
    for (const entry of entries) {
      list<unknown>((entry.source.data as Record<string, unknown>).signatures).forEach((raw, index) => {
        const signature = signatureAt(raw);
        const regex = signature && compileSignature(signature);
        if (regex instanceof RegExp && regex.test("")) {
          report(entry.source, ["signatures", index], "signature matches the empty string, so it would match every line", {
            hint: "make it require the error's own text, e.g. drop a trailing `?` or `*` from the only part",
          });
        }
      });
    }
  },
};
