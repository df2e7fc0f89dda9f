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
    Le revenu fiscal de référence (CGI 1417 IV) du foyer fiscal de la personne pour l'année de
    revenus, tel que sur l'avis d'imposition. Nommé comme dans openfisca-france, où il appartient
    au foyer_fiscal ; ce paquet n'a pas d'entité foyer fiscal, il est donc donné pour chaque
    personne : donnez la même valeur aux deux membres d'un couple marié (un seul foyer fiscal) et
    à chacun la sienne pour un couple non marié. Utilisé avec nbptr de la même année pour fixer
    le taux de CSG sur les revenus de remplacement de l'année N + 2 (taux_csg_remplacement). Lu
    seulement lorsque nbptr est donné pour cette année.
    """
