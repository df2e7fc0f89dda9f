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
    CT L5422-1 II (loi n° 2018-771), en vigueur pour les démissions à partir du 2019-11-01 : une
    démission (demission_date) est une perte d'emploi légitime pour l'ARE lorsque
    - la personne justifie d'au moins 1 300 jours travaillés dans les 60 mois qui la précèdent
      (demission_jours_travailles), et
    - le caractère réel et sérieux du projet de création d'entreprise a été attesté avant elle
      (demission_projet_valide).
    Les règles sont celles en vigueur à la date de la démission ; la variable est vraie à partir
    du mois de la démission (fausse pour un mois antérieur, ou pour une démission antérieure au
    2019-11-01).
    Non modélisés : le contrôle par France Travail des démarches du projet après 6 mois, la
    limite d'une fois tous les 5 ans ; les autres conditions de l'ARE sont celles des variables
    de l'ARE.
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
