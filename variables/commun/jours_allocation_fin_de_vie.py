from openfisca_ass import references
from openfisca_ass.entities import Individu
from openfisca_ass.model_api import MONTH, NombrePositif


class jours_allocation_fin_de_vie(NombrePositif):
    value_type = int
    entity = Individu
    definition_period = MONTH
    label = (
        "Nombre de jours du mois indemnisés par l'allocation journalière d'accompagnement d'une personne en fin de vie"
    )
    reference = [references.CSS_L168_1, references.POLE_EMPLOI_INSTRUCTION_2011_144]
    unit = "day"
    documentation = """
    Days of the month paid by the allocation journalière d'accompagnement d'une personne en fin
    de vie (Code de la sécurité sociale L168-1 to L168-7). A job seeker who receives it stops
    looking for work and the unemployment benefit is suspended for those days (Pôle emploi
    instruction n° 2011-144, § 2.2): neither the ARE nor the ASS is paid for them
    (are_jours_suspendus, ass_jours_suspendus). 0 by default.
    """
