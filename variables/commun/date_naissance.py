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
    Détermine les limites d'âge de l'ASS (âge légal de départ à la retraite et âge du taux plein
    automatique selon la génération, CSS L161-17-2 et L351-8) et les tranches d'âge de l'ARE.
    """
    default_value = date(1970, 1, 1)
