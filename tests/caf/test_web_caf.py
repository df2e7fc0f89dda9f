"""``POST /caf/calculate``: the package's web API asks the real openfisca-france server."""

import json
from pathlib import Path

import pytest

from openfisca_ass.caf.serveur import VARIABLE_URL
from openfisca_ass.web_api import create_app

EXEMPLES = Path(__file__).resolve().parents[2] / "openfisca_ass" / "situation_examples"
MOIS_2025 = [f"2025-{m:02d}" for m in range(1, 13)]


@pytest.fixture(scope="module")
def client():
    return create_app().test_client()


def test_caf_calculate(client, url_openfisca_france, monkeypatch):
    monkeypatch.setenv(VARIABLE_URL, url_openfisca_france)
    situation = json.loads((EXEMPLES / "micro_entrepreneur_ass_caf.json").read_text(encoding="utf-8"))
    reponse = client.post("/caf/calculate", json={"situation": situation, "mois": ["2025-08"]})
    assert reponse.status_code == 200
    (ligne,) = reponse.get_json()["lignes"]
    assert ligne["mois"] == "2025-08"
    # same household as test_commandes_caf: prime d'activité 299.25, RSA 68.94
    assert ligne["ppa"] == pytest.approx(299.25, abs=0.01)
    assert ligne["rsa"] == pytest.approx(68.94, abs=0.01)


@pytest.mark.parametrize(
    ("corps", "mot"),
    [
        ([], "Corps JSON"),
        ({"mois": ["2025-08"]}, "'situation'"),
        ({"situation": {"individus": {"a": {}}}, "mois": "2025-08"}, "'mois'"),
        ({"situation": {"individus": {"a": {}}}, "mois": ["2025-13"]}, "2025-13"),
        ({"situation": {"individus": {"a": {}}}, "mois": MOIS_2025 * 11}, "au plus"),
        ({"situation": {"individus": {"a": {"inconnue": {"2025-08": 1}}}}, "mois": ["2025-08"]}, "inconnue"),
    ],
)
def test_bad_body_is_400_naming_the_field(client, corps, mot):
    reponse = client.post("/caf/calculate", json=corps)
    assert reponse.status_code == 400
    assert mot in reponse.get_json()["error"]


def test_unreachable_openfisca_france_is_502_with_its_url(client, monkeypatch):
    monkeypatch.setenv(VARIABLE_URL, "http://127.0.0.1:9")  # discard port: nothing answers
    reponse = client.post("/caf/calculate", json={"situation": {"individus": {"a": {}}}, "mois": ["2025-08"]})
    assert reponse.status_code == 502
    assert "http://127.0.0.1:9" in reponse.get_json()["error"]
