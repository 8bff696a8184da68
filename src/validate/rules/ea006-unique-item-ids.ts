import { defineRule, list } from "../rule.js";

export const rule = defineRule({
  code: "EA006",
  name: "unique-item-ids",
  description:
    "Workaround and dead-end ids are unique within an entry, so translations and evidence point at exactly one item.",
  messages: {
    "duplicate-item-id": {
      text: "item id `{{id}}` is also used by {{earlier}}",
      hint: "give each workaround and dead end its own id",
    },
  },
  check({ entries, report }) {
    for (const entry of entries) {
      const data = entry.source.data as Record<string, unknown>;
      const seen = new Map<string, string>();
      for (const field of ["workarounds", "dead_ends"] as const) {
        list(data[field]).forEach((item, index) => {
          const id = item?.id;
          if (typeof id !== "string") return;
          const where = `${field}[${index}]`;
          const earlier = seen.get(id);
          if (earlier) report(entry.source, [field, index, "id"], "duplicate-item-id", { data: { id, earlier } });
          else seen.set(id, where);
        });
      }
    }
  },
});
