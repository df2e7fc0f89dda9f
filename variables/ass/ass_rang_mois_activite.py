import numpy

from openfisca_ass import references
from openfisca_ass.calendrier import date_renseignee, rang_mois, rang_mois_dates
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

    Modelling choice: only months within the ASS right count, i.e. with no ARE day left and not
    before the ASS claim when ass_date_demande is given (the cumul is for ASS beneficiaries who
    take up an activity, instruction France Travail 2017-32).

    Exact over any history: walking back from the month, the count either meets a gap of 3 empty
    months (a reset) or reaches 4 months of activity within 3 × 3 + 1 = 10 months, since without
    a reset two months of activity are at most 3 months apart. So 10 months are read, never more.
    """

    def formula_2017_09_01(individu, period, parameters):
        cumul = parameters(period).ass.cumul_activite
        mois_cumul = int(cumul.nombre_mois_cumul_integral)
        mois_reinitialisation = int(cumul.nombre_mois_inactivite_reinitialisation)
        rang_maximal = mois_cumul + 1

        date_demande = individu("ass_date_demande", period)
        mois_demande = numpy.where(date_renseignee(date_demande), rang_mois_dates(date_demande), 0)

        def mois_compte(mois):
            # A month of activity counts within the ASS right: not while ARE days are left, not
            # before the ASS claim (Modelling choice, instruction France Travail 2017-32).
            return (
                individu("ass_mois_activite", mois)
                * (individu("are_jours_restants", mois) == 0)
                * (rang_mois(mois) >= mois_demande)
            )

        nombre_mois_lus = mois_cumul * mois_reinitialisation + 1
        # Read from the oldest month: the ARE days left are then computed in calendar order, one
        # step of their walk a month (are_jours_restants_fin_mois), instead of a walk per month.
        actifs = [mois_compte(period.offset(-recul, "month")) for recul in reversed(range(nombre_mois_lus))][::-1]
        actif_ce_mois = actifs[0]
        compte = numpy.zeros(individu.count, dtype=numpy.int32)
        mois_vides = numpy.zeros(individu.count, dtype=numpy.int32)
        en_cours = numpy.ones(individu.count, dtype=bool)
        for actif in actifs:
            compte = compte + en_cours * actif
            mois_vides = numpy.where(actif, 0, mois_vides + 1)
            en_cours = en_cours * (mois_vides < mois_reinitialisation) * (compte < rang_maximal)
        return numpy.where(actif_ce_mois, numpy.minimum(compte, rang_maximal), 0)
