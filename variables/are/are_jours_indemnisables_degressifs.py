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
    Le mois où tombe le jour de la dégressivité, `are` verse les jours antérieurs à l'AJ pleine
    et les jours à partir de ce jour à l'AJ dégressive : c'est le nombre de ces derniers parmi
    les jours indemnisés, issu du même partage que `are`
    (openfisca_ass.mecanique_are.jours_au_premier_taux). 0 tout autre mois (chaque jour
    indemnisé à are_allocation_journaliere_versee). Sert à calculer les retenues de chaque jour
    sur l'AJ de ce jour (are_net).
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
