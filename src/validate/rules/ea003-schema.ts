import type { Rule } from "../rule.js";

/** Enforced by src/validate/schema.ts with ajv. */
export const rule: Rule = {
  code: "EA003",
  name: "schema",
  description:
    "The front matter matches schema/entry.schema.json (entries) or schema/translation.schema.json (translations).",
};
