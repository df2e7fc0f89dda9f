from openfisca_ass import references
from openfisca_ass.entities import Individu
from openfisca_ass.model_api import ETERNITY, MontantEuros


class ati_revenu_activite_avant_derniere_annee(MontantEuros):
    value_type = float
    entity = Individu
    definition_period = ETERNITY
    label = "Revenu d'activité non salariée de l'avant-dernière année civile complète avant l'événement, en euros"
    reference = [references.CT_L5424_24_ATI, references.DECRET_2022_450_ATI]
    unit = "currency-EUR"
    documentation = """
    Revenus de l'avant-dernière année civile complète précédant le fait générateur, tels que
    déclarés à l'impôt sur le revenu pour l'activité qui a pris fin (R5424-71 I) : pour une
    micro-entreprise, le chiffre d'affaires après son abattement forfaitaire
    (micro_entreprise_revenu_imposable_annuel de cette année). Une année incomplète est
    recalculée sur une année pleine par l'utilisateur (R5424-71 II 3°). 0 par défaut.
    """
