# Tknika Hub. `make run` and `make test` work from a fresh clone with Python 3.11+.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
MANAGE := $(BIN)/python manage.py
HOST ?= 127.0.0.1
PORT ?= 8000
TEST_ARGS ?=

.DEFAULT_GOAL := help
.PHONY: help install run serve bench screenshots seed backup restore test test-stack lint format check translations

help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk 'BEGIN {FS = ":.*## "} {printf "  %-14s %s\n", $$1, $$2}'

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(VENV)/.installed: requirements.txt requirements-dev.txt | $(BIN)/python
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -r requirements-dev.txt
	touch $@

install: $(VENV)/.installed ## Create .venv and install the pinned requirements

run: install ## Migrate, seed the demo if the database is empty, serve on http://127.0.0.1:8000
	$(MANAGE) migrate --no-input
	$(MANAGE) seed_demo --if-empty
	@echo ""
	@echo "Tknika Hub:  http://$(HOST):$(PORT)/   (eu: /eu/  es: /es/  en: /en/)"
	@echo "Admin:       http://$(HOST):$(PORT)/admin/"
	@echo "Logins (password: $${DEMO_PASSWORD:-tknika-demo}): admin, editor, moderator"
	@echo "Member portal: http://$(HOST):$(PORT)/en/members/   (company representative: rep-txirbil-mekanizazioak)"
	@echo ""
	$(MANAGE) runserver $(HOST):$(PORT)

serve: install ## Production settings on http://127.0.0.1:8080: nginx, gunicorn and the task worker
	deploy/serve

bench: install ## Requests a second of each page type, cached and not, against a static file (BENCH_SECONDS=3: quicker)
	$(BIN)/python deploy/bench.py $(if $(BENCH_SECONDS),--seconds $(BENCH_SECONDS))

screenshots: install ## Every page type in each language at 320-1366 px, from a running site (make run), into test-artifacts/screenshots/
	$(MANAGE) take_screenshots $(if $(BASE_URL),--base-url $(BASE_URL))

seed: install ## Create or refresh the demo content, users and groups
	$(MANAGE) migrate --no-input
	$(MANAGE) seed_demo

backup: install ## Archive the database and media to backups/ (ARCHIVE=path to choose the file)
	$(MANAGE) backup $(if $(ARCHIVE),--output "$(ARCHIVE)")

restore: install ## Restore ARCHIVE=backups/....tar.gz into an empty database and media folder
	@test -n "$(ARCHIVE)" || { echo "Usage: make restore ARCHIVE=backups/tknika-hub-....tar.gz"; exit 2; }
	$(MANAGE) restore "$(ARCHIVE)"

lint: install ## ruff (lint + format check) and djhtml on templates
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/djhtml --check templates

format: install ## Format Python and templates
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .
	$(BIN)/djhtml templates

check: install ## Django system checks and missing migrations
	$(MANAGE) check
	$(MANAGE) makemigrations --check --dry-run

translations: install ## Extract interface strings (needs GNU gettext) and compile the .mo files
	$(MANAGE) makemessages --locale eu --locale es --no-obsolete --ignore ".venv/*" --ignore "test-artifacts/*"
	$(MANAGE) compile_translations

test: install lint check ## Lint, checks and the whole test suite (browser tests included)
	$(BIN)/python -m pytest $(TEST_ARGS)

test-stack: install ## Start `make serve` on the demo and check it over HTTP through nginx
	$(BIN)/python -m pytest -m stack tests/stack $(TEST_ARGS)
