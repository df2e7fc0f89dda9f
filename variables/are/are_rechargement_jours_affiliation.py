import numpy

from openfisca_ass import references
from openfisca_ass.entities import Individu
from openfisca_ass.historique_contrats import lire_periode_de_reference
from openfisca_ass.model_api import ETERNITY, NombrePositif


class are_rechargement_jours_affiliation(NombrePositif):
    value_type = int
    entity = Individu
    definition_period = ETERNITY
    label = "Nombre de jours travaillés retenus pour la condition d'affiliation du rechargement de l'ARE"
    reference = [references.ARE_DECRET_2019_797, references.RAC_2024_ARTICLE_3, references.UNEDIC_DROITS_RECHARGEABLES]
    unit = "day"
    documentation = """
    Jours travaillés après la fin du contrat qui a ouvert le droit, comptés à la manière du
    règlement (règlement d'assurance chômage, art. 3 § 2 : cinq par semaine civile ; art. 28 § 1) :
    130 jours (ou 910 heures) ouvrent le rechargement (are_rechargement_droits_ouverts). À partir de
    l'historique mensuel (jours_sous_contrat) de la période qui se termine à
    are_rechargement_date_fin_contrat ; sans aucun mois sous contrat dans cette période,
    are_rechargement_jours_travailles tel qu'il est donné.
    """

    def formula(individu, period, parameters):
        periode = lire_periode_de_reference(individu, period, parameters, rechargement=True)
        donnes = individu("are_rechargement_jours_travailles", period)
        return numpy.where(periode["historique"], periode["jours_travailles"], donnes)
