# obsgen: make generate (build, then specs/ -> out/), make test (install what
# is missing, then every test and validation).

GO      ?= go
BIN     := bin/obsgen
PKGS    := ./...

.PHONY: all build install generate check lint test deps engines fmt vet tidy golint unit validate bench gobench fuzz clean

all: generate

build:
	$(GO) build -o $(BIN) ./cmd/obsgen

install:
	$(GO) install ./cmd/obsgen

## generate: build obsgen and write out/ from specs/
generate: build
	$(BIN) generate

## check: fail when out/ is not what specs/ generate
check: build
	$(BIN) check

## lint: diagnostics only
lint: build
	$(BIN) lint

## deps: install the real consumers the tests validate against
deps:
	./scripts/deps.sh

## engines: build (once, then cached) Thanos and VictoriaMetrics, which the
## topology tests and validation run
engines:
	./scripts/engines.sh >/dev/null

fmt:
	@unformatted=$$(gofmt -l $$(git ls-files '*.go' 2>/dev/null || find . -name '*.go')); \
	if [ -n "$$unformatted" ]; then echo "gofmt would change:"; echo "$$unformatted"; exit 1; fi

vet:
	$(GO) vet $(PKGS)

## golint: golangci-lint (staticcheck, errorlint, revive, errcheck, ...),
## pinned in tools/go.mod so its dependencies stay out of obsgen's go.mod
golint:
	$(GO) tool -modfile=tools/go.mod golangci-lint run ./...
	cd tools && $(GO) mod tidy -diff

## tidy: fail when go.mod or go.sum is not what go mod tidy makes
tidy:
	$(GO) mod tidy -diff

## unit: go test with the race detector and the real tools required (no
## skipping); the race detector slows the PromQL engine's packages (simulate,
## ruletest) past go test's default 10-minute limit on two cores
unit: engines
	PATH="$$(./scripts/engines.sh):$$PATH" OBSGEN_REQUIRE_TOOLS=1 $(GO) test -race -timeout 60m -count=1 $(PKGS)
	# The Jsonnet child's memory limit is off under the race detector, and
	# the real-world scenario replays take ten times as long under it: their
	# tests run once more without it.
	$(GO) test -count=1 -run 'TestRunawayPrograms' ./internal/specload/
	$(GO) test -count=1 -run 'TestEachScenarioOfTheRulesTeamsAdoptFiresItsAlert' ./internal/simulate/

## validate: check the committed out/ with the real consumers
validate: build
	promtool check rules out/*/prometheus/alerts.yaml $(wildcard out/*/prometheus/recording.yaml out/*/prometheus/slos.yaml out/*/vmalert/global.yaml)
	PATH="$$(./scripts/engines.sh):$$PATH" ./scripts/check-rulers.sh
	promtool check config out/*/prometheus/prometheus.yml
	shellcheck out/*/health/*.sh
	markdownlint --config .markdownlint.yaml README.md docs/*.md $$(find out -name '*.md')
	promtool test rules out/*/prometheus/tests/*.yaml
	amtool check-config out/alertmanager/alertmanager.yml
	$(BIN) check

## test: everything a change must pass
test: deps fmt vet tidy golint unit validate

## fuzz: every fuzz target for FUZZTIME each (default 60s; CI runs 5s)
fuzz:
	./scripts/fuzz.sh

## bench: whole-process time and memory at each size (the README's table)
bench:
	./scripts/bench.sh

## gobench: go test benchmarks of each stage
gobench:
	$(GO) test -run xxx -bench . -benchmem ./internal/pipeline/ ./generators/...

clean:
	rm -rf bin
