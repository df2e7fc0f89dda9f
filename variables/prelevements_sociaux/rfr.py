from openfisca_ass import references
from openfisca_ass.entities import Individu
from openfisca_ass.model_api import YEAR, MontantEuros


class rfr(MontantEuros):
    value_type = float
    entity = Individu
    definition_period = YEAR
    label = "Revenu fiscal de référence de l'année du foyer fiscal de la personne, en euros"
    reference = [references.CSS_L136_8]
    unit = "currency-EUR"
    documentation = """
    The revenu fiscal de référence (CGI 1417 IV) of the person's tax household for the income year,
    as on the tax notice. Named as in openfisca-france, where it belongs to the foyer_fiscal; this
    package has no tax-household entity, so it is given for each person: give the same value to
    both members of a married couple (one tax household) and each their own for an unmarried
    couple. Used with nbptr of the same year to set the CSG rate on replacement income of year
    N + 2 (taux_csg_remplacement). Read only where nbptr is given for that year.
    """
