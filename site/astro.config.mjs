// Astro config of the Error Atlas site. `npm run build:site` (scripts/build-site.ts) builds the
// pages into a server bundle with it and renders them itself; `npm run dev` serves them live.
// The package's code comes from the compiled data package (ATLAS_DATA_DIST, default dist/).
import path from "node:path";
import { fileURLToPath } from "node:url";

import { defineConfig, passthroughImageService } from "astro/config";

import renderer from "./renderer/adapter.mjs";

const here = path.dirname(fileURLToPath(import.meta.url));
const dataDist = path.resolve(process.env.ATLAS_DATA_DIST || path.join(here, "..", "dist"));

/**
 * Under `npm run dev`: the dev script touches ATLAS_DEV_RELOAD after each
 * data rebuild (an entry file changed), and open pages reload. The data
 * folder itself is swapped in whole, which file watchers lose track of.
 */
const reloadOnData = {
  name: "error-atlas:reload-on-data",
  configureServer(server) {
    const marker = process.env.ATLAS_DEV_RELOAD;
    if (!marker) return;
    server.watcher.add(marker);
    const reload = (file) => path.resolve(file) === path.resolve(marker) && server.ws.send({ type: "full-reload" });
    server.watcher.on("change", reload);
    server.watcher.on("add", reload);
  },
};

export default defineConfig({
  root: here,
  output: "server",
  adapter: renderer(),
  outDir: process.env.ATLAS_RENDERER_OUT || path.join(here, "node_modules/.renderer"),
  cacheDir: path.join(process.env.ATLAS_RENDERER_OUT || path.join(here, "node_modules/.renderer"), ".astro"),
  trailingSlash: "ignore",
  compressHTML: true,
  devToolbar: { enabled: false },
  // The site has no images to optimise; this keeps sharp out of the renderer.
  image: { service: passthroughImageService() },
  build: {
    // One shared stylesheet, cached once, instead of the same CSS inlined in every page.
    inlineStylesheets: "never",
  },
  server: { port: Number(process.env.PORT || 4321), host: "127.0.0.1" },
  vite: {
    plugins: [reloadOnData],
    resolve: {
      alias: [
        // The package's own compiled code: the site imports it, never a copy of its logic.
        { find: /^error-atlas\/internal\/node$/, replacement: path.join(dataDist, "internal-node.js") },
        { find: /^error-atlas\/internal$/, replacement: path.join(dataDist, "internal.js") },
      ],
    },
    build: { chunkSizeWarningLimit: 4096 },
  },
});
