import numpy

from openfisca_ass import references
from openfisca_ass.calendrier import arrondi_centime
from openfisca_ass.entities import Individu
from openfisca_ass.mecanique_are import Taux, allocation_reduite, jours_au_premier_taux, montant
from openfisca_ass.model_api import MONTH, Variable


class are(Variable):
    value_type = float
    entity = Individu
    definition_period = MONTH
    label = "Montant brut de l'ARE versé au titre du mois, après cumul avec une activité, en euros"
    reference = [
        references.ARE_DECRET_2019_797,
        references.ARE_RAC_2024_ART_17_BIS,
        references.RAC_2024_ART_32_BIS,
        references.UNEDIC_CUMUL,
        references.FRANCE_TRAVAIL_AVANTAGE_VIEILLESSE,
    ]
    unit = "currency-EUR"
    documentation = """
    Jours indemnisables (are_jours_indemnisables) × AJ du mois (are_allocation_journaliere, l'AJ
    de son premier jour), arrondi au centime. Lorsque le jour de la dégressivité (183e jour
    d'indemnisation, are_degressivite_jour_application) tombe dans le mois, les jours indemnisés
    à partir de ce jour le sont à l'AJ dégressive (règlement d'assurance chômage, art. 17 bis),
    les jours antérieurs à l'AJ pleine : jours déjà indemnisés au début du mois =
    are_duree_droits − are_jours_restants. Une AJ donnée en entrée pour le mois est versée pour
    chaque jour. Brut : la participation de 3 % pour la retraite complémentaire, la CSG et la CRDS
    sont retenues dans are_net. Formule à partir du 2019-11-01 (DECISIONS.md D16) : 0 avant.

    Avec une pension de retraite (retraite_brute) à partir de 50 ans, chaque AJ versée (pleine et
    dégressive) est diminuée de are_reduction_avantage_vieillesse, sans descendre sous l'allocation
    minimale (are.allocation_journaliere.minimum ; règlement d'assurance chômage, art. 18 ;
    DECISIONS.md D20). Les jours indemnisés, le cumul avec une activité et son plafond sont
    calculés sur l'AJ avant cette réduction (choix de modélisation).

    À partir du mois où un droit est rechargé (are_droit_recharge), chaque jour est versé à l'AJ
    du droit rechargé (are_rechargement_allocation_journaliere, sans dégressivité).
    """

    def formula_2019_11_01(individu, period, parameters):
        jours = individu("are_jours_indemnisables", period)
        allocation = arrondi_centime(individu("are_allocation_journaliere", period))
        plein = arrondi_centime(individu("are_allocation_journaliere_taux_plein", period))
        degressive = arrondi_centime(individu("are_allocation_journaliere_degressive", period))
        if individu("are_rechargement_droits_ouverts", period).any():
            # A recharged right: its own AJ, no degressivity (art. 28; DECISIONS.md D21).
            recharge = individu("are_droit_recharge", period)
            propre = arrondi_centime(individu("are_rechargement_allocation_journaliere", period))
            plein = numpy.where(recharge, propre, plein)
            degressive = numpy.where(recharge, propre, degressive)
        jour = individu("are_degressivite_jour_application", period)
        deja_payes = individu("are_duree_droits", period) - individu("are_jours_restants", period)
        avant = jours_au_premier_taux(jour, deja_payes, allocation, plein, degressive)
        # An old-age benefit reduces the AJ paid (règlement art. 18), down to the minimum allowance.
        reduction = individu("are_reduction_avantage_vieillesse", period)
        if reduction.any():
            minimum = parameters(period).are.allocation_journaliere.minimum
            allocation = allocation_reduite(allocation, reduction, minimum)
            degressive = allocation_reduite(degressive, reduction, minimum)
        return arrondi_centime(montant(jours, Taux(allocation, degressive, avant)))
