from openfisca_ass import references
from openfisca_ass.entities import Individu
from openfisca_ass.model_api import MONTH, Variable, set_input_dispatch_by_period


class micro_entreprise_artisan(Variable):
    value_type = bool
    entity = Individu
    definition_period = MONTH
    label = "Le micro-entrepreneur est artisan, immatriculé au registre des métiers"
    reference = [references.CT_L6331_48]
    documentation = """
    Les artisans paient la contribution à la formation professionnelle au taux des artisans
    (0,3 % du chiffre d'affaires), quelle que soit la catégorie de leur activité. Faux par
    défaut.
    """
    default_value = False
    set_input = set_input_dispatch_by_period
