import numpy

from openfisca_ass import references
from openfisca_ass.entities import Individu
from openfisca_ass.historique_contrats import lire_periode_de_reference
from openfisca_ass.model_api import ETERNITY, NombrePositif


class are_jours_affiliation_periode_reference(NombrePositif):
    value_type = int
    entity = Individu
    definition_period = ETERNITY
    label = "Nombre de jours travaillés retenus pour la condition d'affiliation de l'ARE"
    reference = [references.ARE_DECRET_2019_797, references.RAC_2024_ARTICLE_3]
    unit = "day"
    documentation = """
    Jours travaillés sur la période de référence d'affiliation tels que le règlement les compte
    (règlement d'assurance chômage, art. 3 § 2) : cinq jours par semaine civile (du lundi au
    dimanche) d'emploi, les jours d'une période plus courte dans la limite de cinq, un jour
    travaillé sous deux contrats compté une fois. 130 jours (88 pour les contrats terminés du
    2020-08-01 au 2021-11-30) ouvrent le droit (are_droits_ouverts).

    Calculés à partir des jours sous contrat de l'historique mensuel (jours_sous_contrat,
    présentés comme l'indique sa documentation). En l'absence de tout mois sous contrat dans la
    période, les jours travaillés donnés dans are_jours_travailles_periode_reference sont pris
    comme ce décompte (la manière dont un droit était décrit avant que l'historique puisse être
    lu).
    """

    def formula(individu, period, parameters):
        periode = lire_periode_de_reference(individu, period, parameters)
        donnes = individu("are_jours_travailles_periode_reference", period)
        return numpy.where(periode["historique"], periode["jours_travailles"], donnes)
