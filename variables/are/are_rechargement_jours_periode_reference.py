import numpy

from openfisca_ass import references
from openfisca_ass.entities import Individu
from openfisca_ass.historique_contrats import lire_periode_de_reference
from openfisca_ass.model_api import ETERNITY, NombrePositif


class are_rechargement_jours_periode_reference(NombrePositif):
    value_type = int
    entity = Individu
    definition_period = ETERNITY
    label = "Nombre de jours calendaires de la période de référence du droit rechargé"
    reference = [references.ARE_DECRET_2019_797, references.ARE_DECRET_2021_346]
    unit = "day"
    documentation = """
    Jours calendaires du premier jour du premier emploi après la fin du contrat qui a ouvert le
    droit jusqu'à are_rechargement_date_fin_contrat (dans les 24 ou 36 mois qui la précèdent),
    moins les jours neutralisés : diviseur du SJR du droit rechargé et base de sa durée, avant le
    plafonnement des jours non travaillés. Donner le même nombre que
    are_rechargement_jours_travailles pour un contrat continu.

    Calculés à partir de l'historique mensuel lorsqu'ils ne sont pas donnés : du premier jour sous
    contrat après are_date_fin_contrat (dans les 24 ou 36 mois) à
    are_rechargement_date_fin_contrat.
    """

    def formula(individu, period, parameters):
        periode = lire_periode_de_reference(individu, period, parameters, rechargement=True)
        return numpy.where(periode["historique"], periode["jour_fin"] - periode["premier_jour"] + 1, 0)
