#!/usr/bin/env bash
# Builds GraphiQL into ../graphiql (web/graphiql), which the Go binary
# embeds and serves at /graphiql/. Needs Node.js 20+ and npm; installs
# exactly the versions pinned in package-lock.json. Commit the output.
set -euo pipefail
cd "$(dirname "$0")"
npm ci --no-audit --no-fund
npm run build
