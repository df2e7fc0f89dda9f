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
    Decides the flat-rate abatement (CGI art. 50-0, 102 ter) and the micro-social contribution
    rate. Modelling choice: when no category is given, the micro-enterprise is taken to sell
    commercial or craft services (micro-BIC services, 50 %), the middle case; give the category
    to get the right one. A regulated liberal profession affiliated to the CIPAV is
    prestations_services_bnc with micro_entreprise_profession_liberale_cipav true (different
    contribution rate, same abatement).
    """
    set_input = set_input_dispatch_by_period
