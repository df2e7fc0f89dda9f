"""One simulation of a whole population gives, to the cent, what each household gives alone.

The resource walks (openfisca_ass.ressources_ass) take short cuts when everybody shares the same
examination calendar or an income is never given, and the ARE days left are walked once for the
whole population: a household computed alone exercises the other paths.
"""

import numpy
import pytest

from openfisca_ass.population import COLONNE_FAMILLE, construire_simulation, mois_calcules, population_synthetique

VARIABLES = ("ass", "are", "ass_rang_mois_activite", "ass_ressources_mensuelles", "are_jours_restants")
MOIS = mois_calcules("2025-01", 12)


@pytest.fixture(scope="module")
def population():
    return population_synthetique(400, graine=7)


@pytest.fixture(scope="module")
def resultats_population(tax_benefit_system, population):
    simulation = construire_simulation(tax_benefit_system, population)
    return {(nom, mois): simulation.calculate(nom, mois) for nom in VARIABLES for mois in MOIS}


def test_population_contient_des_droits(resultats_population):
    assert sum((resultats_population[("ass", mois)] > 0).sum() for mois in MOIS) > 100
    assert sum((resultats_population[("are", mois)] > 0).sum() for mois in MOIS) > 100
    assert sum((resultats_population[("ass_rang_mois_activite", mois)] > 0).sum() for mois in MOIS) > 100


@pytest.mark.parametrize("famille", range(0, 286, 19))
def test_menage_seul_identique(tax_benefit_system, population, resultats_population, famille):
    lignes = numpy.flatnonzero(population[COLONNE_FAMILLE] == famille)
    seul = construire_simulation(tax_benefit_system, {nom: valeurs[lignes] for nom, valeurs in population.items()})
    for nom in VARIABLES:
        for mois in MOIS:
            attendu = resultats_population[(nom, mois)][lignes]
            numpy.testing.assert_array_equal(seul.calculate(nom, mois), attendu, err_msg=f"{nom} {mois}")
