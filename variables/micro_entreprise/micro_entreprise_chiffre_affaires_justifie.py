from openfisca_ass import references
from openfisca_ass.entities import Individu
from openfisca_ass.model_api import MONTH, Variable, set_input_dispatch_by_period


class micro_entreprise_chiffre_affaires_justifie(Variable):
    value_type = bool
    entity = Individu
    definition_period = MONTH
    label = "Le chiffre d'affaires du mois, et celui des mois payés par avance, sont justifiés avant le paiement"
    reference = [references.RAC_2024_ART_32_BIS]
    documentation = """
    Vrai (par défaut) lorsque les justificatifs attendus au paiement du mois sont produits : la
    déclaration à l'Urssaf du chiffre d'affaires du mois et, le cas échéant, celle des mois déjà
    payés par avance. Faux tant que le chiffre d'affaires déclaré lors de l'actualisation
    mensuelle n'est pas encore justifié : l'ARE du mois est alors versée à titre d'avance
    (0,8 × les jours), et une avance d'un mois antérieur non justifiée dans le délai
    (are.cumul.delai_justification_avance_mois, avant le paiement du mois suivant) est
    récupérée sur le paiement du mois (are_jours_avance_recuperes) ; les jours récupérés restent
    dus et sont versés le mois où le chiffre d'affaires est justifié (règlement d'assurance
    chômage, art. 32 bis § 2 1° ; DECISIONS.md D11, D26).
    """
    default_value = True
    set_input = set_input_dispatch_by_period
