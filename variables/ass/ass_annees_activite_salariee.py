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
    R5423-1 1° : activité salariée, à temps plein ou partiel, sous tout contrat (CDI, CDD,
    intérim, alternance), en France ou dans l'UE, l'EEE ou en Suisse ; le service national et la
    formation professionnelle comptent aussi. Le chômage indemnisé ne compte pas. En années,
    décimales admises.
    """
    set_input = set_input_dispatch_by_period
