from openfisca_ass import references
from openfisca_ass.entities import Individu
from openfisca_ass.model_api import MONTH, NombrePositif, set_input_dispatch_by_period


class ass_annees_activite_salariee(NombrePositif):
    value_type = float
    entity = Individu
    definition_period = MONTH
    label = "Années d'activité salariée dans les dix ans précédant la fin du dernier contrat de travail"
    reference = [references.CT_R5423, references.SERVICE_PUBLIC_ASS]
    unit = "year"
    documentation = """
    R5423-1 1°: salaried activity, full or part time, any contract (CDI, CDD, temporary work,
    work-study), in France or in the EU, EEA or Switzerland; national service and vocational
    training count too. Indemnified unemployment does not. In years, decimals allowed.
    """
    set_input = set_input_dispatch_by_period
