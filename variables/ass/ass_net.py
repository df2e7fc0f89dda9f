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
    Equal to ass: the ASS (CT L5423-1) is outside the base of the CSG on replacement income (CSS
    L136-1-2, list of exempt allowances; the paragraph was not read on the consolidated text:
    UNVERIFIED, docs/RULES.md §1.8 — the PLF 2025 amendment n° 1287 proposed to repeal "le 5° du
    II de l'article L. 136-1-2" together with the ASS) and of the CRDS (ordonnance n° 96-50,
    art. 14; Unédic, ASH n° 1968, 1996); no pension participation is taken from it.
    """

    def formula(individu, period, parameters):
        return individu("ass", period)
