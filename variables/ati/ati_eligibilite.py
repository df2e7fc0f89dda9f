import numpy

from openfisca_ass import references
from openfisca_ass.calendrier import en_centimes
from openfisca_ass.entities import Individu
from openfisca_ass.model_api import MONTH, Variable


class ati_eligibilite(Variable):
    value_type = bool
    entity = Individu
    definition_period = MONTH
    label = "La personne a droit ce mois-ci à l'allocation des travailleurs indépendants (ATI)"
    reference = [references.CT_L5424_24_ATI, references.CT_L5423_1, references.DECRET_2022_450_ATI]
    documentation = """
    Vrai lorsque, ce mois-ci :
    - les conditions liées à l'activité qui a pris fin sont remplies (ati_droit_ouvert) ;
    - la personne est inscrite comme demandeur d'emploi (demandeur_emploi) ;
    - les ressources personnelles (ati_ressources_mensuelles) sont inférieures au montant
      forfaitaire du RSA pour une personne en vigueur le mois considéré (R5424-70 4° ; la
      comparaison est stricte) ;
    - un jour du mois au moins tombe dans les 182 jours à partir de ati_date_debut_droit
      (l'inscription, ou le fait générateur lorsqu'il est postérieur).
    L'ATI et l'ASS s'excluent (L5423-1) : une personne éligible à l'ATI ce mois-ci n'est pas
    éligible à l'ASS ; les formules de l'ASS peuvent utiliser cette variable.
    Un mois antérieur au 2019-11-01 (ATI non en vigueur) donne faux.
    """

    def formula_2019_11_01(individu, period, parameters):
        p = parameters(period).ati
        debut = individu("ati_date_debut_droit", period)
        fin = individu("ati_date_fin_droit", period)
        dans_la_periode = (debut <= numpy.datetime64(period.stop.date, "D")) * (
            fin >= numpy.datetime64(period.start.date, "D")
        )
        ressources = individu("ati_ressources_mensuelles", period)
        return (
            individu("ati_droit_ouvert", period)
            * individu("demandeur_emploi", period)
            * (en_centimes(ressources) < en_centimes(p.conditions.plafond_ressources_rsa_personne_seule))
            * dans_la_periode
        ) > 0
