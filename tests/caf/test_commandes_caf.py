"""``simulate --caf`` and ``sweep --caf`` against the real openfisca-france server, and its absence.

The situation example ``micro_entrepreneur_ass_caf``: a single ASS beneficiary renting in zone 2
starts a micro-enterprise (BIC services) in February 2025 with 1 000 € of turnover a month. The
prime d'activité amounts are those of ``test_prestations_caf`` (same incomes: the flat rate of the
housing aid equals the free housing's, 12 %).
"""

import json
import socket
from pathlib import Path

import pytest

EXEMPLE = str(
    Path(__file__).resolve().parents[2] / "openfisca_ass" / "situation_examples" / "micro_entrepreneur_ass_caf.json"
)


def test_simulate_caf_json(lancer, url_openfisca_france):
    code, sortie, _ = lancer(
        "simulate",
        EXEMPLE,
        "--caf",
        "--json",
        "--openfisca-france-url",
        url_openfisca_france,
        "--from",
        "2025-04",
        "--to",
        "2025-08",
    )
    assert code == 0
    lignes = {ligne["mois"]: ligne for ligne in json.loads(sortie)["lignes"]}
    # ASS: April 19.33 × 30 = 579.90; May is the 4th month of activity: no ASS (R5425-2)
    assert lignes["2025-04"]["ass"] == pytest.approx(579.90, abs=0.01)
    assert lignes["2025-05"]["ass"] == 0
    # prime d'activité: (0 + 0 + 299.25) / 3, then 299.25 (see test_prestations_caf)
    assert lignes["2025-06"]["ppa"] == pytest.approx(99.75, abs=0.01)
    assert lignes["2025-08"]["ppa"] == pytest.approx(299.25, abs=0.01)
    # a tenant: a housing aid, and the RSA's forfait logement is then min(aid, 77.5824)
    assert lignes["2025-08"]["aide_logement"] > 77.59
    assert lignes["2025-08"]["rsa"] == pytest.approx(68.94, abs=0.01)
    for ligne in lignes.values():
        total = ligne["revenu_avant_caf"] + ligne["rsa"] + ligne["ppa"] + ligne["aide_logement"]
        assert ligne["revenu_total"] == pytest.approx(total, abs=0.011)


def test_simulate_caf_text(lancer, url_openfisca_france):
    code, sortie, _ = lancer(
        "simulate",
        EXEMPLE,
        "--caf",
        "--openfisca-france-url",
        url_openfisca_france,
        "--from",
        "2025-08",
        "--to",
        "2025-08",
    )
    assert code == 0
    assert "Prime d'activité" in sortie and "Aide au logement" in sortie and "Revenu total" in sortie
    assert "299.25" in sortie


def test_sweep_caf_labels_the_cliffs(lancer, url_openfisca_france, tmp_path):
    graphique = tmp_path / "balayage.png"
    code, sortie, _ = lancer(
        "sweep", EXEMPLE, "--caf", "--json", "--openfisca-france-url", url_openfisca_france,
        "--period", "2025-08", "--months-before", "6", "--from", "0", "--to", "1000", "--step", "500",
        "--chart", graphique,
    )  # fmt: skip
    assert code == 0
    resultat = json.loads(sortie)
    points = {point["micro_entreprise_chiffre_affaires"]: point for point in resultat["points"]}
    # no turnover: the ASS goes on (31 days × 19.33 = 599.23), no prime d'activité
    assert points[0]["ass"] == pytest.approx(599.23, abs=0.01)
    assert points[0]["ppa"] == 0
    # 1 000 € every month from February: the ASS stopped at the 4th month; prime d'activité 299.25
    assert points[1000]["ass"] == 0
    assert points[1000]["ppa"] == pytest.approx(299.25, abs=0.01)
    libelles = {rupture["libelle"] for rupture in resultat["ruptures"]}
    assert "ASS s'arrête" in libelles
    assert "Prime d'activité commence" in libelles
    assert graphique.read_bytes().startswith(b"\x89PNG")


def test_unreachable_openfisca_france_one_line_and_no_zero(lancer):
    with socket.socket() as prise:
        prise.bind(("127.0.0.1", 0))
        port = prise.getsockname()[1]
    url = f"http://127.0.0.1:{port}"  # nothing listens there once the socket is closed
    code, sortie, erreur = lancer("simulate", EXEMPLE, "--caf", "--openfisca-france-url", url)
    assert code == 3
    assert sortie == ""  # no table: no benefit shown as zero
    lignes = erreur.strip().splitlines()
    assert len(lignes) == 1
    assert url in lignes[0]
    assert "make serve-france" in lignes[0]


def test_compare_caf_six_month_cumul(lancer, url_openfisca_france):
    code, sortie, _ = lancer(
        "compare", EXEMPLE, "--caf", "--json", "--reform", "ass_cumul_six_mois",
        "--openfisca-france-url", url_openfisca_france, "--from", "2025-07", "--to", "2025-07",
    )  # fmt: skip
    assert code == 0
    resultat = json.loads(sortie)
    (actuel,) = resultat["actuel"]
    (reforme,) = resultat["lignes"]
    # July 2025 is the 6th month of activity (February-July): the ASS stopped in May under the law,
    # it is still paid under the 6-month cumul: 19.33 × 31 = 599.23
    assert actuel["ass"] == 0
    assert reforme["ass"] == pytest.approx(599.23, abs=0.01)
    # with the ASS in the three months before, no prime d'activité under the reform
    assert actuel["ppa"] == pytest.approx(199.50, abs=0.01)
    assert reforme["ppa"] == 0


def test_csv_with_caf_is_refused_not_ignored(lancer):
    code, sortie, erreur = lancer("simulate", EXEMPLE, "--caf", "--csv")
    assert code == 2
    assert sortie == ""
    assert "--json" in erreur
