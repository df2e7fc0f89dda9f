"""Fuzzing the web API from its own OpenAPI description (/spec): no request gets a 500.

schemathesis draws requests from the schema of every route (situations of every shape for
/calculate and /trace, odd ids for /variable/{id} and /parameter/{id}) and sends them to the wrapped
application in-process (WSGI). Bounded: a fixed number of examples per route, derandomised so
that CI sees the same requests at every run (about 15 s).
"""

import os

import schemathesis
from hypothesis import HealthCheck, settings

from openfisca_ass.web_api import create_app

schema = schemathesis.openapi.from_wsgi("/spec", create_app())

# A longer run: FUZZ_EXEMPLES=1000 FUZZ_ALEATOIRE=1 .venv/bin/pytest tests/fuzz
REGLAGES = settings(
    max_examples=int(os.environ.get("FUZZ_EXEMPLES", "40")),
    deadline=None,
    derandomize=not os.environ.get("FUZZ_ALEATOIRE"),
    database=None,
    suppress_health_check=list(HealthCheck),
)


@schema.parametrize()
@REGLAGES
def test_aucune_erreur_serveur(case):
    response = case.call()
    assert response.status_code < 500, f"{case.method} {case.formatted_path}: {response.status_code} {response.text}"
