import numpy

from openfisca_ass import references
from openfisca_ass.calendrier import arrondi_centime
from openfisca_ass.entities import Individu
from openfisca_ass.mecanique_are import jours_au_premier_taux
from openfisca_ass.model_api import MONTH, NombrePositif


class are_jours_indemnisables_degressifs(NombrePositif):
    value_type = int
    entity = Individu
    definition_period = MONTH
    label = "Jours payés du mois à l'allocation dégressive, le mois où la dégressivité commence"
    reference = [references.ARE_RAC_2024_ART_17_BIS, references.UNEDIC_RETENUES_SOCIALES]
    documentation = """
    In the month the degressivity day falls, `are` pays the days before it at the full AJ and the
    days from it at the degressive AJ: this is the number of the latter among the days paid, from
    the same split as `are` (openfisca_ass.mecanique_are.jours_au_premier_taux). 0 in any other
    month (every day paid at are_allocation_journaliere_versee). Used so that the deductions of
    each day are computed on that day's AJ (are_net).
    """

    def formula_2019_11_01(individu, period, parameters):
        jours = individu("are_jours_indemnisables", period)
        allocation = arrondi_centime(individu("are_allocation_journaliere", period))
        plein = arrondi_centime(individu("are_allocation_journaliere_taux_plein", period))
        degressive = arrondi_centime(individu("are_allocation_journaliere_degressive", period))
        jour = individu("are_degressivite_jour_application", period)
        deja_payes = individu("are_duree_droits", period) - individu("are_jours_restants", period)
        avant = jours_au_premier_taux(jour, deja_payes, allocation, plein, degressive)
        return numpy.maximum(jours - numpy.minimum(jours, avant), 0)
