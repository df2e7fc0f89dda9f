from openfisca_ass import references
from openfisca_ass.entities import Individu
from openfisca_ass.model_api import MONTH, Variable


class ass_net(Variable):
    value_type = float
    entity = Individu
    definition_period = MONTH
    label = "ASS nette versée pour le mois (l'ASS ne supporte ni CSG ni CRDS), en euros"
    reference = [references.CSS_L136_1_2, references.ORDONNANCE_96_50_CRDS, references.CT_L5423_1]
    unit = "currency-EUR"
    documentation = """
    Égale à ass : l'ASS (CT L5423-1) est hors de l'assiette de la CSG sur les revenus de
    remplacement (CSS L136-1-2, liste des allocations exonérées ; le paragraphe n'a pas été lu
    sur le texte consolidé : NON VÉRIFIÉ, docs/RULES.md §1.8 — l'amendement n° 1287 au PLF 2025
    proposait d'abroger « le 5° du II de l'article L. 136-1-2 » en même temps que l'ASS) et de
    celle de la CRDS (ordonnance n° 96-50, art. 14 ; Unédic, ASH n° 1968, 1996) ; aucune
    participation retraite n'en est prélevée.
    """

    def formula(individu, period, parameters):
        return individu("ass", period)
