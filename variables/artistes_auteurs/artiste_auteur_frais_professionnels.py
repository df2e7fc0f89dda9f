from openfisca_ass import references
from openfisca_ass.entities import Individu
from openfisca_ass.model_api import MONTH, MontantEuros, set_input_divide_by_period


class artiste_auteur_frais_professionnels(MontantEuros):
    value_type = float
    entity = Individu
    definition_period = MONTH
    label = "Frais professionnels de l'artiste-auteur en déclaration contrôlée payés au cours du mois, en euros"
    reference = [references.URSSAF_ARTISTES_AUTEURS, references.SECU_ARTISTES_AUTEURS_ASSIETTE]
    unit = "currency-EUR"
    documentation = """
    Used only under the déclaration contrôlée (CGI art. 93): the profit is the receipts minus these
    expenses, as on the 2035 return, social contributions paid included (the 15 % uplift of the
    social base stands for them). Ignored under the special BNC regime (flat 34 % abatement) and
    under traitements et salaires.
    """
    set_input = set_input_divide_by_period
