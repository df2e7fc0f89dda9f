from openfisca_ass import references
from openfisca_ass.entities import Individu
from openfisca_ass.model_api import ETERNITY, Variable, date


class micro_entreprise_date_creation(Variable):
    value_type = date
    entity = Individu
    definition_period = ETERNITY
    label = "Date de début d'activité de la micro-entreprise"
    reference = [references.RAC_2024_ART_32_BIS, references.UNEDIC_CUMUL, references.CSS_L131_6_4]
    documentation = """
    Détermine si la micro-entreprise a été conservée d'avant la perte d'emploi (cumul intégral
    avec l'ARE), le plafond de 60 % du cumul de l'ARE pour les entreprises créées à partir du
    2025-04-01, l'ARCE, le régime de l'ACRE et sa période (micro_entreprise_acre_part_taux_paye),
    et le début par défaut de l'activité pour l'ATI (ati_date_debut_activite).
    La valeur par défaut, 1970-01-01, signifie qu'aucune date n'a été donnée.
    """
    default_value = date(1970, 1, 1)
