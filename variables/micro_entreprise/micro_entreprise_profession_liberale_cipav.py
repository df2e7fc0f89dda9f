from openfisca_ass import references
from openfisca_ass.entities import Individu
from openfisca_ass.model_api import MONTH, Variable, set_input_dispatch_by_period


class micro_entreprise_profession_liberale_cipav(Variable):
    value_type = bool
    entity = Individu
    definition_period = MONTH
    label = "La micro-entreprise exerce une profession libérale réglementée affiliée à la CIPAV"
    reference = [references.CSS_D613_4]
    documentation = """
    True for a regulated liberal profession whose old-age insurance is the CIPAV (architects,
    psychologists, consulting engineers...): the micro-social rate is then the CIPAV one (CSS
    D613-4), not the rate of the other BNC (sécurité sociale des indépendants). Only read when
    the category (micro_entreprise_activite) is prestations_services_bnc. False by default.
    """
    default_value = False
    set_input = set_input_dispatch_by_period
