from openfisca_ass import references
from openfisca_ass.calendrier import au_moins, en_centimes
from openfisca_ass.entities import Individu
from openfisca_ass.model_api import MONTH, Variable


class droit_option_eligibilite(Variable):
    value_type = bool
    entity = Individu
    definition_period = MONTH
    label = "La personne peut opter pour le nouveau droit à l'ARE plutôt que reprendre l'ancien (droit d'option)"
    reference = [references.DECRET_2019_797_RAC]
    documentation = """
    Droit d'option (règlement d'assurance chômage de 2019, art. 26 § 3 ; RULES.md §2.7, rédaction
    exacte NON VÉRIFIÉ) : une personne qui pourrait reprendre un ancien droit
    (droit_option_reliquat_ancien_droit > 0) et remplit les conditions d'un nouveau
    (droit_option_montant_nouveau_droit > 0) peut choisir le nouveau droit lorsque SOIT
    - l'allocation journalière de l'ancien droit est au plus de 20 €
      (allocation_journaliere_maximale), SOIT
    - le montant total du nouveau droit est supérieur d'au moins 30 % à ce qui reste de l'ancien
      (nouveau ≥ 1,30 × ancien, majoration_minimale_nouveau_droit).
    Les conditions sont alternatives, non cumulatives. Règles en vigueur le mois calculé, à
    partir du 2019-11-01 (DECISIONS.md D16 : l'option de la convention de 2014 n'est pas
    modélisée, un mois antérieur donne faux). Choisir le nouveau droit annule le reliquat de
    l'ancien.
    """

    def formula_2019_11_01(individu, period, parameters):
        p = parameters(period).creation_entreprise.droit_option
        # Whole cents in float64: a float32 product refused some new rights exactly 30 % higher.
        allocation_ancienne = en_centimes(individu("droit_option_allocation_journaliere_ancien_droit", period))
        reliquat = en_centimes(individu("droit_option_reliquat_ancien_droit", period))
        nouveau = en_centimes(individu("droit_option_montant_nouveau_droit", period))
        petite_allocation = allocation_ancienne <= en_centimes(p.allocation_journaliere_maximale)
        nouveau_superieur = au_moins(nouveau, reliquat * (1 + p.majoration_minimale_nouveau_droit))
        return (reliquat > 0) * (nouveau > 0) * ((petite_allocation + nouveau_superieur) > 0)
