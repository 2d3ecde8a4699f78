#!/usr/bin/env bash
# Builds the investigation UI into ../ui (web/ui), which the Go binary
# embeds with go:embed. Needs Node.js 20+ and npm; installs exactly the
# versions pinned in package-lock.json.
set -euo pipefail
cd "$(dirname "$0")"
npm ci --no-audit --no-fund
npm run build
