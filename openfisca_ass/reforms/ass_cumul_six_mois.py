"""The full cumul of the ASS with an activity for 6 months instead of 3 (R5425-2), at every period.

The counter's reset after 3 empty months (R5425-6) is unchanged.
"""

from openfisca_core.reforms import Reform

from openfisca_ass.reforms.commun import fixer_parametre

MOIS_CUMUL = 6
DEBUT_REGIME_ACTUEL = "2017-09-01"  # first date of the current cumul scheme (décret n° 2017-826)


_six_mois = fixer_parametre("ass.cumul_activite.nombre_mois_cumul_integral", DEBUT_REGIME_ACTUEL, MOIS_CUMUL)


class ass_cumul_six_mois(Reform):
    name = "Cumul intégral de l'ASS avec une activité pendant 6 mois au lieu de 3"

    def apply(self):
        self.modify_parameters(modifier_function=_six_mois)
