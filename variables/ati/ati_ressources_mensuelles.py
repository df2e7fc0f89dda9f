from openfisca_ass import references
from openfisca_ass.entities import Individu
from openfisca_ass.model_api import MONTH, MontantEuros, set_input_divide_by_period


class ati_ressources_mensuelles(MontantEuros):
    value_type = float
    entity = Individu
    definition_period = MONTH
    label = "Ressources personnelles mensuelles prises en compte pour l'ATI, en euros"
    reference = [references.CT_L5424_24_ATI, references.DECRET_2019_796]
    unit = "currency-EUR"
    documentation = """
    R5424-72 : l'ensemble des revenus déclarés à l'impôt sur le revenu sur les 12 mois précédant
    la demande, à l'exception des revenus non salariés qui ont pris fin, de l'ARE et de l'ASS,
    divisé par 12. Donnez cette moyenne mensuelle pour les mois du droit. 0 par défaut.
    """
    set_input = set_input_divide_by_period
