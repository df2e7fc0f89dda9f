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
    - registered and seeking work (R5423-1 2°, demandeur_emploi);
    - insurance rights exhausted: no ARE day left (L5423-1, are_jours_restants = 0), so no ARE is
      paid in the month;
    - prior salaried activity (R5423-1 1°, ass_precondition_remplie), or the artists' route of
      D5424-62 to D5424-64 (ass_voie_artiste);
    - under the age limit (ass_age_limite_atteinte);
    - no AAH, with the 2016 transition (ass_exclusion_aah);
    - not entitled to the ATI this month (L5423-1: the ASS is for those who cannot get the ATI);
    - from the month of the claim when ass_date_demande is given (Modelling choice: the whole
      month of the claim is paid);
    - new entries open at the date of the claim (ass.eligibilite.nouvelles_entrees_ouvertes: always
      true in the law; the reform suppression_ass_nouveaux_entrants closes them from a date);
    - a parent of the famille: the claimant is its demandeur or conjoint (an adult child is a
      famille of their own).
    The resource condition (R5423-1 3°) is applied by the amount, in ass.
    Not modelled: the option of people aged 50 or more for the ASS instead of the ARE (L5423-2);
    seafarers and occasional dockers.
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
