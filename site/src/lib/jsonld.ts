/** Structured data for entry pages: TechArticle and BreadcrumbList (schema.org). */
import type { CompiledEntry, LocalizedEntry } from "error-atlas";
import { tagOf } from "./lang.js";

export interface Crumb {
  name: string;
  url: string;
}

export function entryJsonLd(local: LocalizedEntry, pageUrl: string, crumbs: Crumb[], siteName: string): object[] {
  const entry: CompiledEntry = local.entry;
  return [
    {
      "@context": "https://schema.org",
      "@type": "TechArticle",
      headline: local.title.text.length > 110 ? `${local.title.text.slice(0, 109)}…` : local.title.text,
      name: local.title.text,
      description: local.root_cause.text,
      inLanguage: tagOf(local.lang),
      url: pageUrl,
      mainEntityOfPage: pageUrl,
      datePublished: entry.first_seen,
      dateModified: entry.updated,
      articleSection: entry.category,
      keywords: [entry.code, entry.category, entry.type].filter(Boolean).join(", "),
      publisher: { "@type": "Organization", name: siteName },
    },
    {
      "@context": "https://schema.org",
      "@type": "BreadcrumbList",
      itemListElement: crumbs.map((crumb, i) => ({ "@type": "ListItem", position: i + 1, name: crumb.name, item: crumb.url })),
    },
  ];
}

/** JSON for a <script> element: `<` escaped so no text can close the element. */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, "\\u003c").replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
}
