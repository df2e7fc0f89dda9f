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
    0 un mois sans activité. Un mois d'activité : 1, 2, 3 pour les mois de cumul intégral
    (R5425-2), consécutifs ou non ; le décompte repart après au moins 3 mois civils consécutifs
    sans activité (R5425-6). Le rang est plafonné au nombre de mois de cumul + 1 : seul compte le
    fait d'être « au-delà du cumul ».

    Choix de modélisation : seuls comptent les mois compris dans le droit à l'ASS, c'est-à-dire
    sans jour d'ARE restant et non antérieurs à la demande d'ASS lorsque ass_date_demande est
    donnée (le cumul concerne les bénéficiaires de l'ASS qui reprennent une activité, instruction
    France Travail 2017-32).

    Exact sur tout historique : en remontant à partir du mois, le décompte rencontre soit une
    interruption de 3 mois vides (une remise à zéro), soit 4 mois d'activité en 3 × 3 + 1 = 10
    mois, puisque sans remise à zéro deux mois d'activité sont séparés de 3 mois au plus. On lit
    donc 10 mois, jamais plus.
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
