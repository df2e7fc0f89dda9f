import numpy

from openfisca_ass import references
from openfisca_ass.calendrier import arrondi_centime
from openfisca_ass.entities import Individu
from openfisca_ass.mecanique_are import jours_apres_arce
from openfisca_ass.model_api import MONTH, Variable


class arce_jours_imputes(Variable):
    value_type = int
    entity = Individu
    definition_period = MONTH
    label = "Nombre de jours d'ARE consommés par le versement de l'ARCE payé au cours du mois"
    reference = [references.SERVICE_PUBLIC_ARCE, references.ARE_DECRET_2019_797]
    unit = "day"
    documentation = """
    DECISIONS.md D13 : jours restants après l'ARCE = (jours restants à la création × AJ − ARCE
    brute versée) ÷ AJ, arrondi au jour le plus proche (les demis à l'unité supérieure). Premier
    versement, le mois de la création : jours restants − arrondi(jours restants − versement ÷
    AJ). Second versement : arrondi(jours restants − versement ÷ AJ) − arrondi(jours restants −
    total ÷ AJ), avec les jours restants et l'AJ du mois de la création. La règle se trouve dans
    openfisca_ass.mecanique_are (jours_apres_arce), partagée avec le parcours de l'ARE
    (are_jours_restants_fin_mois).
    """

    def formula_2019_11_01(individu, period, parameters):
        p = parameters(period).arce
        resultat = numpy.zeros(individu.count, dtype=numpy.int64)
        total = arrondi_centime(individu("arce_montant_total", period))
        if total.any():
            restants = individu("are_jours_restants", period)
            allocation = numpy.where(total > 0, arrondi_centime(individu("are_allocation_journaliere", period)), 1)
            apres = jours_apres_arce(restants, total / p.nombre_versements, allocation)
            resultat = resultat + numpy.where(total > 0, restants - apres, 0)
        creation = period.offset(-int(p.delai_second_versement_mois), "month")
        total_initial = arrondi_centime(individu("arce_montant_total", creation))
        if total_initial.any():
            restants = individu("are_jours_restants", creation)
            allocation = numpy.where(
                total_initial > 0, arrondi_centime(individu("are_allocation_journaliere", creation)), 1
            )
            apres_premier = jours_apres_arce(restants, total_initial / p.nombre_versements, allocation)
            apres_second = jours_apres_arce(restants, total_initial, allocation)
            autorise = individu("arce_second_versement_autorise", period)
            resultat = resultat + numpy.where((total_initial > 0) * autorise, apres_premier - apres_second, 0)
        return resultat
