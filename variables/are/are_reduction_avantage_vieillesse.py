import numpy

from openfisca_ass import references
from openfisca_ass.calendrier import JOURS_PAR_AN, MOIS_PAR_AN, age_en_mois, arrondi_centime, date_renseignee
from openfisca_ass.entities import Individu
from openfisca_ass.model_api import MONTH, Variable


class are_reduction_avantage_vieillesse(Variable):
    value_type = float
    entity = Individu
    definition_period = MONTH
    label = "Réduction de l'allocation journalière de l'ARE due à une pension de retraite, en euros par jour"
    reference = [references.FRANCE_TRAVAIL_AVANTAGE_VIEILLESSE, references.DECRET_2019_797_RAC]
    unit = "currency-EUR"
    documentation = """
    Règlement d'assurance chômage, art. 18 : à partir de 50 ans, l'AJ est réduite d'une part de
    l'avantage vieillesse (retraite_brute) : 25 % à partir de 50 ans, 50 % à partir de 55 ans,
    75 % à partir de 60 ans (paramètre are.avantage_vieillesse.taux_reduction, selon l'âge en
    années révolues) ; aucune avant 50 ans. Montant journalier = part × pension mensuelle × 12 ÷
    365, arrondi au centime. L'AJ réduite ne descend jamais en dessous de l'allocation minimale
    (ni en dessous de zéro) : voir are.

    Choix de modélisation (DECISIONS.md D20) : l'âge est l'âge au premier jour du mois (une
    tranche atteinte en cours de mois s'applique à partir du mois suivant, ou du mois même pour
    un anniversaire le 1er) ; la pension journalière est le montant annuel ÷ 365 (NON VÉRIFIÉ :
    les textes lus ne donnent pas de diviseur) ; sans date de naissance donnée : âge 0, aucune
    réduction.
    """

    def formula_2019_11_01(individu, period, parameters):
        taux = parameters(period).are.avantage_vieillesse.taux_reduction
        naissance = individu("date_naissance", period)
        age = numpy.where(date_renseignee(naissance), age_en_mois(naissance, period) // MOIS_PAR_AN, 0)
        pension_journaliere = individu("retraite_brute", period) * MOIS_PAR_AN / JOURS_PAR_AN
        return arrondi_centime(taux.calc(age) * pension_journaliere)
