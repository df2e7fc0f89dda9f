"""The micro-BNC flat-rate abatement raised from 34 % to 50 %, the rate of BIC services, at every period.

It changes the micro income counted in the ARE cumul (RAC art. 32 bis) and in the ASS resources.
"""

from openfisca_core.reforms import Reform

from openfisca_ass.reforms.commun import fixer_parametre

ABATTEMENT_BNC = 0.5
DEBUT = "2006-01-01"  # first date of the parameter: the reform applies to every period


_abattement_bnc = fixer_parametre("micro_entreprise.abattement.prestations_services_bnc", DEBUT, ABATTEMENT_BNC)


class abattement_bnc_modifie(Reform):
    name = "Abattement forfaitaire micro-BNC porté de 34 % à 50 %"

    def apply(self):
        self.modify_parameters(modifier_function=_abattement_bnc)
