/**
 * Browser tests (npm run test:e2e): the built site (site/dist/, or
 * ATLAS_SITE_OUT) served on localhost, driven in Debian's Chromium through
 * playwright-core. Run `npm run build` first.
 */
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/e2e/**/*.e2e.ts"],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // One browser, one server: the files share a 2-core machine.
    fileParallelism: false,
  },
});
