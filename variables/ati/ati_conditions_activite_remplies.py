import numpy

from openfisca_ass import references
from openfisca_ass.calendrier import (
    MOIS_PAR_AN,
    au_moins,
    date_renseignee,
    en_centimes,
    jour_dans_mois,
    rang_mois_dates,
)
from openfisca_ass.entities import Individu
from openfisca_ass.enums import TypesFaitGenerateurAti
from openfisca_ass.model_api import ETERNITY, Variable
from openfisca_ass.parametres_aux_dates import ParametresAuxDates

# The ATI weighs the income of two years, given as two inputs (the last year and the year before,
# L5424-27 and R5424-71): their average is their sum divided by this count.
NOMBRE_ANNEES_REVENUS = 2


def _jour_du_mois(dates):
    return jour_dans_mois(dates)


class ati_conditions_activite_remplies(Variable):
    value_type = bool
    entity = Individu
    definition_period = ETERNITY
    label = "Les conditions de l'ATI liées à l'activité qui a cessé sont remplies, quel que soit le mois"
    reference = [references.CT_L5424_24_ATI, references.DECRET_2019_796, references.DECRET_2022_450_ATI]
    documentation = """
    Conditions tied to the activity that ended, under the rules in force on the date of the event
    (ati_date_fait_generateur), read from the dated parameters at that date:
    - an event of CT L5424-25 (ati_fait_generateur): liquidation judiciaire; redressement
      judiciaire with the manager replaced; from 2022-04-01, cessation of a non-viable activity:
      income of the last year at least 30 % below the year before (R5424-72-2) and attested by a
      tiers de confiance (ati_attestation_tiers_confiance);
    - the event is on or after 2019-11-01 (ATI in force);
    - at least 2 years of uninterrupted activity in the enterprise between ati_date_debut_activite
      and the event (R5424-70);
    - prior income (R5424-71): until 2022-03-31 the average of the two last years, from
      2022-04-01 the higher of the two, at least 10 000 €;
    - a registration date (ati_date_inscription) is given.
    Computed once for all months (ETERNITY); ati_droit_ouvert adds the date of the month, and
    ati_eligibilite the personal conditions of the month (registration, resources).
    Not modelled: the rule of one ATI per 5 years, the resumption of a remaining right.
    """

    def formula(individu, period, parameters):
        date_fait = individu("ati_date_fait_generateur", period)
        loi = ParametresAuxDates(individu, parameters, date_fait)
        fait = individu("ati_fait_generateur", period)
        debut = individu("ati_date_debut_activite", period)
        inscription = individu("ati_date_inscription", period)
        # Whole cents in float64: float32 products missed exact 30 % drops and averages.
        revenu_derniere = en_centimes(individu("ati_revenu_activite_derniere_annee", period))
        revenu_avant_derniere = en_centimes(individu("ati_revenu_activite_avant_derniere_annee", period))

        _, en_vigueur = loi("ati.montant.montant_journalier")
        annees, _ = loi("ati.conditions.duree_activite_minimale_annees")
        revenu_minimal, _ = loi("ati.conditions.revenu_activite_minimal")
        meilleure_annee, _ = loi("ati.conditions.revenu_minimal_une_des_deux_annees")
        baisse_minimale, non_viable_ouvert = loi("ati.conditions.baisse_revenus_activite_non_viable")

        non_viable = (
            (fait == TypesFaitGenerateurAti.cessation_activite_non_viable)
            * non_viable_ouvert
            * individu("ati_attestation_tiers_confiance", period)
            * (revenu_avant_derniere > 0)
            * au_moins(revenu_avant_derniere - revenu_derniere, baisse_minimale * revenu_avant_derniere)
        )
        fait_valide = (
            (fait == TypesFaitGenerateurAti.liquidation_judiciaire)
            + (fait == TypesFaitGenerateurAti.redressement_judiciaire_remplacement_dirigeant)
            + non_viable
        ) > 0

        mois_activite = (
            rang_mois_dates(date_fait) - rang_mois_dates(debut) - (_jour_du_mois(date_fait) < _jour_du_mois(debut))
        )
        activite_suffisante = date_renseignee(debut) * (mois_activite >= annees * MOIS_PAR_AN)

        revenu_retenu = numpy.where(
            meilleure_annee.astype(bool),
            numpy.maximum(revenu_derniere, revenu_avant_derniere),
            (revenu_derniere + revenu_avant_derniere) / NOMBRE_ANNEES_REVENUS,
        )
        return (
            date_renseignee(date_fait)
            * en_vigueur
            * fait_valide
            * activite_suffisante
            * au_moins(revenu_retenu, en_centimes(revenu_minimal))
            * date_renseignee(inscription)
        ) > 0
