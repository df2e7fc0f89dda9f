"""Close the ASS to new entrants from a date: the 2024 plan to fold the ASS into the RSA.

Announced by the government in January 2024; an amendment to the PLF 2025 (Assemblée nationale,
n° 1287) proposed to repeal L5423-1 to L5423-7 from 2025-07-01. Not enacted (RULES.md §1.1).
People whose claim is dated before the closing keep their ASS; claims from that date get none.
"""

from openfisca_core.reforms import Reform

from openfisca_ass.reforms.commun import fixer_parametre

DATE_FERMETURE = "2025-07-01"  # the date of the PLF 2025 amendment n° 1287


_fermer_nouvelles_entrees = fixer_parametre("ass.eligibilite.nouvelles_entrees_ouvertes", DATE_FERMETURE, False)


class suppression_ass_nouveaux_entrants(Reform):
    name = f"Suppression de l'ASS pour les demandes déposées à partir du {DATE_FERMETURE}"

    def apply(self):
        self.modify_parameters(modifier_function=_fermer_nouvelles_entrees)
