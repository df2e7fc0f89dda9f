from openfisca_ass import references
from openfisca_ass.entities import Individu
from openfisca_ass.model_api import MONTH, MontantEuros, set_input_divide_by_period


class chomage_imposable(MontantEuros):
    value_type = float
    entity = Individu
    definition_period = MONTH
    label = "Allocations d'assurance chômage (ARE) imposables perçues au cours du mois, en euros"
    reference = [references.CT_R5423, references.SERVICE_PUBLIC_ASS]
    unit = "currency-EUR"
    documentation = """
    Allocations d'assurance chômage perçues. Dans les ressources de l'ASS, l'ARE du demandeur
    lui-même est exclue (R5423-3 1°) tandis que celle du conjoint compte (sous réserve de
    R5423-5 lorsqu'elle a cessé). Choix de modélisation : c'est cette entrée, et non `are`
    calculée, que lisent les ressources de l'ASS, afin qu'une situation puisse donner l'ARE
    réellement perçue les mois passés.
    """
    set_input = set_input_divide_by_period
