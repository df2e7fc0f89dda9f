"""Prints an ASS computation for the package's situation example: ``python -m openfisca_ass.demo``.

The situation is ``situation_examples/personne_seule_ass.json``: a single job seeker in June 2025
whose only resource over the 12 previous months is 900 € a month of alimony received.
"""

import copy

from openfisca_core.simulation_builder import SimulationBuilder

from openfisca_ass import CountryTaxBenefitSystem
from openfisca_ass.situation_examples import personne_seule_ass

MOIS = "2025-06"


def main() -> None:
    system = CountryTaxBenefitSystem()
    simulation = SimulationBuilder().build_from_entities(system, copy.deepcopy(personne_seule_ass))

    def valeur(variable: str) -> float:
        return float(simulation.calculate(variable, MOIS)[0])

    taux = valeur("ass_montant_journalier")
    plafond = valeur("ass_plafond_ressources")
    ressources = valeur("ass_ressources_mensuelles")
    print(f"ASS de {MOIS}, personne seule (openfisca-ass)")
    print(f"  éligible (conditions personnelles)  : {bool(valeur('ass_eligibilite_individu'))}")
    print(f"  taux journalier plein               : {taux:10.2f} €")
    print(f"  plafond de ressources (70 × taux)   : {plafond:10.2f} €")
    print(f"  ressources mensuelles (12 mois ÷ 12) : {ressources:10.2f} €")
    print(f"  ASS versée pour le mois             : {valeur('ass'):10.2f} €")
    print("  (1 353.10 − 900 = 453.10 €: service-public, fiche F12484)")


if __name__ == "__main__":
    main()
