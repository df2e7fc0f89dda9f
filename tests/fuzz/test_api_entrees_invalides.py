"""Every class of invalid input gets a 400 whose message says what is wrong (wrapped web API, in-process).

Also the regressions the fuzzer found: each was a 500 before openfisca_ass.web_api handled it.
"""

import json

import pytest

from openfisca_ass.web_api import create_app


@pytest.fixture(scope="module")
def client():
    return create_app().test_client()


def _situation(**individu):
    individu.setdefault("ass", {"2025-06": None})
    return {"individus": {"claude": {"date_naissance": {"ETERNITY": "1975-03-14"}, **individu}}}


def _texte(reponse):
    return json.dumps(reponse.get_json(), ensure_ascii=False)


@pytest.mark.parametrize(
    ("situation", "attendus"),
    [
        # A negative amount.
        (_situation(salaire_imposable={"2025-05": -100}), ["salaire_imposable", "zero or more"]),
        # An unknown category.
        (
            _situation(micro_entreprise_activite={"2025-05": "boulangerie"}),
            ["boulangerie", "micro_entreprise_activite"],
        ),
        # A bad date.
        (
            {"individus": {"claude": {"date_naissance": {"ETERNITY": "1975-02-30"}, "ass": {"2025-06": None}}}},
            ["1975-02-30"],
        ),
        # A period of the wrong size: a monthly variable asked for a year, an input given for a day.
        (_situation(ass={"2025": None}), ["ass", "month"]),
        (
            {
                "individus": {
                    "a": {"activite_non_salariee_exercee": {"2025-01-01": False}, "ass": {"2025-01": None}},
                    "b": {"activite_non_salariee_exercee": {"2025-01-01": False}},
                }
            },
            ["Cannot subdivide day into month", "give a month YYYY-MM or longer"],
        ),
        # A period that is not one.
        (_situation(salaire_imposable={"mai 2025": 100}), ["mai 2025", "period"]),
        # An unknown variable.
        (_situation(salaire_imaginaire={"2025-05": 100}), ["salaire_imaginaire"]),
        # Text for a boolean and for a number.
        (_situation(demandeur_emploi={"2025-06": "oui"}), ["demandeur_emploi", "boolean"]),
        (_situation(salaire_imposable={"2025-05": "mille"}), ["salaire_imposable", "mille"]),
        # A person in a family that does not exist in the situation's roles.
        ({"individus": {"claude": {}}, "familles": {"f": {"parents": ["dominique"]}}}, ["dominique"]),
    ],
)
def test_entree_invalide_400_message_clair(client, situation, attendus):
    reponse = client.post("/calculate", json=situation)
    assert reponse.status_code == 400, reponse.data
    texte = _texte(reponse)
    for attendu in attendus:
        assert attendu in texte


def test_json_mal_forme(client):
    reponse = client.post("/calculate", data=b'{"individus": {', content_type="application/json")
    assert reponse.status_code == 400
    assert "Invalid JSON" in _texte(reponse)


@pytest.mark.parametrize(
    ("corps", "type_contenu", "attendu"),
    [
        # Regressions of the fuzzer: each of these was a 500.
        (b"", None, "Content-Type: application/json"),
        (b'{"individus": {}}', "text/plain", "Content-Type: application/json"),
        (b"[1, 2]", "application/json", "must be a JSON object, not list"),
        (b'"texte"', "application/json", "must be a JSON object, not str"),
        (b'{"familles": {}, "individus": {"": {}}}', "application/json", "Invalid key at 'individus/'"),
        (b'{"individus": {"a/b": {"ass": {"2025-06": null}}}}', "application/json", "Invalid key at 'individus/a/b'"),
    ],
)
def test_corps_invalides_400(client, corps, type_contenu, attendu):
    for route in ("/calculate", "/trace"):
        reponse = client.post(route, data=corps, content_type=type_contenu)
        assert reponse.status_code == 400, (route, reponse.data)
        assert attendu in _texte(reponse)


def test_balayage_axes(client):
    # Regression: core 46.0.1 answered 500 to any situation with axes.
    # 12-month window of the 2025-06 resources: 2024-06 to 2025-05; ceiling 70 × 19.33 = 1 353.10.
    # Point 0: no resources, ASS 30 × 19.33 = 579.90.
    # Point 1: 12 000 ÷ 12 = 1 000; (1 353.10 − 1 000) ÷ 30 = 11.77 a day; × 30 days = 353.10.
    # Point 2: 24 000 ÷ 12 = 2 000 > 1 353.10, no ASS.
    situation = {
        "individus": {
            "claude": {
                "date_naissance": {"ETERNITY": "1975-03-14"},
                "demandeur_emploi": {"2025-06": True},
                "ass_annees_activite_salariee": {"2025-06": 8},
                "ass": {"2025-06": None},
            }
        },
        "familles": {"famille_claude": {"parents": ["claude"]}},
        "axes": [[{"name": "pensions_alimentaires_percues", "count": 3, "min": 0, "max": 24000, "period": "2025-05"}]],
    }
    reponse = client.post("/calculate", json=situation)
    assert reponse.status_code == 200, reponse.data
    assert reponse.get_json()["individus"]["claude"]["ass"]["2025-06"] == pytest.approx([579.90, 353.10, 0], abs=0.005)
