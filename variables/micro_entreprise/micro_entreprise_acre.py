from openfisca_ass import references
from openfisca_ass.entities import Individu
from openfisca_ass.model_api import ETERNITY, Variable


class micro_entreprise_acre(Variable):
    value_type = bool
    entity = Individu
    definition_period = ETERNITY
    label = "Le créateur a obtenu l'exonération de début d'activité (ACRE)"
    reference = [references.CSS_L131_6_4, references.DECRET_2019_1215_ACRE]
    documentation = """
    ACRE: reduction of the micro-social contributions at the start of the activity (CSS
    L131-6-4; micro_entreprise_acre_part_taux_paye). True means the Urssaf granted it (from 2026,
    on a request made within 60 days of the start). Having obtained it is a condition of the ARCE
    (DECISIONS.md D14). False by default.
    """
    default_value = False
