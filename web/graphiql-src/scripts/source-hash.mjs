// Writes ../graphiql/build-info.json with the SHA-256 of the sources the
// build came from: over "<path>\n<sha256 hex>\n" for index.html,
// package.json, package-lock.json, vite.config.js and every file under
// src/, sorted by path. web/graphiql_test.go recomputes it, so a stale
// committed build fails the Go tests.
import { createHash } from "node:crypto";
import { readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const files = ["index.html", "package.json", "package-lock.json", "vite.config.js"];
const walk = (dir) => {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) walk(p);
    else files.push(relative(root, p).split(sep).join("/"));
  }
};
walk(join(root, "src"));
files.sort();
const h = createHash("sha256");
for (const f of files) {
  const sum = createHash("sha256").update(readFileSync(join(root, f))).digest("hex");
  h.update(`${f}\n${sum}\n`);
}
const info = { sourceSha256: h.digest("hex") };
writeFileSync(join(root, "..", "graphiql", "build-info.json"), JSON.stringify(info, null, 2) + "\n");
console.log(`build-info.json: sources ${info.sourceSha256}`);
