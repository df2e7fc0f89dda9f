from openfisca_ass import references
from openfisca_ass.entities import Individu
from openfisca_ass.model_api import MONTH, MontantEuros, set_input_divide_by_period


class salaire_net(MontantEuros):
    value_type = float
    entity = Individu
    definition_period = MONTH
    label = "Salaire net perçu au cours du mois, en euros"
    reference = [references.IMPOTS_ALLOCATIONS_CHOMAGE]
    unit = "currency-EUR"
    documentation = """
    Rémunération nette du mois, telle que sur le bulletin de paie (nommée comme dans
    openfisca-france). Une entrée seulement : les cotisations salariales sont le domaine
    d'openfisca-france, la rémunération nette n'est donc jamais déduite ici de salaire_brut.
    0 lorsqu'elle n'est pas donnée : la ligne de commande et `explain` le signalent lorsqu'une
    rémunération brute ou imposable est donnée sans elle (revenu_disponible ne compte alors
    aucune rémunération).
    """
    set_input = set_input_divide_by_period
