/**
 * Build-time settings. astro.config.mjs resolves them (environment first,
 * then package.json) so pages only read the result.
 */
import { siteUrls } from "error-atlas";

export const siteUrl: string = (import.meta.env.SITE as string).replace(/\/+$/, "");

export const repositoryUrl: string = process.env.ATLAS_REPOSITORY_URL ?? "";

/** Absolute URL of a site path, for canonical links, feeds and structured data. */
export const absolute = siteUrls(siteUrl).absolute;
