# The two commands of the README's quick start: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
# The explorer's browser assets, copied from npm packages (web/package-lock.json pins them):
# the pages load nothing from the internet.
VENDOR := eventwire/serve/static/vendor
VENDOR_STAMP := $(VENDOR)/.vendored

.PHONY: run test install vendor eval bench model clean

# Vendoring runs before the install (order-only: new assets need no new venv).
$(STAMP): pyproject.toml | $(VENDOR_STAMP)
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $(STAMP)

install: $(STAMP)

$(VENDOR_STAMP): web/package.json web/package-lock.json
	npm ci --prefix web --ignore-scripts --no-audit --no-fund --loglevel=error
	rm -rf $(VENDOR) && mkdir -p $(VENDOR)/swagger-ui
	cp web/node_modules/world-atlas/countries-110m.json web/node_modules/world-atlas/LICENSE $(VENDOR)/
	cp web/node_modules/swagger-ui-dist/swagger-ui-bundle.js web/node_modules/swagger-ui-dist/swagger-ui.css \
	   web/node_modules/swagger-ui-dist/LICENSE $(VENDOR)/swagger-ui/
	touch $@

vendor: $(VENDOR_STAMP)

# Ingest the sample corpus, print its summary, then browse it (Ctrl-C stops the server).
run: $(STAMP)
	$(BIN)/eventwire ingest examples/corpus.jsonl --db examples/output/events.duckdb --workers 2 --recode
	$(BIN)/python -m eventwire.summary --db examples/output/events.duckdb
	$(BIN)/eventwire serve --db examples/output/events.duckdb --host 127.0.0.1 --port 8000

test: $(STAMP)
	$(BIN)/python -m pytest -q

eval: $(STAMP)
	$(BIN)/eventwire eval

# Retrain the confidence model after changing rules or gold (a test fails while it is stale).
model: $(STAMP)
	$(BIN)/eventwire train-confidence

bench: $(STAMP)
	$(BIN)/python bench/benchmark.py

clean:
	rm -rf $(VENV) examples/output build *.egg-info web/node_modules $(VENDOR)
