"""Net amounts through the web API (a real gunicorn server): values and the law in /trace."""

import pytest
from test_serveur import _request  # the server fixture is in tests/conftest.py

SITUATION = {
    "individus": {
        "a": {
            "are_salaire_journalier_reference": {"2025-06": 200},
            "are_jours_restants": {"2025-06": 300},
            "demandeur_emploi": {"2025-06": True},
            "are_date_fin_contrat": {"ETERNITY": "2025-01-31"},
            "rfr": {"2023": 30000},
            "nbptr": {"2023": 1},
            "are_net": {"2025-06": None},
            "are_imposable": {"2025-06": None},
            "taux_csg_remplacement": {"2025-06": None},
        }
    },
    "familles": {"f": {"parents": ["a"], "revenu_disponible": {"2025-06": None}}},
}


def test_calculate_net_and_taxable(server):
    status, result = _request(server, "/calculate", SITUATION)
    assert status == 200, result
    personne = result["individus"]["a"]
    # RFR 30 000 > 16 755 (2025 reduced-rate ceiling): full rate; 30 × (114 − 6 − 6.58 − 0.53)
    assert personne["taux_csg_remplacement"]["2025-06"] == "taux_plein"
    assert personne["are_net"]["2025-06"] == pytest.approx(3026.70, abs=0.005)
    # 3 420 − 180 − 30 × 4.03
    assert personne["are_imposable"]["2025-06"] == pytest.approx(3119.10, abs=0.005)
    assert result["familles"]["f"]["revenu_disponible"]["2025-06"] == pytest.approx(3026.70, abs=0.005)


def test_trace_shows_the_law(server):
    status, result = _request(server, "/trace", SITUATION)
    assert status == 200
    trace = result["trace"]
    lus = {nom: trace[nom]["parameters"] for nom in trace}
    smic = "marche_travail.smic_horaire_brut<2025-06-01>"
    taux = "prelevements_sociaux.csg_remplacement.taux_plein<2025-06-01>"
    plafond = "prelevements_sociaux.csg_remplacement.seuils_rfr.plafond_taux_reduit_premiere_part<2025-06-01>"
    assert smic in lus["csg_seuil_smic_journalier<2025-06>"]
    assert taux in lus["csg_remplacement_taux<2025-06>"]
    assert plafond in lus["taux_csg_remplacement<2025-06>"]
