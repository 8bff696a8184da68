/**
 * Two projects: `unit` runs without any build (npm run test:unit, a few
 * seconds); `build` compiles the fixture catalog's data package and site once
 * (test/build/setup.ts) and tests the package, the command line and the site
 * built from it. Browser tests have their own config (test/e2e).
 */
import { fileURLToPath } from "node:url";

import { defineConfig } from "vitest/config";

const src = (file: string) => fileURLToPath(new URL(`./src/${file}`, import.meta.url));

export default defineConfig({
  // The package's own names, as tsconfig.json maps them: tests import its sources.
  resolve: {
    alias: [
      { find: /^error-atlas\/internal\/node$/, replacement: src("internal-node.ts") },
      { find: /^error-atlas\/internal$/, replacement: src("internal.ts") },
      { find: /^error-atlas\/lookup$/, replacement: src("lookup.ts") },
      { find: /^error-atlas$/, replacement: src("index.ts") },
    ],
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["test/unit/**/*.test.ts"],
          setupFiles: ["test/helpers/cleanup.ts"],
          testTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: {
          name: "build",
          include: ["test/build/**/*.test.ts"],
          setupFiles: ["test/helpers/cleanup.ts"],
          globalSetup: ["test/build/setup.ts"],
          testTimeout: 180_000,
          hookTimeout: 300_000,
        },
      },
    ],
    coverage: {
      provider: "v8",
      include: ["src/**/*.ts", "site/src/data/**/*.ts", "site/build/**/*.ts"],
      exclude: ["src/types/**", "src/data/**"],
      reporter: ["text-summary", "json-summary"],
      // Today's level, rounded down: a change that drops it fails `npm run coverage`.
      thresholds: { lines: 85, functions: 84, branches: 75, statements: 83 },
    },
  },
});
