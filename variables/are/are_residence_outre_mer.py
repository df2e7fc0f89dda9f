from openfisca_ass import references
from openfisca_ass.entities import Individu
from openfisca_ass.model_api import ETERNITY, Variable


class are_residence_outre_mer(Variable):
    value_type = bool
    entity = Individu
    definition_period = ETERNITY
    label = (
        "Résidait, à la fin du contrat ayant ouvert le droit à l'ARE, en Guadeloupe, en Guyane, en "
        "Martinique, à La Réunion, à Saint-Barthélemy, à Saint-Martin ou à Saint-Pierre-et-Miquelon"
    )
    reference = [references.ARE_DECRET_2023_33, references.FRANCE_TRAVAIL_ARE_MAYOTTE]
    documentation = """
    These territories follow the règlement d'assurance chômage of metropolitan France but are
    excluded from the modulation of the duration (décret n° 2023-33): coefficient 1 and maxima of
    730 / 913 / 1 095 days (parameters are.duree.outre_mer). False by default.

    Not for Mayotte: a resident of Mayotte is under the ARE-M regime (own affiliation, duration
    and amounts), not modelled beyond its minimum (residence_mayotte); give are_jours_restants for
    such a person.
    """
    default_value = False
