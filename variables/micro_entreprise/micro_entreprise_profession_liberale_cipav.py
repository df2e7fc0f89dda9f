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
    Vrai pour une profession libérale réglementée dont l'assurance vieillesse est la CIPAV
    (architectes, psychologues, ingénieurs-conseils...) : le taux micro-social est alors celui
    de la CIPAV (CSS D613-4), non le taux des autres BNC (sécurité sociale des indépendants). Lu
    seulement lorsque la catégorie (micro_entreprise_activite) est prestations_services_bnc. Faux
    par défaut.
    """
    default_value = False
    set_input = set_input_dispatch_by_period
