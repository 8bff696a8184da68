import { encodingMessages } from "../../load/messages.js";
import { defineRule } from "../rule.js";

/** Enforced by the loader (src/load/decode.ts). */
export const rule = defineRule({
  code: "EA029",
  name: "encoding",
  description:
    "Files are UTF-8 (a BOM and CRLF line ends are fine): no invalid bytes, no UTF-16, no NUL or other control characters besides tabs and line ends (LF or CRLF; a lone CR is refused), no invisible bidirectional or zero-width characters; at most 128 KiB.",
  messages: encodingMessages,
});
