"""A revaluation of the ASS daily rate: +10 % from 2026-04-01 (metropole, overseas and Mayotte).

Illustrative: the rate of 2026-04-01 (19.48 €, Mayotte 9.75 €) × 1.10, rounded to the cent.
``revalorisation_ass_de(taux, date)`` builds the same reform with another rate or date.
"""

from openfisca_core.periods import instant
from openfisca_core.reforms import Reform

from openfisca_ass.calendrier import arrondi_centime

HAUSSE = 0.10
DATE = "2026-04-01"


def revalorisation_ass_de(hausse: float, date: str) -> type[Reform]:
    """A Reform class raising both ASS daily rates by ``hausse`` from ``date``."""

    def modifier(parameters):
        montant = parameters.ass.montant
        for taux in (montant.taux_journalier, montant.taux_journalier_mayotte):
            actuel = taux(date)
            taux.update(start=instant(date), value=float(arrondi_centime(actuel * (1 + hausse))))
        return parameters

    class reforme(Reform):
        name = f"Revalorisation de {hausse * 100:g} % du taux journalier de l'ASS au {date}"

        def apply(self):
            self.modify_parameters(modifier_function=modifier)

    return reforme


class revalorisation_ass(revalorisation_ass_de(HAUSSE, DATE)):
    pass
