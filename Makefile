# Two commands matter (see README): `make serve` and `make test`. Both create .venv and install.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: install serve demo test lint format clean france serve-france

# openfisca-france (RSA, prime d'activité, housing aid) needs openfisca-core < 45: its own environment.
FRANCE_VENV := .venv-france
FRANCE_STAMP := $(FRANCE_VENV)/.installed
OPENFISCA_FRANCE := openfisca-france==176.1.8
FRANCE_PORT ?= 5001

# One install at a time: two targets run at once on a fresh clone wait for each other (see the script).
$(STAMP): pyproject.toml setup.py
	$(PYTHON) outils/installer_venv.py $(VENV) pyproject.toml setup.py

install: $(STAMP)

$(FRANCE_STAMP): Makefile
	$(PYTHON) outils/installer_france.py $(FRANCE_VENV) '$(OPENFISCA_FRANCE)'

## Create .venv-france: openfisca-france and its web API, for `--caf` (about 2 minutes).
france: $(FRANCE_STAMP)

## Serve openfisca-france on http://127.0.0.1:$(FRANCE_PORT) (then: export OPENFISCA_FRANCE_URL=http://127.0.0.1:$(FRANCE_PORT)).
serve-france: $(FRANCE_STAMP)
	$(FRANCE_VENV)/bin/openfisca serve --country-package openfisca_france --bind 127.0.0.1:$(FRANCE_PORT) --workers 1

## Serve the web API on http://127.0.0.1:5000 (try /spec, /variables, POST /calculate).
serve: $(STAMP)
	$(BIN)/gunicorn --bind 127.0.0.1:5000 --workers 2 --timeout 120 "openfisca_ass.web_api:create_app()"

## Print an ASS computation for the situation example (no server needed).
demo: $(STAMP)
	$(BIN)/python -m openfisca_ass.demo

## Every test: lint, the Python tests and every YAML test (each exactly once); the CAF tests start openfisca-france.
test: $(STAMP) $(FRANCE_STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/yamllint -c .yamllint parameters tests .yamllint
	$(BIN)/pytest -q

format: $(STAMP)
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

clean:
	rm -rf $(VENV) $(FRANCE_VENV) build *.egg-info
