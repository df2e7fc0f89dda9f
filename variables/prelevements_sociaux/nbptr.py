from openfisca_ass import references
from openfisca_ass.entities import Individu
from openfisca_ass.model_api import YEAR, NombrePositif


class nbptr(NombrePositif):
    value_type = float
    entity = Individu
    definition_period = YEAR
    label = "Nombre de parts de quotient familial du foyer fiscal de la personne pour l'année"
    reference = [references.CSS_L136_8]
    documentation = """
    Parts of quotient familial of the person's tax household for the income year (1, 1.25, 1.5,
    2, ...), as on the tax notice; named as in openfisca-france (foyer_fiscal there, given per
    person here, like rfr). 0 (the default) means the tax household of that year is not known:
    the revenu fiscal de référence is then not read and the CSG rate on replacement income is the
    full rate (taux_csg_remplacement).
    """
    default_value = 0
