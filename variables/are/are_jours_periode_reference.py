import numpy

from openfisca_ass import references
from openfisca_ass.entities import Individu
from openfisca_ass.historique_contrats import lire_periode_de_reference
from openfisca_ass.model_api import ETERNITY, NombrePositif


class are_jours_periode_reference(NombrePositif):
    value_type = int
    entity = Individu
    definition_period = ETERNITY
    label = "Nombre de jours calendaires de la période de référence de calcul de l'ARE"
    reference = [references.ARE_DECRET_2021_346, references.ARE_DECRET_2019_797]
    unit = "day"
    documentation = """
    Jours calendaires du premier jour du premier contrat de la période de référence à la fin du
    dernier contrat, moins les jours neutralisés (maladie, maternité...). Diviseur du salaire de
    référence et base de la durée, avant le plafonnement des jours non travaillés.

    Calculés à partir de l'historique mensuel lorsqu'ils ne sont pas donnés : du premier jour
    sous contrat dans la période de référence (24 mois avant la fin du contrat, 36 dans la
    tranche d'âge supérieure) à la fin du contrat, l'un et l'autre inclus. Non modélisés : les
    jours neutralisés (pas d'entrée pour la maladie, la maternité ou une activité non déclarée
    hors contrat).
    """

    def formula(individu, period, parameters):
        periode = lire_periode_de_reference(individu, period, parameters)
        jours = periode["jour_fin"] - periode["premier_jour"] + 1
        return numpy.where(periode["historique"], jours, 0)
