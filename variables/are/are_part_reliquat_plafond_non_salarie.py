from openfisca_ass import references
from openfisca_ass.entities import Individu
from openfisca_ass.model_api import ETERNITY, Variable
from openfisca_ass.parametres_aux_dates import ParametresAuxDates


class are_part_reliquat_plafond_non_salarie(Variable):
    value_type = float
    entity = Individu
    definition_period = ETERNITY
    label = "Part des jours d'ARE restant à la création payable tant que dure l'activité non salariée créée"
    reference = [references.RAC_2024_ART_32_BIS, references.UNEDIC_CIRCULAIRE_2025_03]
    unit = "/1"
    documentation = """
    Read at the creation date of the micro-enterprise (DECISIONS.md D11): 60 % for a creation
    from 2025-04-01, 1 (no cap beyond the rights left) before. Modelling choice: the cap is
    counted in days (60 % of the days left at the start of the creation month, rounded to the
    nearest day), which equals the cap in euros while the AJ does not change.
    """

    def formula(individu, period, parameters):
        loi = ParametresAuxDates(individu, parameters, individu("micro_entreprise_date_creation", period))
        part, _ = loi("are.cumul.part_reliquat_plafond_non_salarie")
        return part
