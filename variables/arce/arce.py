import numpy

from openfisca_ass import references
from openfisca_ass.calendrier import arrondi_centime
from openfisca_ass.entities import Individu
from openfisca_ass.model_api import MONTH, Variable


class arce(Variable):
    value_type = float
    entity = Individu
    definition_period = MONTH
    label = "Versement de l'ARCE payé au cours du mois, net de la participation retraite complémentaire, en euros"
    reference = [references.ARE_DECRET_2019_797, references.SERVICE_PUBLIC_ARCE, references.SERVICE_PUBLIC_ARCE_2025]
    unit = "currency-EUR"
    documentation = """
    Deux versements égaux de arce_montant_total (DECISIONS.md D14), chacun net de la
    participation de 3 % et arrondi au centime : le premier le mois de la création, le second
    6 mois plus tard lorsque arce_second_versement_autorise (l'activité se poursuit ; à partir
    du 2025-04-01, pas de contrat à durée indéterminée à temps plein). Choix de modélisation : le
    premier versement est effectué le mois de la création (les différés sont réputés écoulés).
    """

    def formula_2019_11_01(individu, period, parameters):
        p = parameters(period).arce
        net = 1 - p.participation_retraite_complementaire
        premier = arrondi_centime(arrondi_centime(individu("arce_montant_total", period)) / p.nombre_versements * net)
        total_initial = individu("arce_montant_total", period.offset(-int(p.delai_second_versement_mois), "month"))
        if not total_initial.any():
            return premier
        autorise = individu("arce_second_versement_autorise", period)
        second = numpy.where(autorise, arrondi_centime(arrondi_centime(total_initial) / p.nombre_versements * net), 0)
        return premier + second
