import { defineRule, list } from "../rule.js";

export const rule = defineRule({
  code: "EA015",
  name: "evidence-target",
  description: "Every evidence `target` names a workaround or dead end of the same entry.",
  messages: {
    "unknown-target": {
      text: "evidence points at `{{target}}`, which is neither a workaround nor a dead end of this entry",
      hint: "known ids: {{known}}",
    },
    "unknown-target-none-known": {
      text: "evidence points at `{{target}}`, which is neither a workaround nor a dead end of this entry",
      hint: "add the item or remove the target",
    },
  },
  check({ entries, report }) {
    for (const entry of entries) {
      const data = entry.source.data as Record<string, unknown>;
      const known = new Set([...list(data.workarounds), ...list(data.dead_ends)].map((item) => item?.id));
      list(data.evidence).forEach((item, index) => {
        const target = item?.target;
        if (typeof target === "string" && !known.has(target)) {
          const path = ["evidence", index, "target"];
          if (!known.size) report(entry.source, path, "unknown-target-none-known", { data: { target } });
          else report(entry.source, path, "unknown-target", { data: { target, known: [...known].join(", ") } });
        }
      });
    }
  },
});
