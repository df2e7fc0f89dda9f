"""The population command: chunks of whole households, two processes, law in force and a reform."""

import csv

import numpy
import pytest

from openfisca_ass.population import (
    COLONNE_INDIVIDU,
    ErreurDonnees,
    construire_simulation,
    ecrire_csv,
    lire_par_lots,
    main,
    mois_calcules,
    population_synthetique,
)
from openfisca_ass.reforms import REFORMES

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
        [str(fichier), str(sortie), "--variables", "ass", "are", "--mois", "2026-03", "--nombre-mois", "3"]
        + ["--reforme", "revalorisation_ass", "--processus", "2", "--taille-lot", "25"]
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
    assert "120 people x 3 months" in sortie_texte
    assert f"cost {cout:+,.2f} EUR" in sortie_texte


def _fichier(tmp_path, lignes):
    chemin = tmp_path / "entree.csv"
    chemin.write_text("\n".join(lignes) + "\n", encoding="utf-8")
    return chemin


@pytest.mark.parametrize(
    ("lignes", "message"),
    [
        (
            ["individu_id,salaire_imposable:2025-01", "a,1200", "b,-5"],
            "Column 'salaire_imposable:2025-01', line 3: -5 is negative",
        ),
        (
            ["individu_id,micro_entreprise_activite:2025-01", "a,vente_marchandises", "b,boulangerie"],
            "Column 'micro_entreprise_activite:2025-01', line 3: unknown category 'boulangerie'",
        ),
        (["individu_id,date_naissance", "a,1980-02-30"], "Column 'date_naissance', line 2: '1980-02-30' is not a date"),
        (["individu_id,demandeur_emploi:2025-01", "a,peut-etre"], "line 2: 'peut-etre' is not a boolean"),
        (["individu_id,salaire_imposable:2025-01", "a,mille"], "line 2: 'mille' is not a number"),
        (["individu_id,salaire_imaginaire:2025-01", "a,1"], "unknown variable 'salaire_imaginaire'"),
        (["individu_id,salaire_imposable", "a,1"], "is monthly; name the column 'salaire_imposable:YYYY-MM'"),
        (["individu_id,salaire_imposable:2025-13", "a,1"], "'2025-13' is not a period"),
        (["individu_id,role", "a,grand-parent"], "Column 'role', line 2: unknown role 'grand-parent'"),
        (
            ["individu_id,famille_id,role", "a,f1,demandeur", "b,f2,demandeur", "c,f1,conjoint"],
            "Column 'famille_id', line 4: household 'f1' again",
        ),
        (["individu_id,famille_id,role", "a,f1,demandeur", "b,f1,demandeur"], "a second demandeur"),
        (["salaire_imposable:2025-01", "1"], "Column 'individu_id' is missing"),
        (
            ["individu_id,salaire_imposable:2025-02,salaire_imposable:2025-02", "a,1,2"],
            "Column 'salaire_imposable:2025-02' is given twice",
        ),
        (
            ["individu_id,salaire_imposable:month:2025-01:3,salaire_imposable:2025-02", "a,300,100"],
            "both give 'salaire_imposable' for 2025-02",
        ),
    ],
)
def test_entrees_invalides(tmp_path, capsys, lignes, message):
    code = main([str(_fichier(tmp_path, lignes)), str(tmp_path / "sortie.csv"), "--processus", "1"])
    assert code == 2
    assert message in capsys.readouterr().err
    assert not (tmp_path / "sortie.csv").exists()  # no half-written results


def test_reforme_inconnue(fichier, tmp_path):
    with pytest.raises(ErreurDonnees, match="unknown reform 'pas_une_reforme'; known reforms: .*revalorisation_ass"):
        from openfisca_ass.population import charger_reforme  # noqa: PLC0415

        charger_reforme("pas_une_reforme")


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
    assert main([str(tmp_path / "entree.csv"), str(sortie), "--processus", "1", "--taille-lot", "2"]) == 0
    assert [ligne[COLONNE_INDIVIDU] for ligne in _lire(sortie)] == ["a", "b", "c", "d"]


def test_nombre_de_valeurs(tmp_path, capsys):
    lignes = ["individu_id,salaire_imposable:2025-01", "a,1", "b,2,3"]
    assert main([str(_fichier(tmp_path, lignes)), str(tmp_path / "s.csv"), "--processus", "1"]) == 2
    assert "Line 3: 3 values for 2 columns" in capsys.readouterr().err


def test_parquet(tmp_path, population, capsys):
    # Parquet needs pyarrow, an optional dependency: without it, a clear error; with it, the same results.
    chemin = tmp_path / "personnes.parquet"
    try:
        import pyarrow  # noqa: PLC0415
        import pyarrow.parquet  # noqa: PLC0415
    except ImportError:
        chemin.write_bytes(b"PAR1")
        assert main([str(chemin), str(tmp_path / "sortie.csv"), "--processus", "1"]) == 2
        assert "reading Parquet needs pyarrow: pip install pyarrow" in capsys.readouterr().err
        return
    pyarrow.parquet.write_table(pyarrow.table({nom: numpy.asarray(v) for nom, v in population.items()}), chemin)
    ecrire_csv(population, tmp_path / "personnes.csv")
    options = ["--mois", "2026-03", "--nombre-mois", "2", "--processus", "1", "--taille-lot", "30"]
    assert main([str(chemin), str(tmp_path / "p.csv"), *options]) == 0
    assert main([str(tmp_path / "personnes.csv"), str(tmp_path / "c.csv"), *options]) == 0
    assert _lire(tmp_path / "p.csv") == _lire(tmp_path / "c.csv")
