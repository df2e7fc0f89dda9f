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
    Days worked in the reference period of affiliation as the rules count them (règlement
    d'assurance chômage, art. 3 § 2): five days for each civil week (Monday to Sunday) of
    employment, the days of a shorter period up to five, a day worked under two contracts
    counted once. 130 of them (88 for contracts ending from 2020-08-01 to 2021-11-30) open the
    right (are_droits_ouverts).

    Computed from the days under contract of the monthly history (jours_sous_contrat, laid out as
    its documentation says). Without any month under contract in the period, the days worked
    given as are_jours_travailles_periode_reference are taken as this count (the way a right
    was described before the history could be read).
    """

    def formula(individu, period, parameters):
        periode = lire_periode_de_reference(individu, period, parameters)
        donnes = individu("are_jours_travailles_periode_reference", period)
        return numpy.where(periode["historique"], periode["jours_travailles"], donnes)
