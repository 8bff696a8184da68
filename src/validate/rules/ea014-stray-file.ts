import { strayFileMessages } from "../../load/messages.js";
import { defineRule } from "../rule.js";

/** Enforced by the loader (src/load/discover.ts). */
export const rule = defineRule({
  code: "EA014",
  name: "stray-file",
  description:
    "The entries folder holds only `<category>/<slug>.md` and `<category>/<slug>.<lang>.md` files with valid names and configured languages.",
  messages: strayFileMessages,
});
