import { yamlUnsafeMessages } from "../../load/messages.js";
import { defineRule } from "../rule.js";

/** Enforced by the loader (src/load/yaml.ts): entries come from pull requests. */
export const rule = defineRule({
  code: "EA002",
  name: "yaml-unsafe",
  description: "The front matter uses no YAML anchors or aliases and no `__proto__` keys.",
  messages: yamlUnsafeMessages,
});
