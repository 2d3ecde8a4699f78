import { defineConfig } from "vite";

// Builds into ../ui (web/ui), which the Go binary embeds; relative asset
// paths so the UI works under any prefix. No inline scripts (CSP).
export default defineConfig({
  base: "./",
  build: {
    outDir: "../ui",
    emptyOutDir: true,
    assetsDir: "assets",
    target: "es2022",
    sourcemap: false,
    modulePreload: { polyfill: false },
    chunkSizeWarningLimit: 800,
    reportCompressedSize: true,
  },
  worker: { format: "es" },
  server: {
    proxy: { "/graphql": { target: process.env.BORDERLENS_URL || "http://127.0.0.1:8080", ws: true } },
  },
  test: {
    environment: "node",
    include: ["test/**/*.test.js"],
  },
});
