"""The web API as users run it: a real gunicorn server on a loopback port, answered over HTTP."""

import json
import urllib.error
import urllib.request
from pathlib import Path

import pytest

EXAMPLES = Path(__file__).resolve().parents[2] / "openfisca_ass" / "situation_examples"


def _request(base: str, path: str, payload=None, raw: bytes | None = None):
    data = raw if raw is not None else (json.dumps(payload).encode() if payload is not None else None)
    request = urllib.request.Request(base + path, data=data, headers={"Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, json.loads(response.read())
    except urllib.error.HTTPError as error:
        return error.code, json.loads(error.read() or b"null")


def test_calculate_situation_example(server):
    situation = json.loads((EXAMPLES / "personne_seule_ass.json").read_text())
    status, result = _request(server, "/calculate", situation)
    assert status == 200
    # 70 × 19.33 = 1 353.10 ; resources 10 800 ÷ 12 = 900 ; 1 353.10 − 900 = 453.10
    assert result["individus"]["claude"]["ass"]["2025-06"] == pytest.approx(453.10, abs=0.005)
    assert result["familles"]["famille_claude"]["ass_base_ressources"]["2025-06"] == pytest.approx(10800)


def test_trace_situation_example(server):
    situation = json.loads((EXAMPLES / "personne_seule_ass.json").read_text())
    status, result = _request(server, "/trace", situation)
    assert status == 200
    trace = result["trace"]
    assert trace["ass<2025-06>"]["value"] == [pytest.approx(453.10, abs=0.005)]
    assert "ass_plafond_ressources<2025-06>" in trace
    assert "ass.montant.taux_journalier<2025-06-01>" in trace["ass_montant_journalier<2025-06>"]["parameters"]


def test_variables_and_parameters_carry_labels_and_references(server):
    status, variable = _request(server, "/variable/ass")
    assert status == 200
    assert variable["description"] == "Montant mensuel de l'ASS versé pour le mois, en euros"
    assert any("legifrance.gouv.fr" in url for url in variable["references"])
    status, parameter = _request(server, "/parameter/ass.montant.taux_journalier")
    assert status == 200
    assert parameter["values"]["2025-04-01"] == pytest.approx(19.33)
    assert parameter["description"].startswith("Montant journalier")


BAD_REQUESTS = {
    "unknown variable": ({"individus": {"claude": {"pas_une_variable": {"2025-06": None}}}}, "pas_une_variable"),
    "wrong period size": ({"individus": {"claude": {"ass": {"2025": None}}}}, "ass"),
    "unknown enum value": (
        {"individus": {"claude": {"micro_entreprise_activite": {"2025-06": "boulangerie"}}}},
        "micro_entreprise_activite",
    ),
    "negative amount": ({"individus": {"claude": {"salaire_imposable": {"2025-06": -100}}}}, "salaire_imposable"),
    "malformed date": ({"individus": {"claude": {"ass_date_demande": {"ETERNITY": "2025-02-30"}}}}, "ass_date_demande"),
    "claim date after the calendar": (
        {"individus": {"claude": {"ass_date_demande_paiement": {"ETERNITY": "2101-01-01"}}}},
        "ass_date_demande_paiement",
    ),
    "period before the law's first value": (
        {"individus": {"claude": {"ass_montant_journalier": {"2010-06": None}}}},
        "2010-06-01",
    ),
    "text for a boolean": ({"individus": {"claude": {"demandeur_emploi": {"2025-06": "oui"}}}}, "demandeur_emploi"),
}


@pytest.mark.parametrize("case", sorted(BAD_REQUESTS))
def test_bad_request_is_a_400_naming_the_field(server, case):
    payload, field = BAD_REQUESTS[case]
    status, body = _request(server, "/calculate", payload)
    assert status == 400
    assert field in json.dumps(body)


def test_malformed_json_is_a_400(server):
    status, body = _request(server, "/calculate", raw=b"{not json")
    assert status == 400
    assert "JSON invalide" in body["error"]


# Values computed by hand (see tests/cli/test_simulate.py for the full arithmetic).
EXAMPLE_VALUES = {
    "couple_ass": [
        # (2 126.30 − 1 600) ÷ 30 = 17.543 33 a day: × 30 = 526.30 ; × 31 = 543.84
        (("individus", "dominique", "ass", "2025-04"), 526.30),
        (("individus", "dominique", "ass", "2025-05"), 543.84),
        # Camille's taxable pay, 1 600 a month over the 12 months before April 2025
        (("familles", "foyer", "ass_base_ressources", "2025-04"), 19200),
    ],
    "micro_entrepreneur_are": [
        # AJ 0.404 × 55.44 + 12.95 = 35.35 ; January 2024, 31 days: 31 × 35.35 = 1 095.85
        (("individus", "alex", "are", "2024-01"), 1095.85),
        (("individus", "alex", "are_jours_indemnisables", "2024-01"), 31),
    ],
    "are_depuis_salaires": [
        # 24 months × 2 000 € to 2025-06-30: SJR 48 000 / 731 = 65.66; AJ 0.404 × 65.66 + 13.18 = 39.71;
        # 7-day waiting period: 23 of 30 days in July: 23 × 39.71 = 913.33; August 30 × 39.71 = 1 191.30
        (("individus", "camille", "are", "2025-07"), 913.33),
        (("individus", "camille", "are", "2025-08"), 1191.30),
        # 731 × 0.75 = 548.25 → 549, capped at 548 days, all left in July;
        # December: 548 − 23 − 4 × 30 = 405 left
        (("individus", "camille", "are_jours_restants", "2025-07"), 548),
        (("individus", "camille", "are_jours_restants", "2025-12"), 405),
    ],
    "choix_arce": [
        # 60 % × 200 days × 40.00 = 4 800 ; first half 2 400 × 0.97 = 2 328
        (("individus", "avec_arce", "arce", "2024-01"), 2328),
        # ARE cumul, January without turnover: 31 × 40.00 = 1 240
        (("individus", "avec_cumul_are", "are", "2024-01"), 1240),
    ],
}


@pytest.mark.parametrize("example", sorted(EXAMPLE_VALUES))
def test_every_situation_example_on_calculate_and_trace(server, example):
    situation = json.loads((EXAMPLES / f"{example}.json").read_text())
    status, result = _request(server, "/calculate", situation)
    assert status == 200
    for (entity, name, variable, period), expected in EXAMPLE_VALUES[example]:
        assert result[entity][name][variable][period] == pytest.approx(expected, abs=0.005)
    status, trace = _request(server, "/trace", situation)
    assert status == 200
    assert trace["requestedCalculations"]


def test_axes_sweep(server):
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
    status, result = _request(server, "/calculate", situation)
    assert status == 200, result
    assert result["individus"]["claude"]["ass"]["2025-06"] == pytest.approx([579.90, 353.10, 0], abs=0.005)
