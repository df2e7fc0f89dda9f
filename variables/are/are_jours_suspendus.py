import numpy

from openfisca_ass import references
from openfisca_ass.entities import Individu
from openfisca_ass.model_api import MONTH, Variable


class are_jours_suspendus(Variable):
    value_type = int
    entity = Individu
    definition_period = MONTH
    label = (
        "Nombre de jours du mois où l'ARE n'est pas versée (indemnités journalières, AJPP, fin de vie, "
        "PreParE, étranger)"
    )
    reference = [
        references.RAC_2024_ART_25_26,
        references.FRANCE_TRAVAIL_ARRET_MALADIE,
        references.REGLEMENT_CE_883_2004,
        references.CSS_L544_9,
        references.ASH_AJPP_DEMANDEURS_EMPLOI,
        references.CSS_L168_1,
        references.POLE_EMPLOI_INSTRUCTION_2011_144,
        references.CSS_L531_4,
        references.ASH_CLCA_CHOMAGE,
    ]
    unit = "day"
    documentation = """
    Days of the month for which the ARE is not paid and which are not consumed: the payment
    ceases and resumes (règlement d'assurance chômage, art. 25 and 26), so the end of the right
    is postponed, within the délai de déchéance (are_jours_restants_fin_mois). The sum of:

    - jours_indemnites_journalieres: sickness, maternity, paternity or work-accident daily
      benefits (art. 25: the Sécurité sociale pays cash benefits);
    - jours_residence_etranger: living outside the territory of the unemployment insurance
      (art. 25), except a job search in the EU, the EEA or Switzerland with the ARE exported
      (règlement (CE) n° 883/2004, art. 64), which the input does not count;
    - jours_ajpp: the AJPP (Code de la sécurité sociale L544-9: not cumulated with the benefits
      of job seekers);
    - jours_allocation_fin_de_vie: the end-of-life companion allowance (Pôle emploi instruction
      2011-144: the unemployment benefit is suspended);
    - jours_prepare_taux_plein: the PreParE at the full rate (it interrupts the benefits of job
      seekers; at a partial rate it is cumulated under conditions, not modelled).

    At most the calendar days of the month. The walk takes these days off the days payable in
    the month (30 from 2025-04-01, the calendar days before: DECISIONS.md D8) before the cumul
    with an activity: a month of 31 days with 10 days of sickness pays 30 − 10 = 20 days from
    2025-04-01 (the events are deducted from the 30-day month), 31 − 10 = 21 before. Modelling
    choice (DECISIONS.md D23): the days given are days of the right (on or after the first
    indemnifiable day in the opening month); a day under two reasons is counted once only if it
    is given under one of them.
    """

    def formula_2019_11_01(individu, period, parameters):
        jours = (
            individu("jours_indemnites_journalieres", period)
            + individu("jours_residence_etranger", period)
            + individu("jours_ajpp", period)
            + individu("jours_allocation_fin_de_vie", period)
            + individu("jours_prepare_taux_plein", period)
        )
        return numpy.minimum(jours, period.size_in_days)
