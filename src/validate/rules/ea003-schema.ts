import { defineRule } from "../rule.js";
import { schemaMessages } from "../schema.js";

/** Enforced by src/validate/schema.ts with ajv. */
export const rule = defineRule({
  code: "EA003",
  name: "schema",
  description:
    "The front matter matches schema/entry.schema.json (entries) or schema/translation.schema.json (translations).",
  messages: schemaMessages,
});
