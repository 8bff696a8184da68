// The server bundle's entry point: exposes the manifest for `new App(manifest)`.
export function createExports(manifest) {
  return { manifest };
}
