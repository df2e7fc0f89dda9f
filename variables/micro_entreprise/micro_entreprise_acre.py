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
    ACRE : réduction des cotisations micro-sociales au début de l'activité (CSS L131-6-4 ;
    micro_entreprise_acre_part_taux_paye). Vrai signifie que l'Urssaf l'a accordée (à partir de
    2026, sur une demande faite dans les 60 jours du début de l'activité). L'avoir obtenue est
    une condition de l'ARCE (DECISIONS.md D14). Faux par défaut.
    """
    default_value = False
