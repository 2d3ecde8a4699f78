# BorderLens — thin wrappers; the real work lives in Go, deploy/neo4j and .ci/run.
SHELL := /bin/bash
GO ?= go
BIN := bin/borderlens
DATA_DIR ?= data
ADDR ?= 127.0.0.1:8080
NEO4J_BOLT_PORT ?= 7687
NEO4J_PASSWORD ?= borderlens-dev
NEO4J_DATA_DIR ?= $(CURDIR)/.cache/neo4j-data
export NEO4J_BOLT_PORT NEO4J_PASSWORD NEO4J_DATA_DIR

.PHONY: help build run demo serve test test-short test-go vet lint generate generate-check bench fuzz neo4j-start neo4j-stop clean ui ui-check test-ui test-e2e bench-ui graphiql

help: ## list targets
	@grep -E '^[a-z0-9-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  %-16s %s\n", $$1, $$2}'

build: ## build the server binary into bin/
	$(GO) build -o $(BIN) ./cmd/borderlens

demo: build ## generate the demo world and load it through the ingest path
	$(BIN) demo --data-dir $(DATA_DIR)

run: demo ## README command 1: demo world + server on the embedded store
	$(BIN) serve --data-dir $(DATA_DIR) --addr $(ADDR)

serve: build ## serve an existing data dir
	$(BIN) serve --data-dir $(DATA_DIR) --addr $(ADDR)

test: test-ui test-e2e ## README command 2: UI unit + browser tests, then start Neo4j, vet, generated-code check, race tests against real services
	@set -euo pipefail; \
	bash deploy/neo4j/neo4j.sh start; \
	trap 'bash deploy/neo4j/neo4j.sh stop' EXIT; \
	$(MAKE) --no-print-directory vet generate-check; \
	export NEO4J_URI=bolt://127.0.0.1:$(NEO4J_BOLT_PORT) NEO4J_USER=neo4j NEO4J_PASSWORD=$(NEO4J_PASSWORD); \
	$(GO) test -race -count=1 -timeout 45m $$($(GO) list ./... | grep -v '/cmd/borderlens$$'); \
	echo "== end-to-end package (real server, demo worlds)"; \
	$(GO) test -race -count=1 -timeout 45m ./cmd/borderlens; \
	echo "== serial pass: demo world into Neo4j"; \
	BORDERLENS_NEO4J_DEMO=1 $(GO) test -count=1 -timeout 15m -run 'TestDemoIntoNeo4j|TestGraphQLOnNeo4j' ./cmd/borderlens

ui: ## rebuild the web UI (web/ui-src -> web/ui, committed; needs Node 20+)
	cd web/ui-src && npm ci --no-audit --no-fund && npm test && npm run build

graphiql: ## rebuild GraphiQL (web/graphiql-src -> web/graphiql, committed; needs Node 20+)
	bash web/graphiql-src/build.sh

ui-check: ## fail when the committed web/ui was not built from web/ui-src (go test ./web checks it too)
	cd web/ui-src && node scripts/source-hash.mjs --check

test-ui: ## UI unit tests (vitest) and the committed-build check
	cd web/ui-src && npm ci --no-audit --no-fund && npm test && node scripts/source-hash.mjs --check

test-e2e: build ## browser tests: demo world, server on a free port, headless Chromium then Firefox ESR (artefacts in web/e2e/artifacts/<browser>)
	BIN=$(BIN) bash web/e2e/run.sh

BENCH_GLS ?= swiftshader llvmpipe
bench-ui: ## render benchmark at 1k/10k/50k nodes in headless Chromium, current vs pre-#9 renderer, per software GL (BENCH_SIZES, BENCH_GLS)
	cd web/e2e && { [ -d node_modules/playwright-core ] || npm ci --no-audit --no-fund; } && \
	for gl in $(BENCH_GLS); do BENCH_GL=$$gl node bench-render.mjs || exit 1; done

test-short: ## unit tests only, no external services
	$(GO) test -short ./...

vet: ## go vet and gofmt check
	$(GO) vet ./...
	@out=$$(gofmt -l $$(git ls-files '*.go' | grep -v '^resolvers/generated/' | grep -v '^resolvers/model/')); \
	  if [ -n "$$out" ]; then echo "gofmt needed:"; echo "$$out"; exit 1; fi

lint: vet ## vet + staticcheck when installed
	@command -v staticcheck >/dev/null && staticcheck ./... || true

generate: ## regenerate gqlgen code from schema.graphqls
	$(GO) generate ./...

generate-check: generate ## fail when generated code is stale
	@git diff --exit-code -- resolvers/generated resolvers/model || (echo "generated code is stale: run make generate"; exit 1)

bench: ## Go benchmarks + peer comparisons under bench/
	$(GO) test -run '^$$' -bench . -benchmem ./graph/embedded ./analytics/... ./ingest/...
	@for s in bench/*.sh; do [ -f "$$s" ] && bash "$$s"; done; true

fuzz: ## run every Fuzz target briefly
	@for pkg in $$($(GO) list ./...); do \
	  for f in $$($(GO) test -list '^Fuzz' $$pkg 2>/dev/null | grep '^Fuzz'); do \
	    echo "== $$pkg $$f"; $(GO) test -run '^$$' -fuzz "^$$f$$" -fuzztime $${FUZZTIME:-20s} $$pkg || exit 1; \
	  done; done

neo4j-start: ## start a local Neo4j 5 (built from Maven Central) on NEO4J_BOLT_PORT
	bash deploy/neo4j/neo4j.sh start

neo4j-stop: ## stop the local Neo4j
	bash deploy/neo4j/neo4j.sh stop

clean: ## remove build outputs and the demo data dir
	rm -rf bin $(DATA_DIR)
