import numpy

from openfisca_ass import references
from openfisca_ass.calendrier import MOIS_PAR_AN, rang_mois
from openfisca_ass.entities import Individu
from openfisca_ass.mecanique_are import jours_restants_debut_mois, rang_decheance, rang_ouverture
from openfisca_ass.model_api import MONTH, NombrePositif
from openfisca_ass.parametres_aux_dates import ParametresAuxDates


class are_jours_restants(NombrePositif):
    value_type = int
    entity = Individu
    definition_period = MONTH
    label = "Nombre de jours d'ARE restant à indemniser au début du mois"
    reference = [references.ARE_DECRET_2019_797, references.UNEDIC_CUMUL, references.SERVICE_PUBLIC_ARCE]
    unit = "day"
    documentation = """
    More than 0 means an ARE right is open: the insurance rights are not exhausted, so the ASS
    cannot be paid (L5423-1). 0 for someone with no ARE data. Never depends on the ASS.

    When not given: the duration of the right (are_duree_droits) in the month of the first
    indemnifiable day (are_date_debut_indemnisation), then the days left at the end of the
    previous month (are_jours_restants_fin_mois, a bounded forward loop: see its
    documentation), 0 once the délai de déchéance (duration + 3 years) is over. A value given
    for a month overrides the computation and becomes the base of the following months.
    """

    def formula_2019_11_01(individu, period, parameters):
        report = individu("are_jours_restants_fin_mois", period.offset(-1, "month"))
        ouverts = individu("are_droits_ouverts", period)
        if not ouverts.any():
            return report
        debut = individu("are_date_debut_indemnisation", period)
        duree = individu("are_duree_droits", period)
        # The délai de déchéance of the law in force at the opening (read through parameters: traced).
        delai_annees, _ = ParametresAuxDates(individu, parameters, debut)("are.duree.delai_decheance_annees")
        delai_decheance = delai_annees.astype(numpy.int64) * MOIS_PAR_AN
        return jours_restants_debut_mois(
            rang_mois(period),
            rang_ouverture(ouverts, debut),
            rang_decheance(ouverts, debut, duree, delai_decheance),
            duree,
            report,
        )
