import { readFileSync } from "node:fs";

/**
 * The public site address for links printed by the CLI and the MCP server:
 * ATLAS_SITE_URL, else the package's `homepage`. Node only.
 */
export function publicSiteUrl(env: NodeJS.ProcessEnv = process.env): string {
  if (env.ATLAS_SITE_URL) return env.ATLAS_SITE_URL.replace(/\/+$/, "");
  const pkg = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as { homepage?: string };
  return (pkg.homepage ?? "").replace(/\/+$/, "");
}
