"""Patch 3: a variable that has a formula, given for some persons only — the others are computed.

The same situations through every way in: the Python API (SimulationBuilder), the command line,
the population runner and the web API (a real gunicorn server). The YAML path is
tests/correctifs_core/entrees_partielles.yaml.

ARE days (2025: months of 30 days paid, from 2025-04-01): sam is given 40 days left at the start of
May and is registered in May: 30 days paid, 40 − 30 = 10 left at the start of June (computed by
the formula, nothing given for sam in June). alex is given 10 days for June only and is registered
in June: 10 paid, 0 left in July. Nothing is given for alex in May: no right, 0.
"""

import csv
import json
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request

import numpy
import pytest
from openfisca_core.simulation_builder import SimulationBuilder

from openfisca_ass.cli import main
from openfisca_ass.correctifs_core.entrees_partielles import definir_entree_partielle
from openfisca_ass.population import construire_simulation

SITUATION_ARE = {
    "individus": {
        "alex": {"demandeur_emploi": {"2025-06": True}, "are_jours_restants": {"2025-06": 10}},
        "sam": {"demandeur_emploi": {"2025-05": True}, "are_jours_restants": {"2025-05": 40}},
    },
    "familles": {"foyer": {"parents": ["alex", "sam"]}},
}
# alex (May: computed 0, June: given 10, July: 10 − 10 = 0); sam (May: given 40, June: 40 − 30 = 10,
# July: not registered in June, nothing paid, 10).
JOURS_RESTANTS = {"2025-05": [0, 40], "2025-06": [10, 10], "2025-07": [0, 10]}

# The claimant's notification gives the claimant's prior-activity condition; the spouse's comes
# from the formula (5 years of salaried activity of the 5 required: true; 4: false).
SITUATION_ASS = {
    "individus": {
        "claude": {"ass_precondition_remplie": {"2025-06": True}},
        "camille": {"ass_annees_activite_salariee": {"2025-06": 5}},
        "dominique": {"ass_annees_activite_salariee": {"2025-06": 4}},
    },
    "familles": {"f1": {"parents": ["claude", "camille"]}, "f2": {"parents": ["dominique"]}},
}


def test_api_python_jours_are(tax_benefit_system):
    simulation = SimulationBuilder().build_from_entities(tax_benefit_system, SITUATION_ARE)
    for mois, attendu in JOURS_RESTANTS.items():
        assert simulation.calculate("are_jours_restants", mois).tolist() == attendu, mois


def test_api_python_jours_are_dans_le_desordre(tax_benefit_system):
    simulation = SimulationBuilder().build_from_entities(tax_benefit_system, SITUATION_ARE)
    for mois in ("2025-07", "2025-05", "2025-06"):
        assert simulation.calculate("are_jours_restants", mois).tolist() == JOURS_RESTANTS[mois], mois


def test_api_python_precondition_ass(tax_benefit_system):
    simulation = SimulationBuilder().build_from_entities(tax_benefit_system, SITUATION_ASS)
    assert simulation.calculate("ass_precondition_remplie", "2025-06").tolist() == [True, True, False]


def test_entree_partielle_sur_plusieurs_mois_repartie(tax_benefit_system):
    # Given for claude on a quarter (a state: the same value each month), computed for camille.
    situation = {
        "individus": {
            "claude": {"ass_precondition_remplie": {"month:2025-04:3": True}},
            "camille": {"ass_annees_activite_salariee": {"month:2025-04:3": 3}},
        }
    }
    simulation = SimulationBuilder().build_from_entities(tax_benefit_system, situation)
    for mois in ("2025-04", "2025-05", "2025-06"):
        assert simulation.calculate("ass_precondition_remplie", mois).tolist() == [True, False]


def test_variable_de_famille_donnee_pour_une_famille(tax_benefit_system):
    # ass_base_ressources given for f1 only; f2's is computed from its alimony (900 × 12 = 10 800).
    situation = {
        "individus": {"a": {}, "b": {"pensions_alimentaires_percues": {"month:2024-06:12": 10800}}},
        "familles": {"f1": {"parents": ["a"], "ass_base_ressources": {"2025-06": 6000}}, "f2": {"parents": ["b"]}},
    }
    simulation = SimulationBuilder().build_from_entities(tax_benefit_system, situation)
    assert simulation.calculate("ass_base_ressources", "2025-06").tolist() == [6000, 10800]


def test_axes_ne_remplacent_que_les_positions_balayees(tax_benefit_system):
    # ass_base_ressources swept for f1 (index 0); f2's comes from its formula (900 × 12 = 10 800 of
    # alimony), not from the default 0.
    situation = {
        "individus": {"a": {}, "b": {"pensions_alimentaires_percues": {"month:2024-06:12": 10800}}},
        "familles": {"f1": {"parents": ["a"]}, "f2": {"parents": ["b"]}},
        "axes": [[{"name": "ass_base_ressources", "count": 2, "min": 1000, "max": 2000, "period": "2025-06"}]],
    }
    simulation = SimulationBuilder().build_from_entities(tax_benefit_system, situation)
    # Copies: f1 (1 000), f2, f1 (2 000), f2.
    assert simulation.calculate("ass_base_ressources", "2025-06").tolist() == [1000, 10800, 2000, 10800]


def test_definir_entree_partielle_masque_plein_ou_vide(tax_benefit_system):
    simulation = SimulationBuilder().build_from_entities(tax_benefit_system, {"individus": {"a": {}, "b": {}}})
    definir_entree_partielle(simulation, "are_jours_restants", "2025-06", numpy.array([5, 6]), [True, True])
    assert simulation.calculate("are_jours_restants", "2025-06").tolist() == [5, 6]
    definir_entree_partielle(simulation, "ass_precondition_remplie", "2025-06", numpy.array([True, True]), [0, 0])
    assert simulation.calculate("ass_precondition_remplie", "2025-06").tolist() == [False, False]


# --- the command line ---------------------------------------------------------------------------


def test_ligne_de_commande(tmp_path, capsys):
    fichier = tmp_path / "couple.json"
    situation = json.loads(json.dumps(SITUATION_ARE))
    situation["individus"]["alex"]["are"] = {"2025-07": None}
    fichier.write_text(json.dumps(situation))
    code = main(["simulate", str(fichier), "--from", "2025-05", "--to", "2025-07"])
    sortie = capsys.readouterr().out
    assert code == 0
    jours = {}
    personne = None
    colonne = "Jours ARE restants"
    fin = None
    for texte in sortie.splitlines():
        morceaux = texte.split()
        if morceaux and morceaux[0] in ("alex", "sam", "Foyer"):
            personne = morceaux[0] if morceaux[0] != "Foyer" else None
        elif colonne in texte:
            fin = texte.index(colonne) + len(colonne)  # the numbers are right-aligned under it
        elif personne and morceaux and morceaux[0] in JOURS_RESTANTS:
            jours.setdefault(morceaux[0], []).append(float(texte[:fin].split()[-1]))
    # The column of the ARE days left at the start of the month, in each person's table.
    assert jours == {mois: [float(j) for j in attendu] for mois, attendu in JOURS_RESTANTS.items()}


# --- the population runner ----------------------------------------------------------------------


def test_population_cellules_vides_calculees(tax_benefit_system, tmp_path):
    chemin = tmp_path / "personnes.csv"
    with chemin.open("w", newline="") as fichier:
        ecrivain = csv.writer(fichier)
        ecrivain.writerow(
            ["individu_id", "famille_id", "role", "demandeur_emploi:2025-05", "demandeur_emploi:2025-06"]
            + ["are_jours_restants:2025-05", "are_jours_restants:2025-06"]
        )
        ecrivain.writerow(["alex", "foyer", "demandeur", "false", "true", "", "10"])
        ecrivain.writerow(["sam", "foyer", "conjoint", "true", "false", "40", ""])
    with chemin.open(newline="") as fichier:
        lignes = list(csv.DictReader(fichier))
    table = {colonne: numpy.array([ligne[colonne] for ligne in lignes]) for colonne in lignes[0]}
    simulation = construire_simulation(tax_benefit_system, table)
    for mois, attendu in JOURS_RESTANTS.items():
        assert simulation.calculate("are_jours_restants", mois).tolist() == attendu, mois


def test_population_nan_calcule(tax_benefit_system):
    table = {
        "individu_id": numpy.array(["alex", "sam"]),
        "demandeur_emploi:2025-05": numpy.array([False, True]),
        "are_jours_restants:2025-05": numpy.array([numpy.nan, 40.0]),
    }
    simulation = construire_simulation(tax_benefit_system, table)
    assert simulation.calculate("are_jours_restants", "2025-06").tolist() == [0, 10]


# --- the web API, a real server -----------------------------------------------------------------


def _port_libre() -> int:
    with socket.socket() as prise:
        prise.bind(("127.0.0.1", 0))
        return prise.getsockname()[1]


def _poster(base: str, chemin: str, contenu: dict):
    requete = urllib.request.Request(
        base + chemin, data=json.dumps(contenu).encode(), headers={"Content-Type": "application/json"}
    )
    try:
        with urllib.request.urlopen(requete, timeout=60) as reponse:
            return reponse.status, json.loads(reponse.read())
    except urllib.error.HTTPError as erreur:
        return erreur.code, json.loads(erreur.read() or b"null")


@pytest.fixture(scope="module")
def serveur():
    port = _port_libre()
    processus = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "--bind", f"127.0.0.1:{port}", "--workers", "1"]
        + ["openfisca_ass.web_api:create_app()"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    base = f"http://127.0.0.1:{port}"
    limite = time.monotonic() + 90
    try:
        while True:
            try:
                with urllib.request.urlopen(base + "/spec", timeout=5) as reponse:
                    if reponse.status == 200:
                        break
            except (urllib.error.URLError, ConnectionError):
                pass
            if processus.poll() is not None or time.monotonic() > limite:
                pytest.fail(f"the server did not start: {processus.stderr.read().decode()[-2000:]}")
            time.sleep(0.5)
        yield base
    finally:
        processus.terminate()
        processus.wait(timeout=30)


def test_api_web(serveur):
    situation = json.loads(json.dumps(SITUATION_ARE))
    for nom in ("alex", "sam"):
        situation["individus"][nom]["are_jours_restants"].update(
            {mois: None for mois in JOURS_RESTANTS if mois not in situation["individus"][nom]["are_jours_restants"]}
        )
    statut, reponse = _poster(serveur, "/calculate", situation)
    assert statut == 200, reponse
    for mois, (alex, sam) in JOURS_RESTANTS.items():
        assert reponse["individus"]["alex"]["are_jours_restants"][mois] == alex
        assert reponse["individus"]["sam"]["are_jours_restants"][mois] == sam


def test_api_web_precondition_et_trace(serveur):
    situation = json.loads(json.dumps(SITUATION_ASS))
    for nom in ("camille", "dominique"):
        situation["individus"][nom]["ass_precondition_remplie"] = {"2025-06": None}
    statut, reponse = _poster(serveur, "/calculate", situation)
    assert statut == 200, reponse
    assert reponse["individus"]["camille"]["ass_precondition_remplie"]["2025-06"] is True
    assert reponse["individus"]["dominique"]["ass_precondition_remplie"]["2025-06"] is False
    statut, trace = _poster(serveur, "/trace", situation)
    assert statut == 200, trace
    assert trace["trace"]["ass_precondition_remplie<2025-06>"]["value"] == [True, True, False]
