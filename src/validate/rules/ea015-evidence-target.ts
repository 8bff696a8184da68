import { list, type Rule } from "../rule.js";

export const rule: Rule = {
  code: "EA015",
  name: "evidence-target",
  description: "Every evidence `target` names a workaround or dead end of the same entry.",
  check({ entries, report }) {
    for (const entry of entries) {
      const data = entry.source.data as Record<string, unknown>;
      const known = new Set([...list(data.workarounds), ...list(data.dead_ends)].map((item) => item?.id));
      list(data.evidence).forEach((item, index) => {
        const target = item?.target;
        if (typeof target === "string" && !known.has(target)) {
          report(
            entry.source,
            ["evidence", index, "target"],
            `evidence points at \`${target}\`, which is neither a workaround nor a dead end of this entry`,
            {
              hint: known.size ? `known ids: ${[...known].join(", ")}` : "add the item or remove the target",
            },
          );
        }
      });
    }
  },
};
