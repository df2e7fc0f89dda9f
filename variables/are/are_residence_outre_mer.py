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
    Ces territoires suivent le règlement d'assurance chômage de la métropole mais sont exclus de
    la modulation de la durée (décret n° 2023-33) : coefficient de 1 et maxima de 730 / 913 /
    1 095 jours (paramètres are.duree.outre_mer). Faux par défaut.

    Pas pour Mayotte : un résident de Mayotte relève du régime de l'ARE-M (affiliation, durée et
    montants propres), non modélisé au-delà de son minimum (residence_mayotte) ; donnez
    are_jours_restants pour une telle personne.
    """
    default_value = False
