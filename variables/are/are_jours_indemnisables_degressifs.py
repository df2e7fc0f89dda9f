import numpy

from openfisca_ass import references
from openfisca_ass.calendrier import arrondi_centime, arrondi_entier
from openfisca_ass.entities import Individu
from openfisca_ass.model_api import MONTH, NombrePositif


class are_jours_indemnisables_degressifs(NombrePositif):
    value_type = int
    entity = Individu
    definition_period = MONTH
    label = "Jours payés du mois à l'allocation dégressive, le mois où la dégressivité commence"
    reference = [references.ARE_RAC_2024_ART_17_BIS, references.UNEDIC_RETENUES_SOCIALES]
    documentation = """
    In the month the degressivity day falls, `are` pays the days before it at the full AJ and the
    days from it at the degressive AJ. Their split is read back from `are`: days at the degressive
    AJ = (days paid × full AJ − are) ÷ (full AJ − degressive AJ), a whole number, bounded by the
    days paid. 0 in any other month (every day paid at are_allocation_journaliere_versee). Used so
    that the deductions of each day are computed on that day's AJ (are_net).
    """

    def formula_2019_11_01(individu, period, parameters):
        jours = individu("are_jours_indemnisables", period)
        brut = arrondi_centime(individu("are", period))
        premier = arrondi_centime(individu("are_allocation_journaliere", period))
        plein = arrondi_centime(individu("are_allocation_journaliere_taux_plein", period))
        degressive = arrondi_centime(individu("are_allocation_journaliere_degressive", period))
        ecart = numpy.where(plein > degressive, plein - degressive, 1)
        partage = (premier == plein) * (plein > degressive) * (numpy.abs(brut - jours * premier) > 0.005)
        degressifs = numpy.clip(arrondi_entier((jours * plein - brut) / ecart), 0, jours)
        return numpy.where(partage, degressifs, 0)
