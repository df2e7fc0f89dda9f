from openfisca_ass import references
from openfisca_ass.calendrier import arrondi_centime
from openfisca_ass.entities import Individu
from openfisca_ass.mecanique_are import Taux, jours_au_premier_taux, montant
from openfisca_ass.model_api import MONTH, Variable


class are(Variable):
    value_type = float
    entity = Individu
    definition_period = MONTH
    label = "Montant brut de l'ARE versé au titre du mois, après cumul avec une activité, en euros"
    reference = [
        references.ARE_DECRET_2019_797,
        references.ARE_RAC_2024_ART_17_BIS,
        references.RAC_2024_ART_32_BIS,
        references.UNEDIC_CUMUL,
    ]
    unit = "currency-EUR"
    documentation = """
    Days paid (are_jours_indemnisables) × AJ of the month (are_allocation_journaliere, the AJ of
    its first day), rounded to the cent. When the degressivity day (183rd day of indemnisation,
    are_degressivite_jour_application) falls within the month, the days paid from it are paid at
    the degressive AJ (règlement d'assurance chômage, art. 17 bis), the days before it at the
    full AJ: days already paid at the start of the month = are_duree_droits −
    are_jours_restants. An AJ given as input for the month is paid for every day. Gross: the
    3 % complementary-pension deduction, the CSG and the CRDS are not modelled. Formula from
    2019-11-01 (DECISIONS.md D16): 0 before.
    """

    def formula_2019_11_01(individu, period, parameters):
        jours = individu("are_jours_indemnisables", period)
        allocation = arrondi_centime(individu("are_allocation_journaliere", period))
        plein = arrondi_centime(individu("are_allocation_journaliere_taux_plein", period))
        degressive = arrondi_centime(individu("are_allocation_journaliere_degressive", period))
        jour = individu("are_degressivite_jour_application", period)
        deja_payes = individu("are_duree_droits", period) - individu("are_jours_restants", period)
        avant = jours_au_premier_taux(jour, deja_payes, allocation, plein, degressive)
        return arrondi_centime(montant(jours, Taux(allocation, degressive, avant)))
