from openfisca_ass import references
from openfisca_ass.entities import Individu
from openfisca_ass.model_api import MONTH, Variable, set_input_dispatch_by_period


class micro_entreprise_chiffre_affaires_justifie(Variable):
    value_type = bool
    entity = Individu
    definition_period = MONTH
    label = "Le chiffre d'affaires du mois est justifié par la déclaration à l'Urssaf"
    reference = [references.RAC_2024_ART_32_BIS]
    documentation = """
    Faux tant que le chiffre d'affaires déclaré lors de l'actualisation mensuelle n'est pas
    encore justifié par la déclaration à l'Urssaf : l'ARE est alors versée à titre d'avance
    (règlement d'assurance chômage, art. 32 bis § 2 1° ; DECISIONS.md D11). Vrai par défaut.
    """
    default_value = True
    set_input = set_input_dispatch_by_period
