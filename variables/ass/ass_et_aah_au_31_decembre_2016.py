from openfisca_ass import references
from openfisca_ass.entities import Individu
from openfisca_ass.model_api import ETERNITY, Variable


class ass_et_aah_au_31_decembre_2016(Variable):
    value_type = bool
    entity = Individu
    definition_period = ETERNITY
    label = "La personne avait droit à la fois à l'ASS et à l'AAH au 31 décembre 2016"
    reference = [references.CT_L5423, references.SERVICE_PUBLIC_ASS]
    documentation = """
    Loi n° 2016-1917 art. 87 : ces personnes conservent les deux allocations tant qu'elles en
    remplissent les conditions, pendant dix ans au plus, soit jusqu'au 2026-12-31.
    """
    default_value = False
