from openfisca_ass import references
from openfisca_ass.entities import Individu
from openfisca_ass.historique_contrats import lire_periode_de_reference
from openfisca_ass.model_api import ETERNITY, NombrePositif


class are_rechargement_heures_travaillees(NombrePositif):
    value_type = float
    entity = Individu
    definition_period = ETERNITY
    label = "Nombre d'heures travaillées depuis l'ouverture du droit à l'ARE, retenues pour son rechargement"
    reference = [references.ARE_DECRET_2019_797, references.UNEDIC_DROITS_RECHARGEABLES]
    unit = "hour"
    documentation = """
    Heures travaillées pendant les périodes de are_rechargement_jours_travailles : 910 heures
    ouvrent le rechargement comme 130 jours (l'affiliation de l'art. 3, lue à
    are_rechargement_date_fin_contrat).

    Calculées à partir de l'historique mensuel lorsqu'elles ne sont pas données
    (heures_travaillees de ces mois).
    """

    def formula(individu, period, parameters):
        return lire_periode_de_reference(individu, period, parameters, rechargement=True)["heures"]
