// Lint for the code (entries have their own validator): the recommended sets,
// plus a few rules that catch real mistakes — a promise nobody awaits (a
// failure that vanishes), a multi-line body without braces, imports in a
// stable order. `tsc --strict` checks the types.
import js from "@eslint/js";
import astro from "eslint-plugin-astro";
import simpleImportSort from "eslint-plugin-simple-import-sort";
import globals from "globals";
import tseslint from "typescript-eslint";

export default tseslint.config(
  {
    ignores: [
      "dist/",
      "site/dist/",
      "site/.astro/",
      "coverage/",
      "node_modules/",
      "src/types/schema.ts",
      "test/fixtures/",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    plugins: { "simple-import-sort": simpleImportSort },
    rules: {
      "simple-import-sort/imports": "error",
      "simple-import-sort/exports": "error",
      curly: ["error", "multi-line"],
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrors: "none" },
      ],
      // Non-null assertions mark facts the code has just established (an index inside bounds).
      "@typescript-eslint/no-non-null-assertion": "off",
      "no-control-regex": "off",
      eqeqeq: ["error", "always", { null: "ignore" }],
      "prefer-const": "error",
    },
  },
  {
    // The one type-aware rule: worth its cost, since an unawaited promise hides failures.
    files: ["**/*.ts"],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: { "@typescript-eslint/no-floating-promises": "error" },
  },
  {
    // Tests build deliberately malformed entries, which no type describes.
    files: ["test/**"],
    rules: { "@typescript-eslint/no-explicit-any": "off" },
  },
  {
    files: ["site/src/scripts/**", "site/src/**/*.astro"],
    languageOptions: { globals: { ...globals.browser } },
  },
);
