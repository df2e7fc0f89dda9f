from openfisca_ass import references
from openfisca_ass.entities import Individu
from openfisca_ass.mecanique_are import allocation_premier_jour
from openfisca_ass.model_api import MONTH, MontantEuros


class are_allocation_journaliere(MontantEuros):
    value_type = float
    entity = Individu
    definition_period = MONTH
    label = "Allocation journalière brute de l'ARE applicable au mois, après dégressivité, en euros"
    reference = [references.ARE_DECRET_2019_797, references.UNEDIC_CIRCULAIRE_2025_03]
    unit = "currency-EUR"
    documentation = """
    The degressive AJ (are_allocation_journaliere_degressive) once the days already paid
    (are_duree_droits − are_jours_restants at the start of the month) reach the degressivity day
    (are_degressivite_jour_application) minus one, i.e. when the first day paid in the month is
    the 183rd day of indemnisation or later (243rd for contracts ended from 2021-07-01 to
    2021-11-30); the full AJ before. This is the AJ of the month's first day: when the
    degressivity day falls later in the month, the days paid from it are paid at the degressive
    AJ (`are` and are_jours_restants_fin_mois split the month). The degressivity count needs
    are_duree_droits (computed from the contract history, or given with are_jours_restants).
    """

    def formula_2019_11_01(individu, period, parameters):
        plein = individu("are_allocation_journaliere_taux_plein", period)
        degressive = individu("are_allocation_journaliere_degressive", period)
        jour = individu("are_degressivite_jour_application", period)
        deja_payes = individu("are_duree_droits", period) - individu("are_jours_restants", period)
        return allocation_premier_jour(jour, deja_payes, plein, degressive)
