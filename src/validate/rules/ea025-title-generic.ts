import { isPlaceholder } from "../../shared/placeholder.js";
import { defineRule, record } from "../rule.js";

/** Titles longer than this do not fit a page title or a search result with the product named. */
export const MAX_TITLE = 64;

/** What one occurrence of an error carries and the error itself does not, with the placeholder to write instead. */
export const INSTANCES: [RegExp, string, string][] = [
  [/\b\d{1,3}(?:\.\d{1,3}){3}(?::\d+)?\b/, "an IP address", "`<address>` or `<address>:<port>`"],
  [
    /\b(?:localhost|[a-z0-9-]+(?:\.[a-z0-9-]+)+|\*|::1?|\[[0-9a-f:]+\]):\d{2,5}\b/i,
    "a host and port",
    "`<host>:<port>`",
  ],
  [/\bport \d{2,5}\b/i, "a port number", "`port <port>`"],
  [/\barn:aws[a-z-]*:/i, "an ARN", "`<arn>`"],
  [/(?:^|[\s'"`(])(?:\/(?:home|usr|var|etc|tmp|opt|srv|Users|app|root)\/|[A-Z]:\\)/, "an absolute path", "`<path>`"],
  [/\b[0-9a-f]{12,}\b/i, "a hash or id", "`<id>`"],
  [/https?:\/\//i, "a URL", "`<url>`"],
  [/\b[\w.+-]+@[\w-]+\.[\w.]+\b/, "an e-mail address", "`<address>`"],
];

export const rule = defineRule({
  code: "EA025",
  name: "title-generic",
  description: `A title names the error, not one occurrence of it: at most ${MAX_TITLE} characters, with placeholders such as \`<port>\` where printed values vary.`,
  messages: {
    "title-too-long": {
      text: "title has {{length}} characters, more than {{max}}",
      hint: "keep the part of the message readers search for; the rest belongs in examples and the body",
    },
    "title-instance": {
      text: "title carries {{what}} (`{{found}}`) from one occurrence of the error",
      hint: "write a placeholder such as {{placeholder}}",
    },
  },
  check({ entries, report }) {
    for (const entry of entries) {
      const title = record(entry.source.data).title;
      // A placeholder left by `npm run new` is EA018's to report.
      if (typeof title !== "string" || isPlaceholder(title)) continue;
      if ([...title].length > MAX_TITLE) {
        report(entry.source, ["title"], "title-too-long", { data: { length: [...title].length, max: MAX_TITLE } });
      }
      const outside = title.replace(/<[^<>\s]+>/g, "");
      for (const [pattern, what, placeholder] of INSTANCES) {
        const found = pattern.exec(outside);
        if (!found) continue;
        report(entry.source, ["title"], "title-instance", { data: { what, found: found[0].trim(), placeholder } });
        break;
      }
    }
  },
});
