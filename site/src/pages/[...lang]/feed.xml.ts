/**
 * /feed.xml and /zh/feed.xml: RSS of the most recently updated entries. Item
 * dates are the entries' `updated` dates, so the feed only changes with them.
 */
import rss from "@astrojs/rss";
import type { APIContext } from "astro";
import { entryPath, languageRoot, localize, t } from "error-atlas";
import { tagOf, perLanguagePaths } from "../../lib/lang";
import { absolute } from "../../lib/config";
import { entries, recentlyUpdated } from "../../lib/catalog";
import { excerpt } from "../../lib/text";

const FEED_SIZE = 50;

export function getStaticPaths() {
  return perLanguagePaths();
}

export function GET({ props }: APIContext) {
  const lang = (props as { lang: string }).lang;
  return rss({
    title: t(lang, "feedTitle"),
    description: t(lang, "tagline"),
    site: absolute(languageRoot(lang)),
    customData: `<language>${tagOf(lang)}</language>`,
    items: recentlyUpdated(entries, FEED_SIZE).map((entry) => {
      const local = localize(entry, lang);
      return {
        title: local.title.text,
        link: absolute(entryPath(entry.id, lang)),
        pubDate: new Date(`${entry.updated}T00:00:00Z`),
        description: excerpt(local.root_cause.text, 300),
        categories: [entry.category],
      };
    }),
  });
}
