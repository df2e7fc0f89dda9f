from openfisca_ass import references
from openfisca_ass.entities import Individu
from openfisca_ass.model_api import ETERNITY, MontantEuros


class ati_revenu_activite_derniere_annee(MontantEuros):
    value_type = float
    entity = Individu
    definition_period = ETERNITY
    label = "Revenu d'activité non salariée de la dernière année civile complète avant l'événement, en euros"
    reference = [references.CT_L5424_24_ATI, references.DECRET_2022_450_ATI]
    unit = "currency-EUR"
    documentation = """
    Income of the last complete calendar year before the event, as declared for income tax
    for the activity that ended (R5424-71 I): for a micro-enterprise, turnover after its flat-rate
    abatement (micro_entreprise_revenu_imposable_annuel of that year). An incomplete year is
    recalculated on a full year by the user (R5424-71 II 3°). 0 by default.
    """
