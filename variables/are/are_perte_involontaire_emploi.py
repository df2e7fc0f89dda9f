from openfisca_ass import references
from openfisca_ass.entities import Individu
from openfisca_ass.model_api import ETERNITY, Variable


class are_perte_involontaire_emploi(Variable):
    value_type = bool
    entity = Individu
    definition_period = ETERNITY
    label = "Le contrat ayant ouvert le droit à l'ARE a pris fin de façon involontaire"
    reference = [references.ARE_DECRET_2019_797]
    documentation = """
    Licenciement, rupture conventionnelle, fin de contrat à durée déterminée, démission
    légitime (règlement d'assurance chômage, art. 2 à 4). Choix de modélisation : vrai par
    défaut, puisqu'une date de fin de contrat est le plus souvent donnée pour une perte
    involontaire ; mettre à faux pour une démission qui n'ouvre aucun droit.
    """
    default_value = True
