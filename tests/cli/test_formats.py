"""``--json`` on every command and ``--csv`` where the result is a table: the same figures, machine-readable."""

import csv
import io
import json
import subprocess
import sys

import pytest
from conftest import exemple

from openfisca_ass.cli import main
from openfisca_ass.population import ecrire_csv, population_synthetique


def test_simulate_json_and_csv(lancer):
    code, sortie, _ = lancer("simulate", exemple("personne_seule_ass"), "--json")
    assert code == 0
    donnees = json.loads(sortie)
    (juin,) = donnees["individus"]["claude"]
    # June 2025, single: 70 × 19.33 = 1 353.10 ceiling, 900 € of alimony a month: 1 353.10 − 900 = 453.10
    assert juin["mois"] == "2025-06"
    assert juin["ass"] == pytest.approx(453.10)
    assert juin["revenu_total"] == pytest.approx(453.10)
    assert donnees["colonnes"]["ass"] == "ASS"
    code, sortie, _ = lancer("simulate", exemple("personne_seule_ass"), "--csv")
    assert code == 0
    (ligne,) = csv.DictReader(io.StringIO(sortie))
    assert (ligne["entite"], ligne["nom"], ligne["mois"]) == ("individu", "claude", "2025-06")
    assert float(ligne["ass"]) == pytest.approx(453.10)


def test_simulate_json_household(lancer):
    code, sortie, _ = lancer("simulate", exemple("couple_ass"), "--json")
    assert code == 0
    donnees = json.loads(sortie)
    (foyer,) = donnees["familles"].values()
    personnes = donnees["individus"]
    # the household's row is the sum of its members' rows
    for rang, ligne in enumerate(foyer["mois"]):
        somme = sum(personnes[nom][rang]["revenu_total"] for nom in foyer["membres"])
        assert ligne["revenu_total"] == pytest.approx(somme, abs=0.011)
    assert "are_jours_restants" not in foyer["mois"][0]  # days are not summed over a household


def test_compare_json_and_csv(lancer):
    arguments = ("compare", exemple("micro_entrepreneur_are"), "--reform", "are_cumul_deduction_60")
    code, sortie, _ = lancer(*arguments, "--json")
    assert code == 0
    donnees = json.loads(sortie)["individus"]["alex"]
    avril = next(ligne for ligne in donnees["mois"] if ligne["mois"] == "2024-04")
    # April 2024: 990 of BNC income; 30 − 693 ÷ 35.35 → 10 days = 353.50; reform 30 − 594 ÷ 35.35 → 13 = 459.55
    assert avril["are"] == pytest.approx({"actuel": 353.50, "reforme": 459.55, "ecart": 106.05})
    # over the year: 106.05 + 35.51 + 106.53 + 35.51 = 283.60
    assert donnees["ecart_revenu_total"] == pytest.approx(283.60)
    code, sortie, _ = lancer(*arguments, "--csv")
    assert code == 0
    lignes = list(csv.DictReader(io.StringIO(sortie)))
    are_avril = next(ligne for ligne in lignes if ligne["mois"] == "2024-04" and ligne["variable"] == "are")
    assert float(are_avril["ecart"]) == pytest.approx(106.05)


def test_sweep_json_and_csv(lancer):
    arguments = ("sweep", exemple("micro_entrepreneur_are"), "--period", "2024-09", "--to", "3000", "--step", "250")
    code, sortie, _ = lancer(*arguments, "--json")
    assert code == 0
    donnees = json.loads(sortie)
    point = next(p for p in donnees["points"] if p["micro_entreprise_chiffre_affaires"] == 1000)
    # 1 000 of BNC turnover: 660 of income; 30 − 462 ÷ 35.51 = 16.99 → 17 days = 603.67; contributions 231
    assert (point["are"], point["cotisations"], point["revenu_total"]) == pytest.approx((603.67, 231, 1372.67))
    assert {"scenario": "droit_actuel", "libelle": "fin de l'ARE du mois"}.items() <= donnees["ruptures"][-1].items()
    code, sortie, _ = lancer(*arguments, "--csv")
    assert code == 0
    lignes = list(csv.DictReader(io.StringIO(sortie)))
    assert len(lignes) == 13
    assert float(lignes[4]["are"]) == pytest.approx(603.67)


def test_explain_json(lancer):
    code, sortie, _ = lancer("explain", exemple("personne_seule_ass"), "--variable", "ass", "--json")
    assert code == 0
    donnees = json.loads(sortie)
    assert (donnees["variable"], donnees["personne"], donnees["mois"]) == ("ass", "claude", "2025-06")
    assert donnees["valeur"] == pytest.approx(453.10)
    # the law's values, with the date each was read at: 19.33 € a day, ceiling 70 daily rates (June 2025)
    assert donnees["parametres"]["ass.montant.taux_journalier"] == {"2025-06-01": 19.33}
    assert donnees["parametres"]["ass.plafond.coefficient_personne_seule"] == {"2025-06-01": 70}
    assert "Pourquoi" in donnees["explication"]
    code, _, erreurs = lancer("explain", exemple("personne_seule_ass"), "--csv")
    assert code == 2
    assert "arguments inconnus : --csv" in erreurs


def test_json_and_csv_exclusive(lancer):
    code, _, erreurs = lancer("simulate", exemple("personne_seule_ass"), "--json", "--csv")
    assert code == 2
    assert "argument --csv : incompatible avec --json" in erreurs


def test_population_json(tmp_path, capsys):
    entree, sortie = tmp_path / "personnes.csv", tmp_path / "resultats.csv"
    ecrire_csv(population_synthetique(30, graine=1, premier_mois="2026-03", nombre_mois=2), entree)
    options = ["--from", "2026-03", "--months", "2", "--processes", "1", "--reform", "revalorisation_ass"]
    assert main(["population", str(entree), str(sortie), *options, "--json"]) == 0
    donnees = json.loads(capsys.readouterr().out)
    assert donnees["individus"] == 30
    assert donnees["mois"] == ["2026-03", "2026-04"]
    with open(sortie, newline="", encoding="utf-8") as fichier:
        lignes = list(csv.DictReader(fichier))
    for nom in ("ass", "are"):
        base = sum(float(ligne[f"{nom}:{mois}"]) for ligne in lignes for mois in donnees["mois"])
        reforme = sum(float(ligne[f"{nom}:{mois}:revalorisation_ass"]) for ligne in lignes for mois in donnees["mois"])
        totaux = donnees["totaux"][nom]
        assert totaux["base"] == pytest.approx(base, abs=0.01 * len(lignes))
        assert totaux["cout"] == pytest.approx(reforme - base, abs=0.01 * len(lignes))


@pytest.mark.parametrize(
    ("options", "message"),
    [
        (["--months", "0"], "--months 0 : attendu de 1 à 600"),
        (["--months", "700"], "--months 700 : attendu de 1 à 600"),
        (["--from", "9999-12"], "--from : mois '9999-12' hors des années 1900 à 2100"),
        (["--from", "2100-06", "--months", "12"], "hors des années 1900 à 2100"),
        (["--processes", "0"], "--processes 0 : attendu de 1 à 64"),
        (["--chunk-size", "0"], "--chunk-size 0 : attendu 1 ou plus"),
        (["--variables", "inconnue"], "--variables : variable inconnue 'inconnue'"),
        (["--variables", "ass_base_ressources"], "seule une variable mensuelle d'un individu"),
        (["--reform", "pas_une_reforme"], "réforme inconnue 'pas_une_reforme'"),
        (["--reform", "os:path"], "'os:path' n'est pas une réforme OpenFisca"),
        (["--mois", "2025-01"], "arguments inconnus : --mois 2025-01"),
    ],
)
def test_population_bad_options(tmp_path, capsys, options, message):
    entree = tmp_path / "personnes.csv"
    entree.write_text("individu_id,salaire_imposable:2025-01\na,100\n", encoding="utf-8")
    assert main(["population", str(entree), str(tmp_path / "s.csv"), *options]) == 2
    erreurs = capsys.readouterr().err
    assert message in erreurs
    assert len(erreurs.strip().splitlines()) == 1
    assert not (tmp_path / "s.csv").exists()


def test_population_bad_files(tmp_path, capsys):
    entree = tmp_path / "personnes.csv"
    assert main(["population", str(entree), str(tmp_path / "s.csv")]) == 2
    assert "fichier introuvable" in capsys.readouterr().err
    entree.write_text("", encoding="utf-8")
    assert main(["population", str(entree), str(tmp_path / "s.csv")]) == 2
    assert "fichier vide" in capsys.readouterr().err
    entree.write_text("individu_id,salaire_imposable:month:2025-01:100000\na,1\n", encoding="utf-8")
    assert main(["population", str(entree), str(tmp_path / "s.csv"), "--processes", "1"]) == 2
    assert "hors des années 1900 à 2100" in capsys.readouterr().err
    assert main(["population", str(entree), str(entree)]) == 2
    assert "remplacerait le fichier lu" in capsys.readouterr().err
    assert main(["population", str(entree), str(tmp_path / "absent" / "s.csv")]) == 2
    assert "n'existe pas" in capsys.readouterr().err


def test_population_help_is_french(capsys):
    assert main(["population", "--help"]) == 0
    aide = capsys.readouterr().out
    assert "utilisation : openfisca-ass population" in aide
    assert "--months N" in aide
    assert "fichier CSV des résultats" in aide


def test_python_m_population_is_an_alias():
    resultat = subprocess.run(
        [sys.executable, "-m", "openfisca_ass.population", "--help"],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert resultat.returncode == 0
    assert "utilisation : openfisca-ass population" in resultat.stdout
