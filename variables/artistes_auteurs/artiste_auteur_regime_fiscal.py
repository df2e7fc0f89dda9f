from openfisca_ass import references
from openfisca_ass.entities import Individu
from openfisca_ass.enums import RegimesFiscauxArtisteAuteur
from openfisca_ass.model_api import MONTH, Enum, Variable, set_input_dispatch_by_period


class artiste_auteur_regime_fiscal(Variable):
    value_type = Enum
    possible_values = RegimesFiscauxArtisteAuteur
    default_value = RegimesFiscauxArtisteAuteur.bnc_special
    entity = Individu
    definition_period = MONTH
    label = "Régime fiscal des revenus artistiques de l'artiste-auteur"
    reference = [references.CGI_102_TER, references.URSSAF_ARTISTES_AUTEURS, references.SECU_ARTISTES_AUTEURS_ASSIETTE]
    documentation = """
    - bnc_special: special BNC regime (micro-BNC, CGI art. 102 ter): 34 % flat-rate abatement,
      at least 305 € a year; social base = receipts × 0.66 × 1.15.
    - declaration_controlee: BNC under the déclaration contrôlée (CGI art. 93): profit = receipts −
      expenses (artiste_auteur_frais_professionnels); social base = profit × 1.15.
    - traitements_salaires: authors' income declared by third parties taxed as salaries (CGI art.
      93-1 quater); social base = the gross amount, CSG-CRDS on 98.25 % of it.
    Modelling choice: without an input, the special BNC regime, the seed article's case and the
    regime of most artists selling their works; give the regime to get the right one.
    """
    set_input = set_input_dispatch_by_period
