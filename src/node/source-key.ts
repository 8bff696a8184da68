import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

import { packageRoot } from "./settings.js";

/**
 * The code tree this module was loaded from: src/ under tsx, dist/ in the
 * package; from the tools' bundle (elsewhere), the src/ it was built from.
 */
const here = fileURLToPath(new URL("../", import.meta.url));
const tree = ["src", "dist"].includes(path.basename(here)) ? here : path.join(packageRoot, "src");
const root = packageRoot;

let cached: string | undefined;

/**
 * A key for caches of validation results and rendered output: a hash of
 * every file of the code tree, the schemas and the lockfile. Keying by whole
 * folders, not by lists of the files a step imports, means no edit to the
 * tooling can leave a cache looking current; the price — an unrelated edit
 * also starts the caches afresh — is a few seconds once.
 */
export function sourceKey(): string {
  if (cached) return cached;
  const hash = createHash("sha256");
  // The generated data (dist/data) is output, not code.
  for (const folder of [tree, path.join(root, "schema")]) hashFolder(hash, folder, folder, path.join(tree, "data"));
  for (const file of ["package-lock.json", "package.json"]) {
    try {
      hash.update(file).update(readFileSync(path.join(root, file)));
    } catch {
      // A published package has no lockfile; its version in package.json stands for it.
    }
  }
  return (cached = hash.digest("base64url").slice(0, 20));
}

function hashFolder(hash: ReturnType<typeof createHash>, folder: string, base: string, skip?: string): void {
  let items;
  try {
    items = readdirSync(folder, { withFileTypes: true });
  } catch {
    return;
  }
  for (const item of items.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const full = path.join(folder, item.name);
    if (full === skip) continue;
    if (item.isDirectory()) hashFolder(hash, full, base, skip);
    else if (item.isFile()) hash.update(path.relative(base, full)).update("\0").update(readFileSync(full)).update("\0");
  }
}
