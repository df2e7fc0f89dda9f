import numpy

from openfisca_ass import references
from openfisca_ass.calendrier import rang_mois
from openfisca_ass.entities import Individu
from openfisca_ass.mecanique_are import MEMOIRE_RECHARGE, valeurs_retenues
from openfisca_ass.model_api import MONTH, Variable


class are_droit_recharge(Variable):
    value_type = bool
    entity = Individu
    definition_period = MONTH
    label = "Le droit à l'ARE versé au cours du mois est un droit rechargé"
    reference = [references.ARE_DECRET_2019_797, references.UNEDIC_DROITS_RECHARGEABLES]
    documentation = """
    Vrai à partir du mois qui suit l'épuisement du premier droit lorsqu'il a été rechargé
    (règlement d'assurance chômage, art. 28) : les jours restants comptent alors le droit
    rechargé (are_rechargement_duree_droits) et l'AJ versée est la sienne
    (are_rechargement_allocation_journaliere). Lu dans le parcours des mois
    (are_jours_restants_fin_mois, étape 1 bis), qui le conserve mois par mois ; faux sans
    rechargement ouvert (are_rechargement_droits_ouverts).
    """

    def formula_2019_11_01(individu, period, parameters):
        if not individu("are_rechargement_droits_ouverts", period).any():
            return numpy.zeros(individu.count, dtype=bool)
        individu("are_jours_restants_fin_mois", period)  # the walk up to this month keeps the flag
        return valeurs_retenues(individu, MEMOIRE_RECHARGE, rang_mois(period), bool)
