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
    Lue à la date de création de la micro-entreprise (DECISIONS.md D11) : 60 % pour une création
    à partir du 2025-04-01, 1 (pas de plafond au-delà des droits restants) avant. Choix de
    modélisation : le plafond est compté en jours (60 % des jours restants au début du mois de
    création, arrondi au jour le plus proche), ce qui équivaut au plafond en euros tant que l'AJ
    ne change pas.
    """

    def formula(individu, period, parameters):
        loi = ParametresAuxDates(individu, parameters, individu("micro_entreprise_date_creation", period))
        part, _ = loi("are.cumul.part_reliquat_plafond_non_salarie")
        return part
