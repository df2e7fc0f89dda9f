from openfisca_ass import references
from openfisca_ass.entities import Individu
from openfisca_ass.historique_contrats import lire_periode_de_reference
from openfisca_ass.model_api import ETERNITY, NombrePositif


class are_heures_travaillees_periode_reference(NombrePositif):
    value_type = float
    entity = Individu
    definition_period = ETERNITY
    label = "Nombre d'heures travaillées au cours de la période de référence d'affiliation de l'ARE"
    reference = [references.ARE_DECRET_2019_797]
    unit = "hour"
    documentation = """
    Heures travaillées sur la période de référence d'affiliation : 910 heures (610 du
    2020-08-01 au 2021-11-30) ouvrent le droit au même titre que les jours travaillés.

    Calculées à partir de l'historique mensuel lorsqu'elles ne sont pas données : les heures des
    mois de la période de référence (heures_travaillees), un mois coupé par le début de la
    période étant proratisé à ses jours compris dans celle-ci. Non modélisé : le maximum
    hebdomadaire de l'article L3121-21 sur les heures comptées.
    """

    def formula(individu, period, parameters):
        return lire_periode_de_reference(individu, period, parameters)["heures"]
