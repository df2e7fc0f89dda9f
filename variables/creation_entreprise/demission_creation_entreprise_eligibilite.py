import numpy

from openfisca_ass import references
from openfisca_ass.calendrier import date_renseignee
from openfisca_ass.entities import Individu
from openfisca_ass.model_api import MONTH, Variable
from openfisca_ass.parametres_aux_dates import ParametresAuxDates


class demission_creation_entreprise_eligibilite(Variable):
    value_type = bool
    entity = Individu
    definition_period = MONTH
    label = "La démission pour un projet de création ou de reprise d'entreprise ouvre droit à l'ARE"
    reference = [references.LOI_2018_771, references.DECRET_2019_796, references.DECRET_2019_797_RAC]
    documentation = """
    CT L5422-1 II (loi n° 2018-771), in force for resignations from 2019-11-01: a resignation
    (demission_date) is a legitimate loss of job for the ARE when
    - the person counts at least 1 300 days worked in the 60 months before it
      (demission_jours_travailles), and
    - the real and serious character of the business project was attested before it
      (demission_projet_valide).
    The rules are those in force on the resignation date; the variable is true from the month of
    the resignation on (false for a month before it, or for a resignation before 2019-11-01).
    Not modelled: the check of the project's actions by France Travail after 6 months, the once
    every 5 years limit; the other ARE conditions are those of the ARE variables.
    """

    def formula(individu, period, parameters):
        date_demission = individu("demission_date", period)
        loi = ParametresAuxDates(individu, parameters, date_demission)
        jours_requis, en_vigueur = loi("creation_entreprise.demission.jours_travailles_minimum")
        return (
            date_renseignee(date_demission)
            * en_vigueur
            * (date_demission <= numpy.datetime64(period.stop.date, "D"))
            * (individu("demission_jours_travailles", period) >= jours_requis)
            * individu("demission_projet_valide", period)
        ) > 0
