"""``openfisca-ass population``: chunks of whole households, two processes, law in force and a reform."""

import csv
from pathlib import Path

import numpy
import pytest

from openfisca_ass.cli import main as openfisca_ass
from openfisca_ass.population import (
    COLONNE_INDIVIDU,
    construire_simulation,
    ecrire_csv,
    lire_par_lots,
    mois_calcules,
    population_synthetique,
)
from openfisca_ass.reforms import REFORMES, ReformeInconnue, classe_reforme

EXEMPLE = Path(__file__).resolve().parents[2] / "openfisca_ass" / "situation_examples" / "couple_ass.json"


def main(arguments):
    return openfisca_ass(["population", *arguments])


# The revaluation applies from 2026-04-01.
MOIS = mois_calcules("2026-03", 3)


def _lire(chemin):
    with open(chemin, newline="", encoding="utf-8") as fichier:
        return list(csv.DictReader(fichier))


@pytest.fixture(scope="module")
def population():
    return population_synthetique(120, graine=3, premier_mois="2026-03", nombre_mois=3)


@pytest.fixture(scope="module")
def fichier(tmp_path_factory, population):
    chemin = tmp_path_factory.mktemp("population") / "personnes.csv"
    ecrire_csv(population, chemin)
    return chemin


def test_lots_de_menages_entiers(fichier, population):
    lots = list(lire_par_lots(fichier, taille=25))
    assert len(lots) > 3
    assert sum(len(table[COLONNE_INDIVIDU]) for table, _ in lots) == 120
    for (table, ligne), (suivante, ligne_suivante) in zip(lots, lots[1:], strict=False):
        assert table["famille_id"][-1] != suivante["famille_id"][0]
        assert ligne_suivante == ligne + len(table[COLONNE_INDIVIDU])


def test_commande_reforme_et_cout(tax_benefit_system, fichier, population, tmp_path, capsys):
    sortie = tmp_path / "resultats.csv"
    code = main(
        [str(fichier), str(sortie), "--variables", "ass", "are", "--from", "2026-03", "--months", "3"]
        + ["--reform", "revalorisation_ass", "--processes", "2", "--chunk-size", "25"]
    )
    assert code == 0
    lignes = _lire(sortie)
    assert [int(ligne[COLONNE_INDIVIDU]) for ligne in lignes] == list(range(120))

    # The same as one simulation of the whole population, for the law and for the reform.
    base = construire_simulation(tax_benefit_system, population)
    reforme = construire_simulation(REFORMES["revalorisation_ass"](tax_benefit_system), population)
    cout = 0.0
    for mois in MOIS:
        for nom in ("ass", "are"):
            attendu = numpy.round(base.calculate(nom, mois).astype(float), 2)
            obtenu = numpy.array([float(ligne[f"{nom}:{mois}"]) for ligne in lignes])
            numpy.testing.assert_allclose(obtenu, attendu, atol=0.005)
        avec = numpy.array([float(ligne[f"ass:{mois}:revalorisation_ass"]) for ligne in lignes])
        numpy.testing.assert_allclose(avec, reforme.calculate("ass", mois), atol=0.005)
        cout += float(numpy.sum(reforme.calculate("ass", mois), dtype=float) - numpy.sum(base.calculate("ass", mois)))
    assert cout > 1000  # a revaluation costs money
    sortie_texte = capsys.readouterr().out
    assert "120 personnes × 3 mois" in sortie_texte
    assert f"coût {cout:+,.2f} €".replace(",", " ") in sortie_texte


def _fichier(tmp_path, lignes):
    chemin = tmp_path / "entree.csv"
    chemin.write_text("\n".join(lignes) + "\n", encoding="utf-8")
    return chemin


@pytest.mark.parametrize(
    ("lignes", "message"),
    [
        (
            ["individu_id,salaire_imposable:2025-01", "a,1200", "b,-5"],
            "colonne 'salaire_imposable:2025-01', ligne 3 : -5 est négatif",
        ),
        (
            ["individu_id,micro_entreprise_activite:2025-01", "a,vente_marchandises", "b,boulangerie"],
            "colonne 'micro_entreprise_activite:2025-01', ligne 3 : catégorie inconnue 'boulangerie'",
        ),
        (
            ["individu_id,date_naissance", "a,1980-02-30"],
            "colonne 'date_naissance', ligne 2 : '1980-02-30' n'est pas une date",
        ),
        (["individu_id,demandeur_emploi:2025-01", "a,peut-etre"], "ligne 2 : 'peut-etre' n'est pas un booléen"),
        (["individu_id,salaire_imposable:2025-01", "a,mille"], "ligne 2 : 'mille' n'est pas un nombre"),
        (["individu_id,salaire_imaginaire:2025-01", "a,1"], "variable inconnue 'salaire_imaginaire'"),
        (["individu_id,salaire_imposable", "a,1"], "est mensuelle ; nommez la colonne 'salaire_imposable:AAAA-MM'"),
        (["individu_id,salaire_imposable:2025-13", "a,1"], "'2025-13' n'est pas une période"),
        (["individu_id,role", "a,grand-parent"], "colonne 'role', ligne 2 : rôle inconnu 'grand-parent'"),
        (
            ["individu_id,famille_id,role", "a,f1,demandeur", "b,f2,demandeur", "c,f1,conjoint"],
            "colonne 'famille_id', ligne 4 : ménage 'f1' de nouveau",
        ),
        (
            ["individu_id,famille_id,role", "a,f1,demandeur", "b,f1,demandeur"],
            "un second demandeur dans le même ménage",
        ),
        (["salaire_imposable:2025-01", "1"], "colonne 'individu_id' absente"),
        (
            ["individu_id,salaire_imposable:2025-02,salaire_imposable:2025-02", "a,1,2"],
            "colonne 'salaire_imposable:2025-02' donnée deux fois",
        ),
        (
            ["individu_id,salaire_imposable:month:2025-01:3,salaire_imposable:2025-02", "a,300,100"],
            "donnent toutes deux 'salaire_imposable' pour 2025-02",
        ),
    ],
)
def test_entrees_invalides(tmp_path, capsys, lignes, message):
    code = main([str(_fichier(tmp_path, lignes)), str(tmp_path / "sortie.csv"), "--processes", "1"])
    assert code == 2
    assert message in capsys.readouterr().err
    assert not (tmp_path / "sortie.csv").exists()  # no half-written results


def test_reforme_inconnue(fichier, tmp_path, capsys):
    with pytest.raises(
        ReformeInconnue, match=r"réforme inconnue 'pas_une_reforme' \(réformes disponibles : .*revalorisation_ass"
    ):
        classe_reforme("pas_une_reforme")
    # the same resolver for every command, before any computation
    for commande in (["population", str(fichier), str(tmp_path / "s.csv")], ["compare", str(EXEMPLE)]):
        assert openfisca_ass([*commande, "--reform", "pas_une_reforme"]) == 2
        assert "réforme inconnue 'pas_une_reforme'" in capsys.readouterr().err
    assert not (tmp_path / "s.csv").exists()
    assert (
        classe_reforme("openfisca_ass.reforms.revalorisation_ass:revalorisation_ass") is REFORMES["revalorisation_ass"]
    )
    with pytest.raises(ReformeInconnue, match="n'est pas une réforme OpenFisca"):
        classe_reforme("openfisca_ass.reforms:REFORMES")


def test_cellules_vides_et_menage_plus_long_qu_un_lot(tmp_path):
    # Empty cells are the default value (the csv module path); a household of 3 with chunks of 2.
    lignes = [
        "individu_id,famille_id,role,salaire_imposable:2025-01,demandeur_emploi:2025-01",
        "a,f1,demandeur,,true",
        "b,f1,conjoint,1200,",
        "c,f1,enfant,,false",
        "d,f2,demandeur,300,1",
    ]
    lots = list(lire_par_lots(_fichier(tmp_path, lignes), taille=2))
    assert [list(table[COLONNE_INDIVIDU]) for table, _ in lots] == [["a", "b", "c"], ["d"]]
    assert [ligne for _, ligne in lots] == [2, 5]
    sortie = tmp_path / "sortie.csv"
    assert main([str(tmp_path / "entree.csv"), str(sortie), "--processes", "1", "--chunk-size", "2"]) == 0
    assert [ligne[COLONNE_INDIVIDU] for ligne in _lire(sortie)] == ["a", "b", "c", "d"]


def test_nombre_de_valeurs(tmp_path, capsys):
    lignes = ["individu_id,salaire_imposable:2025-01", "a,1", "b,2,3"]
    assert main([str(_fichier(tmp_path, lignes)), str(tmp_path / "s.csv"), "--processes", "1"]) == 2
    assert "ligne 3 : 3 valeurs pour 2 colonnes" in capsys.readouterr().err


def test_parquet(tmp_path, population, capsys):
    # Parquet needs pyarrow, an optional dependency: without it, a clear error; with it, the same results.
    chemin = tmp_path / "personnes.parquet"
    try:
        import pyarrow  # noqa: PLC0415
        import pyarrow.parquet  # noqa: PLC0415
    except ImportError:
        chemin.write_bytes(b"PAR1")
        assert main([str(chemin), str(tmp_path / "sortie.csv"), "--processes", "1"]) == 2
        assert "lire un fichier Parquet demande pyarrow : pip install pyarrow" in capsys.readouterr().err
        return
    pyarrow.parquet.write_table(pyarrow.table({nom: numpy.asarray(v) for nom, v in population.items()}), chemin)
    ecrire_csv(population, tmp_path / "personnes.csv")
    options = ["--from", "2026-03", "--months", "2", "--processes", "1", "--chunk-size", "30"]
    assert main([str(chemin), str(tmp_path / "p.csv"), *options]) == 0
    assert main([str(tmp_path / "personnes.csv"), str(tmp_path / "c.csv"), *options]) == 0
    assert _lire(tmp_path / "p.csv") == _lire(tmp_path / "c.csv")
