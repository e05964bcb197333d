PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
HOST ?= 127.0.0.1
# Two workers: the machines and CI have two cores.
PYTEST_ARGS ?= -n 2 --durations=20
PORT ?= 8000
# Production settings as a deployment would give them, for `check --deploy`.
DEPLOY_ENV = DJANGO_SETTINGS_MODULE=site_project.settings.production ALLOWED_HOSTS=cndh.example \
	BASE_URL=https://cndh.example REDIS_URL=redis://127.0.0.1:6379/0 \
	DATABASE_URL=postgres://postgres@127.0.0.1:5432/site TASK_BACKEND=database \
	SECRET_KEY=$$($(PY) -c 'import secrets; print(secrets.token_urlsafe(50))')

.PHONY: run serve setup test lint format messages bench clean audit-online

$(VENV)/.installed: requirements.txt
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip setuptools
	$(PY) -m pip install --quiet -r requirements.txt
	touch $@

$(VENV)/.test-installed: $(VENV)/.installed requirements-test.txt
	$(PY) -m pip install --quiet -r requirements-test.txt
	touch $@

## make run: everything on a fresh machine, then serve http://$(HOST):$(PORT)
run: setup
	$(PY) manage.py runserver $(HOST):$(PORT)

## make serve: the production stack on this machine: gunicorn + a task worker (needs DATABASE_URL and REDIS_URL)
serve: $(VENV)/.installed
	PORT=$(PORT) $(PY) deploy/serve.py

setup: $(VENV)/.installed
	$(PY) manage.py compile_catalogues --verbosity 0
	$(PY) manage.py migrate --noinput
	$(PY) manage.py setup_site

## make test: house checks, then the whole pytest suite (PostgreSQL when DATABASE_URL is set)
test: $(VENV)/.test-installed
	$(PY) manage.py compile_catalogues --verbosity 0
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/lint-imports
	DJANGO_SETTINGS_MODULE=site_project.settings.test $(PY) manage.py check --fail-level WARNING
	$(DEPLOY_ENV) $(PY) manage.py check --deploy --fail-level WARNING
	DJANGO_SETTINGS_MODULE=site_project.settings.test $(PY) manage.py makemigrations --check --dry-run
	$(PY) scripts/check_catalogues.py
	$(PY) scripts/audit_dependencies.py
	$(PY) -m pytest $(PYTEST_ARGS)

lint: $(VENV)/.test-installed
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .

## make messages: refresh the catalogues after changing UI strings, then translate the empty msgstr
messages: $(VENV)/.test-installed
	$(PY) scripts/check_catalogues.py --update

## make audit-online: pip-audit against PyPI's live advisories (needs PyPI's JSON API; make test uses the snapshot)
audit-online: $(VENV)/.test-installed
	$(VENV)/bin/pip-audit --strict --progress-spinner off

clean:
	rm -rf $(VENV) db.sqlite3 media staticfiles test-artifacts .admin-credentials .serve-secret-key
