from openfisca_ass import references
from openfisca_ass.entities import Individu
from openfisca_ass.model_api import MONTH, Variable, set_input_dispatch_by_period


class arce_cdi_temps_plein(Variable):
    value_type = bool
    entity = Individu
    definition_period = MONTH
    label = "Le créateur occupe un emploi salarié en CDI à temps plein au cours du mois"
    reference = [references.SERVICE_PUBLIC_ARCE_2025, references.UNEDIC_CIRCULAIRE_2025_03]
    documentation = """
    Pour une entreprise créée à partir du 2025-04-01, le second versement de l'ARCE n'est pas
    effectué au créateur titulaire d'un contrat à durée indéterminée à temps plein à sa date
    (DECISIONS.md D14). Faux par défaut.
    """
    default_value = False
    set_input = set_input_dispatch_by_period
