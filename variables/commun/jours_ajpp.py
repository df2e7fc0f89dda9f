from openfisca_ass import references
from openfisca_ass.entities import Individu
from openfisca_ass.model_api import MONTH, NombrePositif


class jours_ajpp(NombrePositif):
    value_type = int
    entity = Individu
    definition_period = MONTH
    label = "Nombre de jours du mois indemnisés par l'allocation journalière de présence parentale (AJPP)"
    reference = [references.CSS_L544_9, references.ASH_AJPP_DEMANDEURS_EMPLOI]
    unit = "day"
    documentation = """
    Jours (entiers, une demi-journée comptée pour un jour) du mois indemnisés par l'AJPP. L'AJPP
    n'est pas cumulable avec les allocations des demandeurs d'emploi, d'assurance (ARE) ou de
    solidarité (ASS) (Code de la sécurité sociale, art. L544-9 ; directive Unédic de 2006) : ni
    l'une ni l'autre n'est payée pour ces jours (are_jours_suspendus, ass_jours_suspendus).
    0 par défaut.
    """
