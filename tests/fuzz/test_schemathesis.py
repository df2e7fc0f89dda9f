"""Fuzzing the web API from its own OpenAPI description (/spec): no request gets a 5xx, none runs away.

schemathesis draws requests from the schema of every route (situations of every shape for
/calculate and /trace, odd ids for /variable/{id} and /parameter/{id}) and sends them to the real
gunicorn server of tests/conftest.py. Bounded: a fixed number of examples per route, derandomised
so that CI sees the same requests at every run (about 40 s, most of it drawing the examples). The
hostile requests written by hand are in tests/web_api/test_requetes_hostiles.py.
"""

import os

import schemathesis
from hypothesis import HealthCheck, settings

from openfisca_ass.web_api import create_app

# A guard against a request that runs away, not a speed test (benchmarks/latence_api.py measures).
REPONSE_SECONDES = 20

# A longer run: FUZZ_EXEMPLES=1000 FUZZ_ALEATOIRE=1 .venv/bin/pytest tests/fuzz
REGLAGES = settings(
    max_examples=int(os.environ.get("FUZZ_EXEMPLES", "40")),
    deadline=None,
    derandomize=not os.environ.get("FUZZ_ALEATOIRE"),
    database=None,
    suppress_health_check=list(HealthCheck),
)

# The schema is read from the application in-process (the same /spec); the requests go to the server.
schema = schemathesis.openapi.from_wsgi("/spec", create_app())


@schema.parametrize()
@REGLAGES
def test_aucune_erreur_serveur(case, server):
    response = case.call(base_url=server, timeout=REPONSE_SECONDES)
    assert response.status_code < 500, f"{case.method} {case.formatted_path}: {response.status_code} {response.text}"
    assert "NaN" not in response.text and "Infinity" not in response.text
