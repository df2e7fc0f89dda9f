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
    reference = [
        references.CT_L5424_24_ATI,
        references.CT_R5424_73,
        references.DECRET_2019_796,
        references.DECRET_2022_450_ATI,
    ]
    documentation = """
    Conditions liées à l'activité qui a pris fin, selon les règles en vigueur à la date du fait
    générateur (ati_date_fait_generateur), lues dans les paramètres datés à cette date :
    - un fait générateur de l'article L5424-25 du CT (ati_fait_generateur) : liquidation
      judiciaire ; redressement judiciaire avec remplacement du dirigeant ; à partir du
      2022-04-01, cessation d'une activité non viable : revenus de la dernière année inférieurs
      d'au moins 30 % à ceux de l'année précédente (R5424-72-2) et attestés par un tiers de
      confiance (ati_attestation_tiers_confiance) ;
    - le fait générateur est au 2019-11-01 ou postérieur (ATI en vigueur) ;
    - au moins 2 ans d'activité ininterrompue dans l'entreprise entre ati_date_debut_activite et
      le fait générateur (R5424-70) ;
    - revenus antérieurs (R5424-71) : jusqu'au 2022-03-31, la moyenne des deux dernières années,
      à partir du 2022-04-01, la plus élevée des deux, au moins 10 000 € ;
    - une date d'inscription (ati_date_inscription) est donnée ;
    - l'activité a pris fin dans les 12 mois précédant la veille de l'inscription ou, pour une
      personne inscrite le jour de la fin ou avant, le premier jour du mois de la demande (R5424-73,
      ati_delai_inscription_respecte).
    Calculée une fois pour tous les mois (ETERNITY) ; ati_droit_ouvert ajoute la date du mois, et
    ati_eligibilite les conditions personnelles du mois (inscription, ressources).
    Non modélisés : la règle d'une seule ATI par période de 5 ans, la reprise d'un reliquat de
    droit.
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
            * individu("ati_delai_inscription_respecte", period)
        ) > 0
