from openfisca_ass import references
from openfisca_ass.entities import Individu
from openfisca_ass.model_api import MONTH, Variable, set_input_dispatch_by_period


class artiste_spectacle_moyens_existence_3_ans(Variable):
    value_type = bool
    entity = Individu
    definition_period = MONTH
    label = (
        "Artiste du spectacle non salarié justifiant d'une activité professionnelle lui ayant"
        " procuré des moyens réguliers d'existence pendant au moins trois ans"
    )
    reference = [references.CT_D5424_62]
    documentation = """
    D5424-62 2° : les artistes du spectacle non réputés salariés qui justifient d'une telle
    activité pendant au moins trois ans peuvent obtenir l'ASS sans la condition d'activité
    salariée de R5423-1 1°.
    """
    default_value = False
    set_input = set_input_dispatch_by_period
