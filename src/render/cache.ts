import { readCacheFile, writeCacheFile } from "../node/cache-file.js";
import { digest } from "../node/digest.js";

/**
 * A content-addressed cache of rendered Markdown kept between builds
 * (rendering costs milliseconds per body; a rebuild should only pay for what
 * changed). Keys hash the input and a renderer version, so a change of the
 * renderer invalidates everything.
 */
export class RenderCache {
  private entries = new Map<string, string>();
  private used = new Set<string>();
  private dirty = false;

  constructor(
    private readonly file: string | undefined,
    private readonly version: string,
  ) {
    const stored = file
      ? readCacheFile<{ version: string; entries: Record<string, string> }>(file, version)
      : undefined;
    if (stored) this.entries = new Map(Object.entries(stored.entries));
  }

  /** The output for `input`, rendered by `render` only when not cached. */
  get(input: string, render: (input: string) => string): string {
    const key = digest("sha256", input, "base64url").slice(0, 22);
    this.used.add(key);
    let output = this.entries.get(key);
    if (output === undefined) {
      output = render(input);
      this.entries.set(key, output);
      this.dirty = true;
    }
    return output;
  }

  /** Writes the cache, keeping only what this build used. */
  save(): void {
    if (!this.file || (!this.dirty && this.used.size === this.entries.size)) return;
    const kept: Record<string, string> = {};
    for (const key of [...this.used].sort()) kept[key] = this.entries.get(key)!;
    writeCacheFile(this.file, { version: this.version, entries: kept });
  }
}
