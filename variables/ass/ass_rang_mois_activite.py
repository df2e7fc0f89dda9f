import numpy

from openfisca_ass import references
from openfisca_ass.entities import Individu
from openfisca_ass.model_api import MONTH, Variable


class ass_rang_mois_activite(Variable):
    value_type = int
    entity = Individu
    definition_period = MONTH
    label = "Rang du mois parmi les mois d'activité décomptés pour le cumul de l'ASS (0 sans activité)"
    reference = [references.CT_R5425_2, references.SERVICE_PUBLIC_ASS]
    unit = "month"
    documentation = """
    0 in a month without activity. In a month of activity: 1, 2, 3 for the months of full cumul
    (R5425-2), consecutive or not; the count starts again after at least 3 consecutive calendar
    months without activity (R5425-6). The rank is capped at the number of cumul months + 1: only
    "beyond the cumul" matters.

    Exact over any history: walking back from the month, the count either meets a gap of 3 empty
    months (a reset) or reaches 4 months of activity within 3 × 3 + 1 = 10 months, since without
    a reset two months of activity are at most 3 months apart. So 10 months are read, never more.
    """

    def formula_2017_09_01(individu, period, parameters):
        cumul = parameters(period).ass.cumul_activite
        mois_cumul = int(cumul.nombre_mois_cumul_integral)
        mois_reinitialisation = int(cumul.nombre_mois_inactivite_reinitialisation)
        rang_maximal = mois_cumul + 1

        actif_ce_mois = individu("ass_mois_activite", period)
        compte = numpy.zeros(individu.count, dtype=numpy.int32)
        mois_vides = numpy.zeros(individu.count, dtype=numpy.int32)
        en_cours = numpy.ones(individu.count, dtype=bool)
        for recul in range(mois_cumul * mois_reinitialisation + 1):
            actif = individu("ass_mois_activite", period.offset(-recul, "month"))
            compte = compte + en_cours * actif
            mois_vides = numpy.where(actif, 0, mois_vides + 1)
            en_cours = en_cours * (mois_vides < mois_reinitialisation) * (compte < rang_maximal)
        return numpy.where(actif_ce_mois, numpy.minimum(compte, rang_maximal), 0)
