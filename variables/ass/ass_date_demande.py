from openfisca_ass import references
from openfisca_ass.entities import Individu
from openfisca_ass.model_api import ETERNITY, Variable, date


class ass_date_demande(Variable):
    value_type = date
    entity = Individu
    definition_period = ETERNITY
    label = "Date de la demande d'ASS (début de la première période d'attribution)"
    reference = [references.CT_R5423, references.SERVICE_PUBLIC_ASS]
    documentation = """
    L'ASS est attribuée par périodes de six mois (R5423-8) ; à chaque renouvellement, les
    ressources des 12 mois précédant le mois du renouvellement sont réexaminées (R5423-2,
    R5423-9), et elles restent figées pendant la période (Choix de modélisation, DECISIONS.md
    D5). Cette date fixe ces périodes. Par défaut 1970-01-01 : aucune date donnée, les ressources
    sont celles des 12 mois précédant le mois calculé.
    """
    default_value = date(1970, 1, 1)
