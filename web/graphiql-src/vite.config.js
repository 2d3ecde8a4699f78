import { defineConfig } from "vite";

// Builds into ../graphiql (web/graphiql), which the Go binary embeds and
// serves at /graphiql/. Relative asset paths; no inline scripts and no
// data: URLs (the server's CSP allows neither for scripts or fonts).
export default defineConfig({
  base: "./",
  build: {
    outDir: "../graphiql",
    emptyOutDir: true,
    assetsDir: "assets",
    assetsInlineLimit: 0,
    target: "es2022",
    sourcemap: false,
    modulePreload: { polyfill: false },
    chunkSizeWarningLimit: 3000,
    rollupOptions: {
      // React packages mark modules "use client"; that means nothing in a
      // client-only bundle.
      onwarn(warning, warn) {
        if (warning.code !== "MODULE_LEVEL_DIRECTIVE") warn(warning);
      },
    },
  },
  server: {
    proxy: { "/graphql": { target: process.env.BORDERLENS_URL || "http://127.0.0.1:8080", ws: true } },
  },
});
