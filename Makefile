# Two commands matter (see README): `make serve` and `make test`. Both create .venv and install.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: install serve demo test lint format clean

# One install at a time: two targets run at once on a fresh clone wait for each other (see the script).
$(STAMP): pyproject.toml setup.py
	$(PYTHON) outils/installer_venv.py $(VENV) pyproject.toml setup.py

install: $(STAMP)

## Serve the web API on http://127.0.0.1:5000 (try /spec, /variables, POST /calculate).
serve: $(STAMP)
	$(BIN)/gunicorn --bind 127.0.0.1:5000 --workers 2 --timeout 120 "openfisca_ass.web_api:create_app()"

## Print an ASS computation for the situation example (no server needed).
demo: $(STAMP)
	$(BIN)/python -m openfisca_ass.demo

## Every test: lint, the Python tests and every YAML test (each exactly once).
test: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/yamllint -c .yamllint parameters tests .yamllint
	$(BIN)/pytest -q

format: $(STAMP)
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

clean:
	rm -rf $(VENV) build *.egg-info
