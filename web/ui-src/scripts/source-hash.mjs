#!/usr/bin/env node
// Records (--write) or checks (--check) the hash of the UI sources that
// the committed build in ../ui (web/ui) was made from. web/ui_test.go
// computes the same hash, so `go test ./web` fails when someone edits
// the sources without rebuilding (make ui).
//
// Hash: SHA-256 over "<path>\n<sha256 of the file, hex>\n" for every
// input file, paths relative to web/ui-src with "/" separators, sorted
// bytewise. Inputs: index.html, package.json, package-lock.json,
// vite.config.js and everything under src/ and public/.
import { createHash } from "node:crypto";
import { readFileSync, readdirSync, writeFileSync, statSync } from "node:fs";
import { dirname, join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const out = join(root, "..", "ui", "build-info.json");
const TOP = ["index.html", "package.json", "package-lock.json", "vite.config.js"];
const DIRS = ["src", "public"];

function walk(dir, acc) {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) walk(p, acc);
    else acc.push(relative(root, p).split(sep).join("/"));
  }
  return acc;
}

export function sourceHash() {
  const files = [...TOP, ...DIRS.flatMap((d) => walk(join(root, d), []))];
  files.sort((a, b) => (Buffer.from(a) < Buffer.from(b) ? -1 : Buffer.from(a) > Buffer.from(b) ? 1 : 0));
  const h = createHash("sha256");
  for (const f of files) h.update(`${f}\n${createHash("sha256").update(readFileSync(join(root, f))).digest("hex")}\n`);
  return { hash: h.digest("hex"), files: files.length };
}

const mode = process.argv[2] || "--check";
const { hash, files } = sourceHash();
if (mode === "--write") {
  writeFileSync(out, JSON.stringify({ sourceSha256: hash, sourceFiles: files }, null, 2) + "\n");
  console.log(`build-info.json: sources ${hash.slice(0, 12)}… (${files} files)`);
} else {
  let recorded = null;
  try { recorded = JSON.parse(readFileSync(out, "utf8")).sourceSha256; } catch { /* missing */ }
  if (recorded !== hash) {
    console.error(`web/ui is stale: built from ${recorded || "unknown sources"}, sources are ${hash}; run make ui`);
    process.exit(1);
  }
  console.log("web/ui matches web/ui-src");
}
