from openfisca_ass import references
from openfisca_ass.entities import Individu
from openfisca_ass.model_api import MONTH, MontantEuros, set_input_divide_by_period


class aah(MontantEuros):
    value_type = float
    entity = Individu
    definition_period = MONTH
    label = "Allocation aux adultes handicapés (AAH) perçue au cours du mois, en euros"
    reference = [references.CT_L5423_7, references.SERVICE_PUBLIC_ASS]
    unit = "currency-EUR"
    documentation = """
    Depuis le 2017-01-01, l'ASS ne peut pas être versée à une personne qui perçoit l'AAH (code du
    travail L5423-7, loi n° 2016-1917 art. 87), sauf pour les personnes qui percevaient les deux
    au 2016-12-31, pendant 10 ans au plus.
    """
    set_input = set_input_divide_by_period
