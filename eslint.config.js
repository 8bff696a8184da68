// Lint for the code (entries have their own validator). Type-aware rules are
// left out on purpose: they double the run time for little here, and
// `tsc --strict` already checks types.
import js from "@eslint/js";
import astro from "eslint-plugin-astro";
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
    rules: {
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
    // Tests build deliberately malformed entries, which no type describes.
    files: ["test/**"],
    rules: { "@typescript-eslint/no-explicit-any": "off" },
  },
  {
    files: ["site/src/scripts/**", "site/src/**/*.astro"],
    languageOptions: { globals: { ...globals.browser } },
  },
);
