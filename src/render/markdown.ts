import { unified } from "unified";
import remarkParse from "remark-parse";
import remarkGfm from "remark-gfm";
import remarkRehype from "remark-rehype";
import rehypeSanitize, { defaultSchema, type Options as SanitizeSchema } from "rehype-sanitize";
import rehypeStringify from "rehype-stringify";

/**
 * What an entry body may contain once rendered: GitHub's sanitising rules,
 * narrowed to http(s) links (no `mailto:`, no `javascript:`) and no images,
 * so a pull request cannot put scripts, trackers or odd protocols on a page.
 */
export const sanitizeSchema: SanitizeSchema = {
  ...defaultSchema,
  tagNames: (defaultSchema.tagNames ?? []).filter((t) => t !== "img" && t !== "input"),
  protocols: { ...defaultSchema.protocols, href: ["http", "https"], cite: ["http", "https"] },
};

// Raw HTML in the Markdown is dropped by remark-rehype (no allowDangerousHtml);
// rehype-sanitize then removes anything else that is not allowed.
const processor = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(remarkRehype)
  .use(rehypeSanitize, sanitizeSchema)
  .use(rehypeStringify)
  .freeze();

/** Renders an entry body (Markdown) to sanitised HTML. */
export function renderMarkdown(markdown: string): string {
  return String(processor.processSync(markdown)).trim();
}
