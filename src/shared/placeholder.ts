/**
 * The marker `npm run new` puts in every field a contributor must fill in.
 * Validation rejects any value that still contains it (EA018), so a
 * half-written entry never passes.
 */
export const PLACEHOLDER = "TODO(atlas)";

export const isPlaceholder = (value: unknown): boolean => typeof value === "string" && value.includes(PLACEHOLDER);

/** Paths of every placeholder value in parsed front matter. */
export function placeholderPaths(value: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (isPlaceholder(value)) return [path];
  if (Array.isArray(value)) return value.flatMap((item, i) => placeholderPaths(item, [...path, i]));
  if (value && typeof value === "object") {
    return Object.entries(value).flatMap(([key, item]) => placeholderPaths(item, [...path, key]));
  }
  return [];
}
