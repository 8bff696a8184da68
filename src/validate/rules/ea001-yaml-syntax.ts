import { yamlSyntaxMessages } from "../../load/messages.js";
import { defineRule } from "../rule.js";

/** Enforced by the loader (src/load/document.ts) while it parses the file. */
export const rule = defineRule({
  code: "EA001",
  name: "yaml-syntax",
  description:
    "The file starts with a `---` front-matter block of valid YAML, closed by `---`, with no duplicate keys.",
  messages: yamlSyntaxMessages,
});
