from openfisca_ass import references
from openfisca_ass.entities import Individu
from openfisca_ass.model_api import MONTH, Variable


class ass_exclusion_aah(Variable):
    value_type = bool
    entity = Individu
    definition_period = MONTH
    label = "L'ASS n'est pas versée parce que la personne perçoit l'AAH"
    reference = [references.CT_L5423_7, references.SERVICE_PUBLIC_ASS]
    documentation = """
    L5423-7 (à partir du 2017-01-01) : pas d'ASS tant qu'une AAH est versée. Les personnes
    bénéficiaires des deux au 2016-12-31 conservent les deux jusqu'au 2026-12-31 (loi
    n° 2016-1917 art. 87, dix ans au plus).
    """

    def formula(individu, period, parameters):
        aah = parameters(period).ass.eligibilite.aah
        maintien = aah.maintien_droits_ouverts_au_31_decembre_2016 * individu("ass_et_aah_au_31_decembre_2016", period)
        return aah.non_cumul * (individu("aah", period) > 0) * (1 - maintien) > 0
