/**
 * The site's own Astro adapter. The build does not let Astro write pages:
 * it builds the pages into a server bundle once (cached while the templates
 * are unchanged), then renders exactly the pages whose data changed through
 * Astro's `App`, in worker threads. This adapter only hands the build that
 * bundle's manifest.
 */
export default function renderer() {
  return {
    name: "error-atlas-renderer",
    hooks: {
      "astro:config:done": ({ setAdapter }) => {
        setAdapter({
          name: "error-atlas-renderer",
          serverEntrypoint: new URL("./server.mjs", import.meta.url).pathname,
          exports: ["manifest"],
          supportedAstroFeatures: { serverOutput: "stable", staticOutput: "stable", hybridOutput: "stable" },
        });
      },
    },
  };
}
