# Syrian–Russian relations briefing: every target documents itself (`make help`).
# Settings: SEEDS=<dir> (seeds folder), OUT=<dir> (output root), AS_OF=YYYY-MM-DD,
#           PARAMS='-p focus_issues=russian_bases,assad_extradition' (any notebook parameter).
.DEFAULT_GOAL := help
SHELL := /bin/bash

PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed-$(shell cat requirements.lock pyproject.toml | cksum | cut -d' ' -f1)

SEEDS ?=
OUT   ?=
AS_OF ?=
PARAMS ?=
BUILD_ARGS = $(if $(SEEDS),--seeds "$(SEEDS)") $(if $(OUT),--out "$(OUT)") $(if $(AS_OF),-p as_of=$(AS_OF)) $(PARAMS)

# What each step reads and writes, so that `make report` redoes only what a change requires:
# a seed, notebook, codebook or package change reruns the notebooks and the rendering; a change
# to the briefing's template reruns only the rendering; no change does nothing.
OUT_DIR   := $(if $(OUT),$(OUT),.)
SEEDS_DIR := $(if $(SEEDS),$(SEEDS),seeds)
EXECUTED  := $(OUT_DIR)/report/notebooks/05_briefing.ipynb
BRIEFING  := $(OUT_DIR)/report/briefing.pdf
ARGS_FILE := $(OUT_DIR)/report/.build-args
TEMPLATE  := $(wildcard src/srbrief/report/templates/briefing/*)
PIPELINE_INPUTS := $(wildcard $(SEEDS_DIR)/*) $(wildcard notebooks/*.ipynb) $(wildcard data/codebook/*.yaml) \
                   $(shell find src/srbrief -name '*.py' 2>/dev/null) requirements.lock

.PHONY: help setup report add test verify evaluate bench params clean distclean lock

help: ## List the targets (this text)
	@echo "Usage: make <target> [SEEDS=dir] [OUT=dir] [AS_OF=YYYY-MM-DD] [PARAMS='-p name=value']"
	@grep -E '^[a-zA-Z_-]+:.*## ' $(MAKEFILE_LIST) | awk 'BEGIN {FS = ":.*## "}; {printf "  %-10s %s\n", $$1, $$2}'

$(STAMP): requirements.lock pyproject.toml
	@echo "Setting up $(VENV) from requirements.lock (first run only; a few minutes)..."
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	@$(PY) -m pip install --quiet --disable-pip-version-check -r requirements.lock 2>&1 | grep -v "^WARNING: Location" || true
	@$(PY) -m pip install --quiet --disable-pip-version-check --no-deps -e . 2>&1 | grep -v "^WARNING: Location" || true
	@$(PY) -c "import srbrief, papermill, weasyprint, spacy, altair" || (echo "error: environment setup failed; see pip's output above" && exit 1)
	@rm -f $(VENV)/.installed-* && touch $@

setup: $(STAMP) ## Create the virtual environment from requirements.lock (done once, reused)

report: $(BRIEFING) ## Build the dataset and the briefing (report/briefing.html, report/briefing.pdf)

# The build arguments are an input too: the file is rewritten (made newer) only when they change.
ifneq ($(filter report,$(MAKECMDGOALS)),)
$(shell mkdir -p "$(OUT_DIR)/report" && (echo '$(BUILD_ARGS)' | cmp -s - "$(ARGS_FILE)" || echo '$(BUILD_ARGS)' > "$(ARGS_FILE)"))
endif

$(EXECUTED): $(STAMP) $(PIPELINE_INPUTS) $(ARGS_FILE)
	@$(PY) -m srbrief build --no-render $(BUILD_ARGS)
	@touch $@

$(BRIEFING): $(EXECUTED) $(TEMPLATE)
	@$(PY) -m srbrief render $(if $(OUT),--out "$(OUT)")

add: $(STAMP) ## Add an article: make add FILE=path [PUBLISHED=YYYY-MM-DD] [OUTLET=name] [AUTHOR=name] [GENRE=opinion] [SEEDS=dir]
	@test -n "$(FILE)" || (echo "error: make add needs FILE=path/to/article.txt" >&2 && exit 2)
	@$(PY) -m srbrief add "$(FILE)" $(if $(SEEDS),--seeds "$(SEEDS)") $(if $(PUBLISHED),--published "$(PUBLISHED)") $(if $(OUTLET),--outlet "$(OUTLET)") $(if $(AUTHOR),--author "$(AUTHOR)") $(if $(GENRE),--genre "$(GENRE)")

test: $(STAMP) ## Run every test: unit, end-to-end builds, notebooks (nbval); print the evaluation
	@$(PY) -m pytest tests
	@$(PY) -m pytest --nbval-lax notebooks -p no:xdist -o addopts="-ra -p no:cacheprovider"
	@$(PY) -m srbrief evaluate

verify: $(STAMP) ## Check provenance: seed checksums, spans, ids, committed data = a fresh build
	@$(PY) -m srbrief verify --fresh

evaluate: $(STAMP) ## Score the dataset against the hand-coded gold standard
	@$(PY) -m srbrief evaluate

bench: $(STAMP) ## Benchmark: cold build against its floor; extraction on 100, 1,000, 10,000 generated articles
	@$(PY) -m srbrief.tools.bench all $(if $(filter undefined,$(origin SIZES)),,--sizes "$(SIZES)") --out report/bench.md

params: $(STAMP) ## List the build parameters and the notebooks' run order
	@$(PY) -m srbrief params

clean: ## Remove build products (report/), keep the environment and the dataset
	@find report -mindepth 1 ! -name .gitkeep -exec rm -rf {} + 2>/dev/null || true
	@rm -rf .srbrief-build-* .pytest_cache

distclean: clean ## Also remove the virtual environment
	@rm -rf $(VENV)

lock: ## Re-pin requirements.lock from pyproject.toml in a scratch environment (needs the network)
	@rm -rf .lock-venv && $(PYTHON) -m venv .lock-venv
	@.lock-venv/bin/pip install --quiet --disable-pip-version-check ".[test,scale,notebook]" 2>&1 | grep -v "^WARNING: Location" || true
	@{ head -3 requirements.lock; .lock-venv/bin/pip freeze --exclude-editable | grep -v '^srbrief'; } > requirements.lock.new
	@mv requirements.lock.new requirements.lock && rm -rf .lock-venv && echo "requirements.lock updated"
