import numpy

from openfisca_ass import references
from openfisca_ass.entities import Individu
from openfisca_ass.mecanique_are import allocation_premier_jour
from openfisca_ass.model_api import MONTH, MontantEuros


class are_allocation_journaliere(MontantEuros):
    value_type = float
    entity = Individu
    definition_period = MONTH
    label = "Allocation journalière brute de l'ARE applicable au mois, après dégressivité, en euros"
    reference = [references.ARE_DECRET_2019_797, references.UNEDIC_CIRCULAIRE_2025_03]
    unit = "currency-EUR"
    documentation = """
    L'AJ dégressive (are_allocation_journaliere_degressive) dès que les jours déjà indemnisés
    (are_duree_droits − are_jours_restants au début du mois) atteignent le jour de la
    dégressivité (are_degressivite_jour_application) moins un, c'est-à-dire lorsque le premier
    jour indemnisé du mois est le 183e jour d'indemnisation ou un jour ultérieur (243e pour les
    contrats terminés du 2021-07-01 au 2021-11-30) ; l'AJ pleine avant. C'est l'AJ du premier
    jour du mois : lorsque le jour de la dégressivité tombe plus tard dans le mois, les jours
    indemnisés à partir de ce jour le sont à l'AJ dégressive (`are` et
    are_jours_restants_fin_mois partagent le mois). Le décompte de la dégressivité nécessite
    are_duree_droits (calculée à partir de l'historique des contrats, ou donnée avec
    are_jours_restants).
    À partir du mois où un droit est rechargé (are_droit_recharge) : l'AJ du droit rechargé
    (are_rechargement_allocation_journaliere).
    """

    def formula_2019_11_01(individu, period, parameters):
        plein = individu("are_allocation_journaliere_taux_plein", period)
        degressive = individu("are_allocation_journaliere_degressive", period)
        jour = individu("are_degressivite_jour_application", period)
        deja_payes = individu("are_duree_droits", period) - individu("are_jours_restants", period)
        allocation = allocation_premier_jour(jour, deja_payes, plein, degressive)
        if not individu("are_rechargement_droits_ouverts", period).any():
            return allocation
        # A recharged right is paid at its own AJ (règlement d'assurance chômage, art. 28).
        recharge = individu("are_droit_recharge", period)
        return numpy.where(recharge, individu("are_rechargement_allocation_journaliere", period), allocation)
