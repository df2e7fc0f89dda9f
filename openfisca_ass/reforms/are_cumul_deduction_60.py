"""In the ARE cumul, 60 % of the activity pay deducted instead of 70 % (RAC art. 31), at every period.

More ARE days are paid for the same activity pay; the ceiling SJR × 30.42 is unchanged.
"""

from openfisca_core.reforms import Reform

from openfisca_ass.reforms.commun import fixer_parametre

TAUX_DEDUIT = 0.6
DEBUT = "2019-11-01"  # first date of the parameter: the reform applies to every period


_deduction_60 = fixer_parametre("are.cumul.taux_remuneration_deduite", DEBUT, TAUX_DEDUIT)


class are_cumul_deduction_60(Reform):
    name = "Cumul ARE et activité : 60 % de la rémunération déduits au lieu de 70 %"

    def apply(self):
        self.modify_parameters(modifier_function=_deduction_60)
