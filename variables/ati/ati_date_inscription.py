from openfisca_ass import references
from openfisca_ass.entities import Individu
from openfisca_ass.model_api import ETERNITY, Variable, date


class ati_date_inscription(Variable):
    value_type = date
    entity = Individu
    definition_period = ETERNITY
    label = "Date d'inscription comme demandeur d'emploi ouvrant le versement de l'ATI"
    reference = [references.CT_L5424_24_ATI, references.DECRET_2019_796]
    documentation = """
    L'ATI est versée pendant 182 jours calendaires au plus à partir de cette date. La valeur par
    défaut, 1970-01-01, signifie qu'aucune date n'a été donnée (pas de droit).
    """
    default_value = date(1970, 1, 1)
