from openfisca_ass import references
from openfisca_ass.entities import Individu
from openfisca_ass.enums import TypesActiviteMicroEntreprise
from openfisca_ass.model_api import MONTH, Enum, Variable, set_input_dispatch_by_period


class micro_entreprise_activite(Variable):
    value_type = Enum
    possible_values = TypesActiviteMicroEntreprise
    default_value = TypesActiviteMicroEntreprise.prestations_services_bic
    entity = Individu
    definition_period = MONTH
    label = "Catégorie d'activité de la micro-entreprise"
    reference = [references.CGI_50_0, references.CGI_102_TER, references.CSS_D613_4]
    documentation = """
    Détermine l'abattement forfaitaire (CGI art. 50-0, 102 ter) et le taux des cotisations
    micro-sociales. Choix de modélisation : lorsqu'aucune catégorie n'est donnée, la
    micro-entreprise est réputée vendre des prestations de services commerciales ou artisanales
    (micro-BIC services, 50 %), le cas médian ; donnez la catégorie pour obtenir la bonne. Une
    profession libérale réglementée affiliée à la CIPAV relève de prestations_services_bnc avec
    micro_entreprise_profession_liberale_cipav vrai (taux de cotisation différent, même
    abattement).
    """
    set_input = set_input_dispatch_by_period
