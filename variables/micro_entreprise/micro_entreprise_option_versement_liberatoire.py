from openfisca_ass import references
from openfisca_ass.entities import Individu
from openfisca_ass.model_api import MONTH, Variable, set_input_dispatch_by_period


class micro_entreprise_option_versement_liberatoire(Variable):
    value_type = bool
    entity = Individu
    definition_period = MONTH
    label = "Le micro-entrepreneur a opté pour le versement libératoire de l'impôt sur le revenu"
    reference = [references.CGI_151_0]
    documentation = """
    Option de l'article 151-0 du CGI : l'impôt sur le revenu afférent aux revenus de
    micro-entreprise est payé avec les cotisations micro-sociales, en proportion du chiffre
    d'affaires. Sa condition de revenu (revenu fiscal de référence de l'année N-2 par part au
    plus égal à la limite supérieure de la 2e tranche du barème de l'impôt sur le revenu) n'est
    pas vérifiée : vrai signifie que l'option a été accordée. Faux par défaut.
    """
    default_value = False
    set_input = set_input_dispatch_by_period
