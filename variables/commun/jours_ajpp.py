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
    Days (whole or half days counted as one) of the month paid by the AJPP. The AJPP is not
    cumulated with the benefits of job seekers, insurance (ARE) or solidarity (ASS) (Code de la
    sécurité sociale L544-9; Unédic directive of 2006): neither is paid for these days
    (are_jours_suspendus, ass_jours_suspendus). 0 by default.
    """
