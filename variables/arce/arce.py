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
    Two equal instalments of arce_montant_total (DECISIONS.md D14), each net of the 3 %
    participation and rounded to the cent: the first in the creation month, the second 6 months
    later when arce_second_versement_autorise (the activity goes on; from 2025-04-01 no
    full-time permanent contract). Modelling choice: the first instalment is paid in the
    creation month (the waiting periods are taken as elapsed).
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
