# The README names these targets; .ci/run calls `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1:8000

.PHONY: install run test lint format check clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

# Reinstall only when the dependencies change. The partner API's Python client (clients/python) is installed
# too: the suite tests it against a live server.
$(VENV)/.installed: pyproject.toml clients/python/pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	$(BIN)/python -m pip install --quiet -e clients/python
	touch $@

install: $(VENV)/.installed

# The task worker (captures: docs/capturing.md) and the recapture schedule run beside the server and stop with it.
run: install
	DEBUG=1 $(BIN)/python manage.py migrate --no-input
	DEBUG=1 $(BIN)/python manage.py load_demo
	DEBUG=1 $(BIN)/python manage.py db_worker --interval 1 & worker=$$!; \
	(while DEBUG=1 $(BIN)/python manage.py recapture_due > /dev/null; do sleep 600; done) & schedule=$$!; \
	trap 'kill $$worker $$schedule 2>/dev/null' EXIT INT TERM; \
	DEBUG=1 $(BIN)/python manage.py runserver $(HOST)

test: install
	$(BIN)/python -m pytest

# mypy's django-stubs plugin imports the settings, which refuse to load without DEBUG or a SECRET_KEY.
lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	DEBUG=1 $(BIN)/mypy claims provenance

format: install
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

check: install
	DEBUG=1 $(BIN)/python manage.py makemigrations --check --dry-run
	DEBUG=1 $(BIN)/python manage.py check

clean:
	rm -rf $(VENV) db.sqlite3 db.sqlite3-wal db.sqlite3-shm .pytest_cache .ruff_cache .mypy_cache
