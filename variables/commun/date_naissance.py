from openfisca_ass import references
from openfisca_ass.entities import Individu
from openfisca_ass.model_api import ETERNITY, Variable, date


class date_naissance(Variable):
    value_type = date
    entity = Individu
    definition_period = ETERNITY
    label = "Date de naissance"
    reference = [references.CSS_L161_17_2, references.CSS_L351_8]
    documentation = """
    Sets the age limits of the ASS (legal retirement age and automatic full-rate age by birth
    cohort, CSS L161-17-2 and L351-8) and the age bands of the ARE.
    """
    default_value = date(1970, 1, 1)
