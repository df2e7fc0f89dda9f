"""Over a synthetic population, for every person and month: 0 ≤ net ≤ gross, net = 0 when gross = 0.

The RFR-based CSG rate is exercised too: a third of the people are given a tax household whose
income of N − 2 spans the three rates.
"""

import numpy
import pytest

from openfisca_ass.population import construire_simulation, mois_calcules, population_synthetique

MOIS = mois_calcules("2025-01", 12)
PAIRES = (("are", "are_net"), ("are", "are_imposable"), ("ass", "ass_net"), ("ati", "ati_net"), ("arce", "arce_net"))


@pytest.fixture(scope="module")
def simulation(tax_benefit_system):
    population = population_synthetique(600, graine=11)
    nombre = len(population["individu_id"])
    generateur = numpy.random.default_rng(11)
    population["rfr:2023"] = generateur.uniform(0, 40000, nombre).round(0)
    population["nbptr:2023"] = generateur.choice([0, 1, 1.5, 2, 3], nombre)
    return construire_simulation(tax_benefit_system, population)


@pytest.mark.parametrize(("brut", "net"), PAIRES)
def test_net_between_zero_and_gross(simulation, brut, net):
    for mois in MOIS:
        montant_brut = simulation.calculate(brut, mois).astype(numpy.float64)
        montant_net = simulation.calculate(net, mois).astype(numpy.float64)
        assert (montant_net >= -0.005).all(), (net, mois)
        assert (montant_net <= montant_brut + 0.005).all(), (net, mois)
        assert (montant_net[montant_brut == 0] == 0).all(), (net, mois)


def test_some_deductions_and_all_rates(simulation):
    csg = sum(simulation.calculate("are_csg", mois).sum() for mois in MOIS)
    assert csg > 0
    taux = {str(valeur) for valeur in simulation.calculate("taux_csg_remplacement", "2025-06").decode_to_str()}
    assert taux == {"exonere", "taux_reduit", "taux_plein"}
