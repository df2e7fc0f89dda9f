"""A real openfisca-france web API for the CAF tests, started once per test session.

It runs from the environment that ``make france`` creates (``.venv-france``), listens on a free
loopback port and is stopped at the end of the session. openfisca-france takes 15 to 30 s to
load on a quiet machine; the start is measured and printed (``pytest -s``).
"""

import time

import pytest

from openfisca_ass.caf import serveur


@pytest.fixture(scope="session")
def url_openfisca_france():
    local = serveur.ServeurLocal(serveur.ENVIRONNEMENT_PAR_DEFAUT)
    debut = time.monotonic()
    url = local.demarrer()
    print(f"\nopenfisca-france started in {time.monotonic() - debut:.1f} s at {url}")
    yield url
    local.arreter()
