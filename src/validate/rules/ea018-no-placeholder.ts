import { PLACEHOLDER, placeholderPaths } from "../../shared/placeholder.js";
import type { Rule } from "../rule.js";

export const rule: Rule = {
  code: "EA018",
  name: "no-placeholder",
  description: `No field still holds a \`${PLACEHOLDER}\` placeholder from \`npm run new\`.`,
  check({ entries, report }) {
    for (const entry of entries) {
      for (const document of [entry.source, ...Object.values(entry.translations)]) {
        // Most files hold no placeholder: a text search spares walking their data.
        if (!document.yaml.includes(PLACEHOLDER)) continue;
        for (const path of placeholderPaths(document.data)) {
          const text = String(
            path.reduce<unknown>((node, key) => (node as Record<string | number, unknown>)[key], document.data),
          );
          report(document, path, `${path.join(".") || "field"} is still a placeholder`, {
            hint: text.replace(PLACEHOLDER, "").replace(/^[:\s]+/, "") || "fill it in",
          });
        }
      }
    }
  },
};
