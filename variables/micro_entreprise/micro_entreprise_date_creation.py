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
    Decides whether the micro-enterprise was kept from before the job loss (full cumul with the
    ARE), the 60 % cap of the ARE cumul for businesses created from 2025-04-01, the ARCE, the ACRE
    regime and its period (micro_entreprise_acre_part_taux_paye), and the default start of the
    activity for the ATI (ati_date_debut_activite).
    The default, 1970-01-01, means that no date was given.
    """
    default_value = date(1970, 1, 1)
