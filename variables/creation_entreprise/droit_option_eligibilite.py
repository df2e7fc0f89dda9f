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
    Droit d'option (règlement d'assurance chômage 2019, art. 26 § 3; RULES.md §2.7, exact wording
    UNVERIFIED): a person who could resume an old right (droit_option_reliquat_ancien_droit > 0)
    and qualifies for a new one (droit_option_montant_nouveau_droit > 0) may choose the new right
    when EITHER
    - the daily allowance of the old right is at most 20 € (allocation_journaliere_maximale), OR
    - the new right's total amount is at least 30 % higher than what is left of the old one
      (new ≥ 1.30 × old, majoration_minimale_nouveau_droit).
    The conditions are alternative, not cumulative. Rules in force in the month computed, from
    2019-11-01 (DECISIONS.md D16: the option of the 2014 convention is not modelled, an earlier
    month gives false). Choosing the new right cancels the old remaining right.
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
