import type { Element, Root, RootContent } from "hast";
import rehypeSanitize, { defaultSchema, type Options as SanitizeSchema } from "rehype-sanitize";
import rehypeStringify from "rehype-stringify";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified } from "unified";

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

/** Code blocks can be wider than a phone: focusable, they can be scrolled from the keyboard (WCAG 2.1.1). */
function focusableCodeBlocks() {
  const visit = (node: Root | RootContent) => {
    if (node.type === "element" && node.tagName === "pre") (node as Element).properties.tabIndex = 0;
    if ("children" in node) node.children.forEach(visit);
  };
  return (tree: Root) => visit(tree);
}

// Raw HTML in the Markdown is dropped by remark-rehype (no allowDangerousHtml);
// rehype-sanitize then removes anything else that is not allowed.
const processor = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(remarkRehype)
  .use(rehypeSanitize, sanitizeSchema)
  .use(focusableCodeBlocks)
  .use(rehypeStringify)
  .freeze();

/** Renders an entry body (Markdown) to sanitised HTML. */
export function renderMarkdown(markdown: string): string {
  return String(processor.processSync(markdown)).trim();
}
