import numpy

from openfisca_ass import references
from openfisca_ass.entities import Individu
from openfisca_ass.enums import TypesTauxCsgRemplacement
from openfisca_ass.model_api import MONTH, Enum, Variable, set_input_dispatch_by_period

# The ceilings are set for the first part and for each further half-part: parts above the first,
# counted in half-parts (a quarter part counts half a half-part, as L136-8 III says).
DEMI_PARTS_PAR_PART = 2


def plafond(premiere_part, par_demi_part, parts):
    """A ceiling of L136-8 III for a household of ``parts`` parts (a quarter part: half a half-part)."""
    return premiere_part + numpy.maximum(parts - 1, 0) * DEMI_PARTS_PAR_PART * par_demi_part


class taux_csg_remplacement(Variable):
    value_type = Enum
    possible_values = TypesTauxCsgRemplacement
    default_value = TypesTauxCsgRemplacement.taux_plein
    entity = Individu
    definition_period = MONTH
    label = "Taux de CSG sur les revenus de remplacement du mois : exonéré, taux réduit ou taux plein"
    reference = [references.CSS_L136_8, references.LFSS_2019, references.UNEDIC_RETENUES_SOCIALES]
    documentation = """
    As a France Travail notification shows it; give it when known. Otherwise computed (CSS L136-8
    III) from the revenu fiscal de référence (rfr) and the parts (nbptr) of the person's tax
    household for year N − 2: exempt at or below the exemption ceiling (first part + each further
    half-part), reduced rate (3.8 %) at or below the reduced-rate ceiling, full rate (6.2 %) above.
    The ceilings are those of the year of the month (revalued each 1 January). Smoothing (L136-8
    III 2°, LFSS 2019, from 2019-01-01): the reduced rate still applies when the income of year
    N − 3 was at or below the reduced-rate ceiling, so the full rate needs two years above it;
    read only when nbptr is given for year N − 3. The move from exemption to the reduced rate is
    not smoothed.

    Modelling choices: without nbptr for year N − 2 (0, the default), the full rate — the rate
    that leaves the least, as openfisca-france's complément ARE assumes by default. The higher
    ceilings of Guadeloupe, Martinique, La Réunion and Guyane are not modelled (UNVERIFIED):
    give the rate for residents of those departments.
    """
    set_input = set_input_dispatch_by_period

    def formula_2019_01_01(individu, period, parameters):
        seuils = parameters(period).prelevements_sociaux.csg_remplacement.seuils_rfr
        annee_n2 = period.this_year.offset(-2, "year")
        annee_n3 = period.this_year.offset(-3, "year")
        rfr = individu("rfr", annee_n2)
        parts = individu("nbptr", annee_n2)
        rfr_n3 = individu("rfr", annee_n3)
        parts_n3 = individu("nbptr", annee_n3)
        plafond_exoneration = plafond(
            seuils.plafond_exoneration_premiere_part, seuils.plafond_exoneration_demi_part, parts
        )
        plafond_taux_reduit = plafond(
            seuils.plafond_taux_reduit_premiere_part, seuils.plafond_taux_reduit_demi_part, parts
        )
        # L136-8 III 2°: the income of N − 3 at or below the ceiling keeps the reduced rate.
        lissage = (parts_n3 > 0) * (
            rfr_n3 <= plafond(seuils.plafond_taux_reduit_premiere_part, seuils.plafond_taux_reduit_demi_part, parts_n3)
        )
        taux = TypesTauxCsgRemplacement
        return numpy.select(
            [parts <= 0, rfr <= plafond_exoneration, (rfr <= plafond_taux_reduit) + lissage],
            [taux.taux_plein, taux.exonere, taux.taux_reduit],
            taux.taux_plein,
        )
