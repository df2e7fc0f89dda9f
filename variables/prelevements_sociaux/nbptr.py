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
    Parts de quotient familial du foyer fiscal de la personne pour l'année de revenus (1, 1,25,
    1,5, 2...), telles que sur l'avis d'imposition ; nommée comme dans openfisca-france
    (foyer_fiscal là-bas, donnée par personne ici, comme rfr). 0 (la valeur par défaut) signifie
    que le foyer fiscal de cette année n'est pas connu : le revenu fiscal de référence n'est alors
    pas lu et le taux de CSG sur les revenus de remplacement est le taux plein
    (taux_csg_remplacement).
    """
    default_value = 0
