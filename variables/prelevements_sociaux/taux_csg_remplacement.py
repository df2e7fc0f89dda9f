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
    Tel que le montre une notification de France Travail ; donnez-le lorsqu'il est connu. Sinon
    calculé (CSS L136-8 III) à partir du revenu fiscal de référence (rfr) et des parts (nbptr)
    du foyer fiscal de la personne pour l'année N − 2 : exonéré en dessous du seuil
    d'exonération ou à ce seuil (première part + chaque demi-part supplémentaire), taux réduit
    (3,8 %) en dessous du seuil du taux réduit ou à ce seuil, taux plein (6,2 %) au-delà. Les
    seuils sont ceux de l'année du mois (revalorisés chaque 1er janvier). Lissage (L136-8 III
    2°, LFSS 2019, à partir du 2019-01-01) : le taux réduit s'applique encore lorsque le revenu
    de l'année N − 3 était inférieur ou égal au seuil du taux réduit, le taux plein suppose donc
    deux années au-delà ; lu seulement lorsque nbptr est donné pour l'année N − 3. Le passage de
    l'exonération au taux réduit n'est pas lissé.

    Choix de modélisation : sans nbptr pour l'année N − 2 (0, la valeur par défaut), le taux
    plein — le taux qui laisse le moins, comme le suppose par défaut le complément ARE
    d'openfisca-france. Les seuils plus élevés de la Guadeloupe, de la Martinique, de La Réunion
    et de la Guyane ne sont pas modélisés (NON VÉRIFIÉ) : donnez le taux pour les résidents de
    ces départements.
    """
    set_input = set_input_dispatch_by_period

    def formula_2019_01_01(individu, period, parameters):
        csg = parameters(period).prelevements_sociaux.csg_remplacement
        seuils = csg.seuils_rfr
        annee_n2 = period.this_year.offset(-int(csg.annees_avant_revenu_reference), "year")
        annee_n3 = period.this_year.offset(-int(csg.annees_avant_revenu_lissage), "year")
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
