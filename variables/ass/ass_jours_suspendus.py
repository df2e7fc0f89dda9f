import numpy

from openfisca_ass import references
from openfisca_ass.entities import Individu
from openfisca_ass.model_api import MONTH, Variable


class ass_jours_suspendus(Variable):
    value_type = int
    entity = Individu
    definition_period = MONTH
    label = (
        "Nombre de jours du mois où l'ASS n'est pas versée (indemnités journalières, formation "
        "rémunérée, AJPP, fin de vie, PreParE)"
    )
    reference = [
        references.FRANCE_TRAVAIL_ARRET_MALADIE,
        references.CT_REMUNERATION_STAGIAIRES_TEMPS_PARTIEL,
        references.CSS_L544_9,
        references.ASH_AJPP_DEMANDEURS_EMPLOI,
        references.CSS_L168_1,
        references.POLE_EMPLOI_INSTRUCTION_2011_144,
        references.CSS_L531_4,
        references.ASH_CLCA_CHOMAGE,
        references.SERVICE_PUBLIC_ASS,
    ]
    unit = "day"
    documentation = """
    Days of the month for which the ASS is not paid (ass pays the other calendar days). The sum
    of:

    - jours_indemnites_journalieres: sickness, maternity, paternity or work-accident daily
      benefits (the payment is interrupted during a sick leave: France Travail; the article of
      the Code du travail that says it for the ASS was not found: UNVERIFIED);
    - jours_formation_remuneree: a training paid as the rémunération des stagiaires de la
      formation professionnelle, which replaces the ASS (a part-time trainee's pay is raised to
      at least the ASS it replaces);
    - jours_ajpp: the AJPP (Code de la sécurité sociale L544-9; the Unédic directive lists the
      ASS among the benefits it is not cumulated with);
    - jours_allocation_fin_de_vie: the end-of-life companion allowance (Pôle emploi instruction
      2011-144);
    - jours_prepare_taux_plein: the PreParE at the full rate.

    At most the calendar days of the month. The ASS has no fixed duration (six-month periods,
    R5423-8): a day not paid is simply not paid. Living abroad is not modelled for the ASS.
    """

    def formula_2017_09_01(individu, period, parameters):
        jours = (
            individu("jours_indemnites_journalieres", period)
            + individu("jours_formation_remuneree", period)
            + individu("jours_ajpp", period)
            + individu("jours_allocation_fin_de_vie", period)
            + individu("jours_prepare_taux_plein", period)
        )
        return numpy.minimum(jours, period.size_in_days)
