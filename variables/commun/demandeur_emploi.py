from openfisca_ass import references
from openfisca_ass.entities import Individu
from openfisca_ass.model_api import MONTH, Variable, set_input_dispatch_by_period


class demandeur_emploi(Variable):
    value_type = bool
    entity = Individu
    definition_period = MONTH
    label = "Inscrit à France Travail et à la recherche effective d'un emploi au cours du mois"
    reference = [references.CT_R5423_1, references.CT_L5423_1]
    documentation = """
    Code du travail R5423-1 2° (ASS) et L5421-3 : inscrit comme demandeur d'emploi et à la
    recherche effective d'un emploi. Faux par défaut : une prestation n'est jamais accordée à une
    personne non déclarée comme demandeur d'emploi.
    """
    set_input = set_input_dispatch_by_period
