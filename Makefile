# plantrack — the commands at a glance. Python 3.11+ is needed (and Node.js with npm for `make test`); `make` creates .venv.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
DEMO_DB ?=
AXE    := node_modules/.installed
## the hot parse modules compiled with mypyc (plain Python runs when it is missing or stale)
FAST   := build/fast/SOURCES.json
FAST_SOURCES := $(wildcard src/plantrack/parse/*.py src/plantrack/read/*.py) src/plantrack/model.py

.PHONY: demo test test-quick lint eval bench system-deps runtime-deps readers-deps screenshots clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -qq --upgrade pip
	$(BIN)/pip install -qq -e '.[dev]'
	touch $(STAMP)

$(FAST): $(STAMP) $(FAST_SOURCES)
	$(BIN)/python scripts/build_fast.py

## test-only npm packages (axe-core for the accessibility tests), pinned in package-lock.json
$(AXE): package.json package-lock.json
	@command -v npm >/dev/null || { echo "plantrack: npm is missing (Node.js 18+ runs the accessibility checks: apt-get install nodejs npm)" >&2; exit 1; }
	npm ci --no-audit --no-fund --ignore-scripts --loglevel=error
	touch $(AXE)

## system packages (fonts for Chinese PDFs/charts, poppler for PDF checks, Chromium for browser tests)
system-deps:
	@bash scripts/system-deps.sh

runtime-deps:
	@bash scripts/system-deps.sh runtime

## the optional readers (OCR of scans, Word 97 .doc): `make eval` and `make bench` measure them
readers-deps:
	@bash scripts/system-deps.sh readers

demo: $(STAMP) $(FAST) runtime-deps
	@bash scripts/demo.sh $(DEMO_DB)

test: $(STAMP) system-deps $(AXE)
	$(BIN)/python scripts/build_fast.py --strict
	$(BIN)/ruff check src tests
	$(BIN)/ruff format --check --quiet src tests
	$(BIN)/pytest -q -p no:cacheprovider -n 2

## the quick loop while working: no multi-process or browser tests, two workers
test-quick: $(STAMP) $(FAST)
	$(BIN)/pytest -q -p no:cacheprovider -m "not slow and not browser" -n 2

lint: $(STAMP)
	$(BIN)/ruff check src tests benchmarks evaluation
	$(BIN)/ruff format --check src tests

eval: $(STAMP) $(FAST) readers-deps
	$(BIN)/python scripts/run_modules.py evaluation eval_ $(ONLY)

bench: $(STAMP) $(FAST) readers-deps
	$(BIN)/python scripts/run_modules.py benchmarks bench_ $(ONLY)

## the web screenshots in docs/ (from the demo data, in Chromium)
screenshots: $(STAMP) system-deps
	$(BIN)/python scripts/make_screenshots.py

clean:
	rm -rf $(VENV) demo .pytest_cache build *.egg-info node_modules
