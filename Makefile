# Two commands for people: `make run` and `make test`. Both bootstrap .venv themselves.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
DEVSET ?= ../shared/devset

.PHONY: run test lint bench score score-html clean

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[test]'
	@touch $(STAMP)

run: $(STAMP)
	$(BIN)/briefterm

lint: $(STAMP)
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/mypy

test: lint
	$(BIN)/pytest

bench: $(STAMP)
	$(BIN)/python benchmarks/run.py

# The devset (tuned on), minidev (our own articles, since tuned on too) and heldout
# (our own articles, never to be tuned on: add new ones instead once looked at).
score: $(STAMP)
	-$(BIN)/python $(DEVSET)/score.py -v --min-actor-f1 0.88 --min-quote-f1 0.85 --min-question-recall 1.0 \
		$(DEVSET)/docs $(DEVSET)/gold $(BIN)/briefterm analyze --no-brief --format json
	-$(BIN)/python $(DEVSET)/score.py --label minidev tests/fixtures/minidev/docs tests/fixtures/minidev/gold \
		$(BIN)/briefterm analyze --no-brief --format json
	$(BIN)/python $(DEVSET)/score.py --label heldout tests/fixtures/heldout/docs tests/fixtures/heldout/gold \
		$(BIN)/briefterm analyze --no-brief --format json

# Web pages: our article extraction beside trafilatura's, same pages, same run (../shared/htmlset).
score-html: $(STAMP)
	$(BIN)/python benchmarks/score_html.py

clean:
	rm -rf $(VENV) build dist src/*.egg-info .pytest_cache .mypy_cache .ruff_cache
