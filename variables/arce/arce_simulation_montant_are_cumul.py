import numpy

from openfisca_ass import references
from openfisca_ass.calendrier import arrondi_centime
from openfisca_ass.entities import Individu
from openfisca_ass.model_api import MONTH, Variable


class arce_simulation_montant_are_cumul(Variable):
    value_type = float
    entity = Individu
    definition_period = MONTH
    label = "Montant brut maximal d'ARE payable en cumul avec une entreprise créée ce mois-ci, en euros"
    reference = [references.RAC_2024_ART_32_BIS, references.UNEDIC_CIRCULAIRE_2025_03, references.UNEDIC_CUMUL]
    unit = "currency-EUR"
    documentation = """
    Comparaison pour un demandeur d'emploi sur le point de créer (issue 4 point 6), à lire à côté
    de arce_simulation_montant_arce : le maximum que verse la voie du cumul de l'ARE tant que
    l'activité dure = part des droits versable en cumul (100 %, 60 % pour une création à partir
    du 2025-04-01 : la valeur du mois calculé) × jours restants au début du mois × AJ du mois,
    arrondi au centime. Il n'est atteint que lorsque les revenus d'activité laissent tous les
    jours indemnisables (revenus faibles), et il est étalé sur les mois ; les montants mois par
    mois sont ceux de `are` avec le chiffre d'affaires donné. L'ARCE est versée d'un coup (en
    deux versements) quels que soient les revenus.
    """

    def formula_2019_11_01(individu, period, parameters):
        part = parameters(period).are.cumul.part_reliquat_plafond_non_salarie
        restants = individu("are_jours_restants", period)
        allocation = arrondi_centime(individu("are_allocation_journaliere", period))
        return numpy.where(restants > 0, arrondi_centime(part * restants * allocation), 0)
