import numpy

from openfisca_ass import references
from openfisca_ass.calendrier import date_renseignee, rang_mois, rang_mois_dates
from openfisca_ass.entities import Famille, Individu
from openfisca_ass.model_api import MONTH, Variable
from openfisca_ass.parametres_aux_dates import ParametresAuxDates


class ass_eligibilite_individu(Variable):
    value_type = bool
    entity = Individu
    definition_period = MONTH
    label = "La personne remplit ce mois-ci les conditions personnelles d'attribution de l'ASS"
    reference = [
        references.CT_L5423,
        references.CT_R5423,
        references.CT_D5424_62,
        references.SERVICE_PUBLIC_ASS,
    ]
    documentation = """
    - inscrit et à la recherche d'un emploi (R5423-1 2°, demandeur_emploi) ;
    - droits à l'assurance chômage épuisés : aucun jour d'ARE restant (L5423-1,
      are_jours_restants = 0), donc aucune ARE versée dans le mois ;
    - activité salariée antérieure (R5423-1 1°, ass_precondition_remplie), ou voie des artistes
      des articles D5424-62 à D5424-64 (ass_voie_artiste) ;
    - sous la limite d'âge (ass_age_limite_atteinte) ;
    - pas d'AAH, avec la transition de 2016 (ass_exclusion_aah) ;
    - pas de droit à l'ATI ce mois-ci (L5423-1 : l'ASS est destinée à ceux qui ne peuvent pas
      bénéficier de l'ATI) ;
    - à partir du mois de la demande lorsque ass_date_demande est donnée (Choix de modélisation :
      le mois de la demande est versé en entier) ;
    - nouvelles entrées ouvertes à la date de la demande
      (ass.eligibilite.nouvelles_entrees_ouvertes : toujours vrai dans la loi ; la réforme
      suppression_ass_nouveaux_entrants les ferme à partir d'une date) ;
    - parent de la famille : le demandeur en est le demandeur ou le conjoint (un enfant majeur
      forme sa propre famille).
    La condition de ressources (R5423-1 3°) est appliquée par le montant, dans ass.
    Non modélisés : l'option des personnes de 50 ans ou plus pour l'ASS au lieu de l'ARE
    (L5423-2) ; les marins et les dockers occasionnels.
    """

    def formula(individu, period, parameters):
        date_demande = individu("ass_date_demande", period)
        # New entries: read at the claim date (or at the month computed when no date is given).
        date_entree = numpy.where(date_renseignee(date_demande), date_demande, numpy.datetime64(period.start.date, "D"))
        loi = ParametresAuxDates(individu, parameters, date_entree)
        entree_ouverte, _ = loi("ass.eligibilite.nouvelles_entrees_ouvertes")
        deja_demandee = numpy.logical_not(date_renseignee(date_demande)) + (
            rang_mois(period) >= rang_mois_dates(date_demande)
        )
        activite_anterieure = individu("ass_precondition_remplie", period) + individu("ass_voie_artiste", period)
        return (
            individu("demandeur_emploi", period)
            * (individu("are_jours_restants", period) == 0)
            * (activite_anterieure > 0)
            * (1 - individu("ass_age_limite_atteinte", period))
            * (1 - individu("ass_exclusion_aah", period))
            * (1 - individu("ati_eligibilite", period))
            * individu.has_role(Famille.PARENT)
            * deja_demandee
            * entree_ouverte
        ) > 0
