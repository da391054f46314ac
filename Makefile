# Two commands for people: `make run` and `make test`. Both bootstrap .venv themselves.
SHELL  := /bin/bash
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
DEVSET ?= ../shared/devset

.PHONY: run test lint bench score score-verbose score-html clean

# setup.py compiles the engine's hot modules with mypyc: an edit to the engine builds them again
# (a build from older sources would shadow the edit), and a failed build leaves plain Python.
ENGINE_SRC := $(shell find src/briefterm/engine -name '*.py')

$(STAMP): pyproject.toml setup.py $(ENGINE_SRC)
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	@find src -name '*.so' -delete
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[test]'
	@# .pyc files, as a wheel install has them (an editable install does not, and with
	@# PYTHONDONTWRITEBYTECODE set every command would compile the package again)
	$(BIN)/python -m compileall -q src/briefterm
	@touch $(STAMP)

run: $(STAMP)
	$(BIN)/briefterm

lint: $(STAMP)
	$(BIN)/ruff check setup.py src tests benchmarks
	$(BIN)/mypy

test: lint
	$(BIN)/pytest

bench: $(STAMP)
	$(BIN)/python benchmarks/run.py

# The devset (Wikinews, tuned on once), devset-polnear (US political news: direct quotes and
# speakers only), minidev (our own articles, tuned on) and the held-out sets (our own articles,
# never to be tuned on: add new ones instead once looked at). Every line is printed even when
# one set is below its mark; the target fails if any is.
POLNEAR ?= ../shared/devset-polnear
ANALYZE := $(BIN)/briefterm analyze --no-brief --format json
SCORE   := $(BIN)/python $(DEVSET)/score.py
score: $(STAMP)
	@set -o pipefail; rc=0; \
	$(SCORE) --min-actor-f1 0.95 --min-quote-f1 0.95 --min-question-recall 1.0 \
		$(DEVSET)/docs $(DEVSET)/gold $(ANALYZE) | tail -1 || rc=1; \
	$(SCORE) --quotes-only --min-quote-f1 0.88 --label devset-polnear \
		$(POLNEAR)/docs $(POLNEAR)/gold $(ANALYZE) | tail -1 || rc=1; \
	$(SCORE) --label minidev tests/fixtures/minidev/docs tests/fixtures/minidev/gold $(ANALYZE) | tail -1 || rc=1; \
	$(SCORE) --label heldout tests/fixtures/heldout/docs tests/fixtures/heldout/gold $(ANALYZE) | tail -1 || rc=1; \
	$(SCORE) --min-actor-f1 0.90 --min-quote-f1 0.88 --label heldout2 \
		tests/fixtures/heldout2/docs tests/fixtures/heldout2/gold $(ANALYZE) | tail -1 || rc=1; \
	$(SCORE) --min-actor-f1 0.85 --min-quote-f1 0.88 --label heldout3 \
		tests/fixtures/heldout3/docs tests/fixtures/heldout3/gold $(ANALYZE) | tail -1 || rc=1; \
	$(SCORE) --min-actor-f1 0.90 --min-quote-f1 0.88 --label heldout4 \
		tests/fixtures/heldout4/docs tests/fixtures/heldout4/gold $(ANALYZE) | tail -1 || rc=1; \
	$(SCORE) --min-actor-f1 0.90 --min-quote-f1 0.88 --label heldout5 \
		tests/fixtures/heldout5/docs tests/fixtures/heldout5/gold $(ANALYZE) | tail -1 || rc=1; \
	$(SCORE) --min-actor-f1 0.90 --min-quote-f1 0.88 --label heldout6 \
		tests/fixtures/heldout6/docs tests/fixtures/heldout6/gold $(ANALYZE) | tail -1 || rc=1; \
	$(SCORE) --min-actor-f1 0.90 --min-quote-f1 0.88 --label heldout7 \
		tests/fixtures/heldout7/docs tests/fixtures/heldout7/gold $(ANALYZE) | tail -1 || rc=1; \
	$(SCORE) --min-actor-f1 0.90 --min-quote-f1 0.88 --label heldout8 \
		tests/fixtures/heldout8/docs tests/fixtures/heldout8/gold $(ANALYZE) | tail -1 || rc=1; \
	$(SCORE) --min-actor-f1 0.90 --min-quote-f1 0.88 --label heldout9 \
		tests/fixtures/heldout9/docs tests/fixtures/heldout9/gold $(ANALYZE) | tail -1 || rc=1; \
	$(SCORE) --min-actor-f1 0.90 --min-quote-f1 0.88 --label heldout10 \
		tests/fixtures/heldout10/docs tests/fixtures/heldout10/gold $(ANALYZE) | tail -1 || rc=1; \
	$(SCORE) --min-actor-f1 0.90 --min-quote-f1 0.88 --label heldout11 \
		tests/fixtures/heldout11/docs tests/fixtures/heldout11/gold $(ANALYZE) | tail -1 || rc=1; \
	$(SCORE) --min-actor-f1 0.90 --min-quote-f1 0.88 --label heldout12 \
		tests/fixtures/heldout12/docs tests/fixtures/heldout12/gold $(ANALYZE) | tail -1 || rc=1; \
	$(SCORE) --min-actor-f1 0.90 --min-quote-f1 0.88 --label heldout13 \
		tests/fixtures/heldout13/docs tests/fixtures/heldout13/gold $(ANALYZE) | tail -1 || rc=1; \
	$(SCORE) --min-actor-f1 0.90 --min-quote-f1 0.88 --label heldout14 \
		tests/fixtures/heldout14/docs tests/fixtures/heldout14/gold $(ANALYZE) | tail -1 || rc=1; \
	$(SCORE) --min-actor-f1 0.90 --min-quote-f1 0.88 --label heldout15 \
		tests/fixtures/heldout15/docs tests/fixtures/heldout15/gold $(ANALYZE) | tail -1 || rc=1; \
	$(SCORE) --min-actor-f1 0.90 --min-quote-f1 0.88 --label heldout16 \
		tests/fixtures/heldout16/docs tests/fixtures/heldout16/gold $(ANALYZE) | tail -1 || rc=1; \
	$(SCORE) --min-actor-f1 0.90 --min-quote-f1 0.88 --label heldout17 \
		tests/fixtures/heldout17/docs tests/fixtures/heldout17/gold $(ANALYZE) | tail -1 || rc=1; \
	$(SCORE) --min-actor-f1 0.90 --min-quote-f1 0.88 --label heldout18 \
		tests/fixtures/heldout18/docs tests/fixtures/heldout18/gold $(ANALYZE) | tail -1 || rc=1; \
	$(SCORE) --min-actor-f1 0.90 --min-quote-f1 0.88 --label heldout19 \
		tests/fixtures/heldout19/docs tests/fixtures/heldout19/gold $(ANALYZE) | tail -1 || rc=1; \
	$(SCORE) --min-actor-f1 0.90 --min-quote-f1 0.88 --label heldout20 \
		tests/fixtures/heldout20/docs tests/fixtures/heldout20/gold $(ANALYZE) | tail -1 || rc=1; \
	$(SCORE) --min-actor-f1 0.90 --min-quote-f1 0.88 --label heldout21 \
		tests/fixtures/heldout21/docs tests/fixtures/heldout21/gold $(ANALYZE) | tail -1 || rc=1; \
	$(SCORE) --min-actor-f1 0.90 --min-quote-f1 0.88 --label heldout22 \
		tests/fixtures/heldout22/docs tests/fixtures/heldout22/gold $(ANALYZE) | tail -1 || rc=1; \
	$(SCORE) --min-actor-f1 0.90 --min-quote-f1 0.88 --label heldout23 \
		tests/fixtures/heldout23/docs tests/fixtures/heldout23/gold $(ANALYZE) | tail -1 || rc=1; \
	$(SCORE) --min-actor-f1 0.90 --min-quote-f1 0.88 --label heldout24 \
		tests/fixtures/heldout24/docs tests/fixtures/heldout24/gold $(ANALYZE) | tail -1 || rc=1; \
	$(SCORE) --min-actor-f1 0.90 --min-quote-f1 0.88 --label heldout25 \
		tests/fixtures/heldout25/docs tests/fixtures/heldout25/gold $(ANALYZE) | tail -1 || rc=1; \
	$(SCORE) --min-actor-f1 0.90 --min-quote-f1 0.88 --label heldout26 \
		tests/fixtures/heldout26/docs tests/fixtures/heldout26/gold $(ANALYZE) | tail -1 || rc=1; \
	$(SCORE) --min-actor-f1 0.90 --min-quote-f1 0.88 --label heldout27 \
		tests/fixtures/heldout27/docs tests/fixtures/heldout27/gold $(ANALYZE) | tail -1 || rc=1; \
	$(SCORE) --min-actor-f1 0.90 --min-quote-f1 0.88 --label heldout28 \
		tests/fixtures/heldout28/docs tests/fixtures/heldout28/gold $(ANALYZE) | tail -1 || rc=1; \
	$(SCORE) --min-actor-f1 0.90 --min-quote-f1 0.88 --label heldout29 \
		tests/fixtures/heldout29/docs tests/fixtures/heldout29/gold $(ANALYZE) | tail -1 || rc=1; \
	$(SCORE) --min-actor-f1 0.90 --min-quote-f1 0.88 --label heldout30 \
		tests/fixtures/heldout30/docs tests/fixtures/heldout30/gold $(ANALYZE) | tail -1 || rc=1; \
	$(SCORE) --min-actor-f1 0.90 --min-quote-f1 0.88 --label heldout31 \
		tests/fixtures/heldout31/docs tests/fixtures/heldout31/gold $(ANALYZE) | tail -1 || rc=1; \
	$(SCORE) --min-actor-f1 0.90 --min-quote-f1 0.88 --label heldout32 \
		tests/fixtures/heldout32/docs tests/fixtures/heldout32/gold $(ANALYZE) | tail -1 || rc=1; \
	$(SCORE) --min-actor-f1 0.90 --min-quote-f1 0.88 --label heldout33 \
		tests/fixtures/heldout33/docs tests/fixtures/heldout33/gold $(ANALYZE) | tail -1 || rc=1; \
	$(SCORE) --min-actor-f1 0.90 --min-quote-f1 0.88 --label heldout34 \
		tests/fixtures/heldout34/docs tests/fixtures/heldout34/gold $(ANALYZE) | tail -1 || rc=1; \
	$(SCORE) --min-actor-f1 0.90 --min-quote-f1 0.88 --label heldout35 \
		tests/fixtures/heldout35/docs tests/fixtures/heldout35/gold $(ANALYZE) | tail -1 || rc=1; \
	$(SCORE) --min-actor-f1 0.90 --min-quote-f1 0.88 --label heldout36 \
		tests/fixtures/heldout36/docs tests/fixtures/heldout36/gold $(ANALYZE) | tail -1 || rc=1; \
	$(SCORE) --min-actor-f1 0.90 --min-quote-f1 0.88 --label heldout37 \
		tests/fixtures/heldout37/docs tests/fixtures/heldout37/gold $(ANALYZE) | tail -1 || rc=1; \
	$(SCORE) --min-actor-f1 0.90 --min-quote-f1 0.88 --label heldout38 \
		tests/fixtures/heldout38/docs tests/fixtures/heldout38/gold $(ANALYZE) | tail -1 || rc=1; \
	$(SCORE) --min-actor-f1 0.90 --min-quote-f1 0.88 --label heldout39 \
		tests/fixtures/heldout39/docs tests/fixtures/heldout39/gold $(ANALYZE) | tail -1 || rc=1; \
	$(SCORE) --min-actor-f1 0.90 --min-quote-f1 0.88 --label heldout40 \
		tests/fixtures/heldout40/docs tests/fixtures/heldout40/gold $(ANALYZE) | tail -1 || rc=1; \
	$(SCORE) --min-actor-f1 0.90 --min-quote-f1 0.88 --label heldout41 \
		tests/fixtures/heldout41/docs tests/fixtures/heldout41/gold $(ANALYZE) | tail -1 || rc=1; \
	$(SCORE) --min-actor-f1 0.90 --min-quote-f1 0.88 --label heldout42 \
		tests/fixtures/heldout42/docs tests/fixtures/heldout42/gold $(ANALYZE) | tail -1 || rc=1; \
	$(SCORE) --min-actor-f1 0.90 --min-quote-f1 0.88 --label heldout43 \
		tests/fixtures/heldout43/docs tests/fixtures/heldout43/gold $(ANALYZE) | tail -1 || rc=1; \
	$(SCORE) --min-actor-f1 0.90 --min-quote-f1 0.88 --label heldout44 \
		tests/fixtures/heldout44/docs tests/fixtures/heldout44/gold $(ANALYZE) | tail -1 || rc=1; \
	$(SCORE) --min-actor-f1 0.90 --min-quote-f1 0.88 --label heldout45 \
		tests/fixtures/heldout45/docs tests/fixtures/heldout45/gold $(ANALYZE) | tail -1 || rc=1; \
	$(SCORE) --min-actor-f1 0.90 --min-quote-f1 0.88 --label heldout46 \
		tests/fixtures/heldout46/docs tests/fixtures/heldout46/gold $(ANALYZE) | tail -1 || rc=1; \
	$(SCORE) --min-actor-f1 0.90 --min-quote-f1 0.88 --label heldout47 \
		tests/fixtures/heldout47/docs tests/fixtures/heldout47/gold $(ANALYZE) | tail -1 || rc=1; \
	$(SCORE) --min-actor-f1 0.90 --min-quote-f1 0.88 --label heldout48 \
		tests/fixtures/heldout48/docs tests/fixtures/heldout48/gold $(ANALYZE) | tail -1 || rc=1; \
	$(SCORE) --min-actor-f1 0.90 --min-quote-f1 0.88 --label heldout49 \
		tests/fixtures/heldout49/docs tests/fixtures/heldout49/gold $(ANALYZE) | tail -1 || rc=1; \
	$(SCORE) --min-actor-f1 0.90 --min-quote-f1 0.88 --label heldout50 \
		tests/fixtures/heldout50/docs tests/fixtures/heldout50/gold $(ANALYZE) | tail -1 || rc=1; \
	$(SCORE) --min-actor-f1 0.90 --min-quote-f1 0.88 --label heldout51 \
		tests/fixtures/heldout51/docs tests/fixtures/heldout51/gold $(ANALYZE) | tail -1 || rc=1; \
	$(SCORE) --min-actor-f1 0.90 --min-quote-f1 0.88 --label heldout52 \
		tests/fixtures/heldout52/docs tests/fixtures/heldout52/gold $(ANALYZE) | tail -1 || rc=1; \
	$(SCORE) --min-actor-f1 0.90 --min-quote-f1 0.88 --label heldout53 \
		tests/fixtures/heldout53/docs tests/fixtures/heldout53/gold $(ANALYZE) | tail -1 || rc=1; \
	$(SCORE) --min-actor-f1 0.90 --min-quote-f1 0.88 --label heldout54 \
		tests/fixtures/heldout54/docs tests/fixtures/heldout54/gold $(ANALYZE) | tail -1 || rc=1; \
	$(SCORE) --min-actor-f1 0.90 --min-quote-f1 0.88 --label heldout55 \
		tests/fixtures/heldout55/docs tests/fixtures/heldout55/gold $(ANALYZE) | tail -1 || rc=1; \
	$(SCORE) --min-actor-f1 0.90 --min-quote-f1 0.88 --label heldout56 \
		tests/fixtures/heldout56/docs tests/fixtures/heldout56/gold $(ANALYZE) | tail -1 || rc=1; \
	$(SCORE) --min-actor-f1 0.90 --min-quote-f1 0.88 --label heldout57 \
		tests/fixtures/heldout57/docs tests/fixtures/heldout57/gold $(ANALYZE) | tail -1 || rc=1; \
	$(SCORE) --min-actor-f1 0.90 --min-quote-f1 0.88 --label heldout58 \
		tests/fixtures/heldout58/docs tests/fixtures/heldout58/gold $(ANALYZE) | tail -1 || rc=1; \
	$(SCORE) --min-actor-f1 0.90 --min-quote-f1 0.88 --label heldout59 \
		tests/fixtures/heldout59/docs tests/fixtures/heldout59/gold $(ANALYZE) | tail -1 || rc=1; \
	$(SCORE) --min-actor-f1 0.90 --min-quote-f1 0.88 --label heldout60 \
		tests/fixtures/heldout60/docs tests/fixtures/heldout60/gold $(ANALYZE) | tail -1 || rc=1; \
	$(SCORE) --min-actor-f1 0.90 --min-quote-f1 0.88 --label heldout61 \
		tests/fixtures/heldout61/docs tests/fixtures/heldout61/gold $(ANALYZE) | tail -1 || rc=1; \
	$(SCORE) --min-actor-f1 0.90 --min-quote-f1 0.88 --label heldout62 \
		tests/fixtures/heldout62/docs tests/fixtures/heldout62/gold $(ANALYZE) | tail -1 || rc=1; \
	$(SCORE) --min-actor-f1 0.90 --min-quote-f1 0.88 --label heldout63 \
		tests/fixtures/heldout63/docs tests/fixtures/heldout63/gold $(ANALYZE) | tail -1 || rc=1; \
	$(SCORE) --min-actor-f1 0.90 --min-quote-f1 0.88 --label heldout64 \
		tests/fixtures/heldout64/docs tests/fixtures/heldout64/gold $(ANALYZE) | tail -1 || rc=1; \
	$(SCORE) --min-actor-f1 0.90 --min-quote-f1 0.88 --label heldout65 \
		tests/fixtures/heldout65/docs tests/fixtures/heldout65/gold $(ANALYZE) | tail -1 || rc=1; \
	$(SCORE) --min-actor-f1 0.90 --min-quote-f1 0.88 --label heldout66 \
		tests/fixtures/heldout66/docs tests/fixtures/heldout66/gold $(ANALYZE) | tail -1 || rc=1; \
	$(SCORE) --min-actor-f1 0.90 --min-quote-f1 0.88 --label heldout67 \
		tests/fixtures/heldout67/docs tests/fixtures/heldout67/gold $(ANALYZE) | tail -1 || rc=1; \
	$(SCORE) --min-actor-f1 0.90 --min-quote-f1 0.88 --label heldout68 \
		tests/fixtures/heldout68/docs tests/fixtures/heldout68/gold $(ANALYZE) | tail -1 || rc=1; \
	$(SCORE) --min-actor-f1 0.90 --min-quote-f1 0.88 --label heldout69 \
		tests/fixtures/heldout69/docs tests/fixtures/heldout69/gold $(ANALYZE) | tail -1 || rc=1; \
	$(SCORE) --min-actor-f1 0.90 --min-quote-f1 0.88 --label heldout70 \
		tests/fixtures/heldout70/docs tests/fixtures/heldout70/gold $(ANALYZE) | tail -1 || rc=1; \
	$(SCORE) --min-actor-f1 0.90 --min-quote-f1 0.88 --label heldout71 \
		tests/fixtures/heldout71/docs tests/fixtures/heldout71/gold $(ANALYZE) | tail -1 || rc=1; \
	$(SCORE) --min-actor-f1 0.90 --min-quote-f1 0.88 --label heldout72 \
		tests/fixtures/heldout72/docs tests/fixtures/heldout72/gold $(ANALYZE) | tail -1 || rc=1; \
	$(SCORE) --min-actor-f1 0.90 --min-quote-f1 0.88 --label heldout73 \
		tests/fixtures/heldout73/docs tests/fixtures/heldout73/gold $(ANALYZE) | tail -1 || rc=1; \
	$(SCORE) --min-actor-f1 0.90 --min-quote-f1 0.88 --label heldout74 \
		tests/fixtures/heldout74/docs tests/fixtures/heldout74/gold $(ANALYZE) | tail -1 || rc=1; \
	$(SCORE) --min-actor-f1 0.90 --min-quote-f1 0.88 --label heldout75 \
		tests/fixtures/heldout75/docs tests/fixtures/heldout75/gold $(ANALYZE) | tail -1 || rc=1; \
	$(SCORE) --min-actor-f1 0.90 --min-quote-f1 0.88 --label heldout76 \
		tests/fixtures/heldout76/docs tests/fixtures/heldout76/gold $(ANALYZE) | tail -1 || rc=1; \
	$(SCORE) --min-actor-f1 0.90 --min-quote-f1 0.88 --label heldout77 \
		tests/fixtures/heldout77/docs tests/fixtures/heldout77/gold $(ANALYZE) | tail -1 || rc=1; \
	$(SCORE) --min-actor-f1 0.90 --min-quote-f1 0.88 --label heldout78 \
		tests/fixtures/heldout78/docs tests/fixtures/heldout78/gold $(ANALYZE) | tail -1 || rc=1; \
	$(SCORE) --min-actor-f1 0.90 --min-quote-f1 0.88 --label heldout79 \
		tests/fixtures/heldout79/docs tests/fixtures/heldout79/gold $(ANALYZE) | tail -1 || rc=1; \
	$(SCORE) --min-actor-f1 0.90 --min-quote-f1 0.88 --label heldout80 \
		tests/fixtures/heldout80/docs tests/fixtures/heldout80/gold $(ANALYZE) | tail -1 || rc=1; \
	$(SCORE) --min-actor-f1 0.90 --min-quote-f1 0.88 --label heldout81 \
		tests/fixtures/heldout81/docs tests/fixtures/heldout81/gold $(ANALYZE) | tail -1 || rc=1; \
	$(SCORE) --min-actor-f1 0.90 --min-quote-f1 0.88 --label heldout82 \
		tests/fixtures/heldout82/docs tests/fixtures/heldout82/gold $(ANALYZE) | tail -1 || rc=1; \
	$(SCORE) --min-actor-f1 0.90 --min-quote-f1 0.88 --label heldout83 \
		tests/fixtures/heldout83/docs tests/fixtures/heldout83/gold $(ANALYZE) | tail -1 || rc=1; \
	$(SCORE) --min-actor-f1 0.90 --min-quote-f1 0.88 --label heldout84 \
		tests/fixtures/heldout84/docs tests/fixtures/heldout84/gold $(ANALYZE) | tail -1 || rc=1; \
	$(SCORE) --min-actor-f1 0.90 --min-quote-f1 0.88 --label heldout85 \
		tests/fixtures/heldout85/docs tests/fixtures/heldout85/gold $(ANALYZE) | tail -1 || rc=1; \
	$(SCORE) --min-actor-f1 0.90 --min-quote-f1 0.88 --label heldout86 \
		tests/fixtures/heldout86/docs tests/fixtures/heldout86/gold $(ANALYZE) | tail -1 || rc=1; \
	$(SCORE) --min-actor-f1 0.90 --min-quote-f1 0.88 --label heldout87 \
		tests/fixtures/heldout87/docs tests/fixtures/heldout87/gold $(ANALYZE) | tail -1 || rc=1; \
	$(SCORE) --min-actor-f1 0.90 --min-quote-f1 0.88 --label heldout88 \
		tests/fixtures/heldout88/docs tests/fixtures/heldout88/gold $(ANALYZE) | tail -1 || rc=1; \
	$(SCORE) --min-actor-f1 0.90 --min-quote-f1 0.88 --label heldout89 \
		tests/fixtures/heldout89/docs tests/fixtures/heldout89/gold $(ANALYZE) | tail -1 || rc=1; \
	$(SCORE) --min-actor-f1 0.90 --min-quote-f1 0.88 --label heldout90 \
		tests/fixtures/heldout90/docs tests/fixtures/heldout90/gold $(ANALYZE) | tail -1 || rc=1; \
	$(SCORE) --min-actor-f1 0.90 --min-quote-f1 0.88 --label heldout91 \
		tests/fixtures/heldout91/docs tests/fixtures/heldout91/gold $(ANALYZE) | tail -1 || rc=1; \
	$(SCORE) --min-actor-f1 0.90 --min-quote-f1 0.88 --label heldout92 \
		tests/fixtures/heldout92/docs tests/fixtures/heldout92/gold $(ANALYZE) | tail -1 || rc=1; \
	$(SCORE) --min-actor-f1 0.90 --min-quote-f1 0.88 --label heldout93 \
		tests/fixtures/heldout93/docs tests/fixtures/heldout93/gold $(ANALYZE) | tail -1 || rc=1; \
	$(SCORE) --min-actor-f1 0.90 --min-quote-f1 0.88 --label heldout94 \
		tests/fixtures/heldout94/docs tests/fixtures/heldout94/gold $(ANALYZE) | tail -1 || rc=1; \
	$(SCORE) --min-actor-f1 0.90 --min-quote-f1 0.88 --label heldout95 \
		tests/fixtures/heldout95/docs tests/fixtures/heldout95/gold $(ANALYZE) | tail -1 || rc=1; \
	$(SCORE) --min-actor-f1 0.90 --min-quote-f1 0.88 --label heldout96 \
		tests/fixtures/heldout96/docs tests/fixtures/heldout96/gold $(ANALYZE) | tail -1 || rc=1; \
	$(SCORE) --min-actor-f1 0.90 --min-quote-f1 0.88 --label heldout97 \
		tests/fixtures/heldout97/docs tests/fixtures/heldout97/gold $(ANALYZE) | tail -1 || rc=1; \
	$(SCORE) --min-actor-f1 0.90 --min-quote-f1 0.88 --label heldout98 \
		tests/fixtures/heldout98/docs tests/fixtures/heldout98/gold $(ANALYZE) | tail -1 || rc=1; \
	$(SCORE) --min-actor-f1 0.90 --min-quote-f1 0.88 --label heldout99 \
		tests/fixtures/heldout99/docs tests/fixtures/heldout99/gold $(ANALYZE) | tail -1 || rc=1; \
	$(SCORE) --min-actor-f1 0.90 --min-quote-f1 0.88 --label heldout100 \
		tests/fixtures/heldout100/docs tests/fixtures/heldout100/gold $(ANALYZE) | tail -1 || rc=1; \
	$(SCORE) --min-actor-f1 0.90 --min-quote-f1 0.88 --label heldout101 \
		tests/fixtures/heldout101/docs tests/fixtures/heldout101/gold $(ANALYZE) | tail -1 || rc=1; \
	$(SCORE) --min-actor-f1 0.90 --min-quote-f1 0.88 --label heldout102 \
		tests/fixtures/heldout102/docs tests/fixtures/heldout102/gold $(ANALYZE) | tail -1 || rc=1; \
	$(SCORE) --min-actor-f1 0.90 --min-quote-f1 0.88 --label heldout103 \
		tests/fixtures/heldout103/docs tests/fixtures/heldout103/gold $(ANALYZE) | tail -1 || rc=1; \
	$(SCORE) --min-actor-f1 0.90 --min-quote-f1 0.88 --label heldout104 \
		tests/fixtures/heldout104/docs tests/fixtures/heldout104/gold $(ANALYZE) | tail -1 || rc=1; \
	$(SCORE) --min-actor-f1 0.90 --min-quote-f1 0.88 --label heldout105 \
		tests/fixtures/heldout105/docs tests/fixtures/heldout105/gold $(ANALYZE) | tail -1 || rc=1; \
	$(SCORE) --min-actor-f1 0.90 --min-quote-f1 0.88 --label heldout106 \
		tests/fixtures/heldout106/docs tests/fixtures/heldout106/gold $(ANALYZE) | tail -1 || rc=1; \
	$(SCORE) --min-actor-f1 0.90 --min-quote-f1 0.88 --label heldout107 \
		tests/fixtures/heldout107/docs tests/fixtures/heldout107/gold $(ANALYZE) | tail -1 || rc=1; \
	$(SCORE) --min-actor-f1 0.90 --min-quote-f1 0.88 --label heldout108 \
		tests/fixtures/heldout108/docs tests/fixtures/heldout108/gold $(ANALYZE) | tail -1 || rc=1; \
	$(SCORE) --min-actor-f1 0.90 --min-quote-f1 0.88 --label heldout109 \
		tests/fixtures/heldout109/docs tests/fixtures/heldout109/gold $(ANALYZE) | tail -1 || rc=1; \
	$(SCORE) --min-actor-f1 0.90 --min-quote-f1 0.88 --label heldout110 \
		tests/fixtures/heldout110/docs tests/fixtures/heldout110/gold $(ANALYZE) | tail -1 || rc=1; \
	$(SCORE) --min-actor-f1 0.90 --min-quote-f1 0.88 --label heldout111 \
		tests/fixtures/heldout111/docs tests/fixtures/heldout111/gold $(ANALYZE) | tail -1 || rc=1; \
	$(SCORE) --min-actor-f1 0.90 --min-quote-f1 0.88 --label heldout112 \
		tests/fixtures/heldout112/docs tests/fixtures/heldout112/gold $(ANALYZE) | tail -1 || rc=1; \
	$(SCORE) --min-actor-f1 0.90 --min-quote-f1 0.88 --label heldout113 \
		tests/fixtures/heldout113/docs tests/fixtures/heldout113/gold $(ANALYZE) | tail -1 || rc=1; \
	$(SCORE) --min-actor-f1 0.90 --min-quote-f1 0.88 --label heldout114 \
		tests/fixtures/heldout114/docs tests/fixtures/heldout114/gold $(ANALYZE) | tail -1 || rc=1; \
	$(SCORE) --min-actor-f1 0.90 --min-quote-f1 0.88 --label heldout115 \
		tests/fixtures/heldout115/docs tests/fixtures/heldout115/gold $(ANALYZE) | tail -1 || rc=1; \
	$(SCORE) --min-actor-f1 0.90 --min-quote-f1 0.88 --label heldout116 \
		tests/fixtures/heldout116/docs tests/fixtures/heldout116/gold $(ANALYZE) | tail -1 || rc=1; \
	$(SCORE) --min-actor-f1 0.90 --min-quote-f1 0.88 --label heldout117 \
		tests/fixtures/heldout117/docs tests/fixtures/heldout117/gold $(ANALYZE) | tail -1 || rc=1; \
	$(SCORE) --min-actor-f1 0.90 --min-quote-f1 0.88 --label heldout118 \
		tests/fixtures/heldout118/docs tests/fixtures/heldout118/gold $(ANALYZE) | tail -1 || rc=1; \
	$(SCORE) --min-actor-f1 0.90 --min-quote-f1 0.88 --label heldout119 \
		tests/fixtures/heldout119/docs tests/fixtures/heldout119/gold $(ANALYZE) | tail -1 || rc=1; \
	$(SCORE) --min-actor-f1 0.90 --min-quote-f1 0.88 --label heldout120 \
		tests/fixtures/heldout120/docs tests/fixtures/heldout120/gold $(ANALYZE) | tail -1 || rc=1; \
	$(SCORE) --min-actor-f1 0.90 --min-quote-f1 0.88 --label heldout121 \
		tests/fixtures/heldout121/docs tests/fixtures/heldout121/gold $(ANALYZE) | tail -1 || rc=1; \
	$(SCORE) --min-actor-f1 0.90 --min-quote-f1 0.88 --label heldout122 \
		tests/fixtures/heldout122/docs tests/fixtures/heldout122/gold $(ANALYZE) | tail -1 || rc=1; \
	$(SCORE) --min-actor-f1 0.90 --min-quote-f1 0.88 --label heldout123 \
		tests/fixtures/heldout123/docs tests/fixtures/heldout123/gold $(ANALYZE) | tail -1 || rc=1; \
	$(SCORE) --min-actor-f1 0.90 --min-quote-f1 0.88 --label heldout124 \
		tests/fixtures/heldout124/docs tests/fixtures/heldout124/gold $(ANALYZE) | tail -1 || rc=1; \
	$(SCORE) --min-actor-f1 0.90 --min-quote-f1 0.88 --label heldout125 \
		tests/fixtures/heldout125/docs tests/fixtures/heldout125/gold $(ANALYZE) | tail -1 || rc=1; \
	$(SCORE) --min-actor-f1 0.90 --min-quote-f1 0.88 --label heldout126 \
		tests/fixtures/heldout126/docs tests/fixtures/heldout126/gold $(ANALYZE) | tail -1 || rc=1; \
	$(SCORE) --min-actor-f1 0.90 --min-quote-f1 0.88 --label heldout127 \
		tests/fixtures/heldout127/docs tests/fixtures/heldout127/gold $(ANALYZE) | tail -1 || rc=1; \
	$(SCORE) --min-actor-f1 0.90 --min-quote-f1 0.88 --label heldout128 \
		tests/fixtures/heldout128/docs tests/fixtures/heldout128/gold $(ANALYZE) | tail -1 || rc=1; \
	$(SCORE) --min-actor-f1 0.90 --min-quote-f1 0.88 --label heldout129 \
		tests/fixtures/heldout129/docs tests/fixtures/heldout129/gold $(ANALYZE) | tail -1 || rc=1; \
	$(SCORE) --min-actor-f1 0.90 --min-quote-f1 0.88 --label heldout130 \
		tests/fixtures/heldout130/docs tests/fixtures/heldout130/gold $(ANALYZE) | tail -1 || rc=1; \
	$(SCORE) --min-actor-f1 0.90 --min-quote-f1 0.88 --label heldout131 \
		tests/fixtures/heldout131/docs tests/fixtures/heldout131/gold $(ANALYZE) | tail -1 || rc=1; \
	$(SCORE) --min-actor-f1 0.90 --min-quote-f1 0.88 --label heldout132 \
		tests/fixtures/heldout132/docs tests/fixtures/heldout132/gold $(ANALYZE) | tail -1 || rc=1; \
	$(SCORE) --min-actor-f1 0.90 --min-quote-f1 0.88 --label heldout133 \
		tests/fixtures/heldout133/docs tests/fixtures/heldout133/gold $(ANALYZE) | tail -1 || rc=1; \
	exit $$rc

# The same, with every miss and every unexpected actor or quote (SET=devset|polnear|...).
score-verbose: $(STAMP)
	$(SCORE) -v $(DEVSET)/docs $(DEVSET)/gold $(ANALYZE)
	$(SCORE) -v --quotes-only --label devset-polnear $(POLNEAR)/docs $(POLNEAR)/gold $(ANALYZE)

# Web pages: our article extraction beside trafilatura's, same pages, same run (../shared/htmlset).
score-html: $(STAMP)
	$(BIN)/python benchmarks/score_html.py

clean:
	rm -rf $(VENV) build dist src/*.egg-info .pytest_cache .mypy_cache .ruff_cache
	find src -name '*.so' -delete
