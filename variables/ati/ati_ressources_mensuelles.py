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
    R5424-72: all the income declared for income tax over the 12 months before the claim, except
    the non-salaried income that ended, the ARE and the ASS, divided by 12. Give that monthly
    average for the months of the right. 0 by default.
    """
    set_input = set_input_divide_by_period
