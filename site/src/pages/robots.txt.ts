/** /robots.txt: everything may be crawled; the sitemap index says what there is. */
import { absolute } from "../lib/config";

export function GET() {
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absolute("/sitemap-index.xml")}\n`, {
    headers: { "Content-Type": "text/plain; charset=utf-8" },
  });
}
