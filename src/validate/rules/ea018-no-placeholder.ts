import { PLACEHOLDER, placeholderPaths } from "../../shared/placeholder.js";
import { defineRule } from "../rule.js";

export const rule = defineRule({
  code: "EA018",
  name: "no-placeholder",
  description: `No field still holds a \`${PLACEHOLDER}\` placeholder from \`npm run new\`.`,
  messages: {
    // The placeholder's own text says what belongs there (`TODO(atlas): why the error happens`).
    placeholder: { text: "{{field}} is still a placeholder", hint: "{{instruction}}" },
    "bare-placeholder": { text: "{{field}} is still a placeholder", hint: "fill it in" },
  },
  check({ entries, report }) {
    for (const entry of entries) {
      for (const document of [entry.source, ...Object.values(entry.translations)]) {
        for (const path of placeholderPaths(document.data)) {
          const text = String(
            path.reduce<unknown>((node, key) => (node as Record<string | number, unknown>)[key], document.data),
          );
          const field = path.join(".") || "field";
          const instruction = text.replace(PLACEHOLDER, "").replace(/^[:\s]+/, "");
          if (instruction) report(document, path, "placeholder", { data: { field, instruction } });
          else report(document, path, "bare-placeholder", { data: { field } });
        }
      }
    }
  },
});
