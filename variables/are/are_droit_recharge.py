import numpy

from openfisca_ass import references
from openfisca_ass.calendrier import rang_mois
from openfisca_ass.entities import Individu
from openfisca_ass.mecanique_are import MEMOIRE_RECHARGE
from openfisca_ass.model_api import MONTH, Variable


class are_droit_recharge(Variable):
    value_type = bool
    entity = Individu
    definition_period = MONTH
    label = "Le droit à l'ARE versé au cours du mois est un droit rechargé"
    reference = [references.ARE_DECRET_2019_797, references.UNEDIC_DROITS_RECHARGEABLES]
    documentation = """
    True from the month after the exhaustion of the first right when it was recharged
    (règlement d'assurance chômage, art. 28): the days left then count the recharged right
    (are_rechargement_duree_droits) and the AJ paid is its own
    (are_rechargement_allocation_journaliere). Read from the month walk
    (are_jours_restants_fin_mois, step 1 bis), which keeps it month by month; false without a
    recharge open (are_rechargement_droits_ouverts).
    """

    def formula_2019_11_01(individu, period, parameters):
        if not individu("are_rechargement_droits_ouverts", period).any():
            return numpy.zeros(individu.count, dtype=bool)
        individu("are_jours_restants_fin_mois", period)  # the walk up to this month keeps the flag
        memoire = getattr(individu, MEMOIRE_RECHARGE, None) or {}
        return memoire.get(rang_mois(period), numpy.zeros(individu.count, dtype=bool))
