from openfisca_ass import references
from openfisca_ass.entities import Individu
from openfisca_ass.model_api import MONTH, MontantEuros, set_input_divide_by_period


class artiste_auteur_revenus(MontantEuros):
    value_type = float
    entity = Individu
    definition_period = MONTH
    label = "Revenus artistiques bruts de l'artiste-auteur perçus au cours du mois (hors revenus accessoires), en euros"
    reference = [
        references.URSSAF_ARTISTES_AUTEURS,
        references.SECU_ARTISTES_AUTEURS_ASSIETTE,
        references.CT_D5424_62,
        references.AN_QE_12_37117_DROITS_AUTEUR_CHOMAGE,
    ]
    unit = "currency-EUR"
    documentation = """
    Gross artistic income (before tax, "hors taxes") received in the month from the activity of an
    artist-author in the sense of CSS L382-1: copyright royalties, sales of original works,
    commissions, grants for creation... Accessory income (R382-1-2) is a separate input
    (artiste_auteur_revenus_accessoires). For the déclaration contrôlée, the receipts: the expenses
    are artiste_auteur_frais_professionnels. An amount given for a quarter or a year is spread
    evenly over its months.

    It is its own kind of income, not micro-enterprise turnover:
    - contributions: those of the Urssaf artistes-auteurs (artiste_auteur_cotisations);
    - ASS resources: its taxable amount (artiste_auteur_revenu_imposable) counts in the 12 months
      examined at the claim and at each renewal (R5423-2 to R5423-5);
    - ASS cumul (R5425-2): for a person on the artists' route (ass_voie_artiste) the author
      activity that qualifies them is not a resumption of activity, so it never counts as a month
      of activity; a salaried job alongside does (AN written question 17-5882QE). For a person on
      the general route it counts (Modelling choice, DECISIONS.md D17);
    - ARE cumul: not deducted (Unédic circular 04-07 of 2004-03-31, confirmed by the answer to AN
      question 37117 of 2004: copyright income is not activity pay for the unemployment
      insurance); the ARE is computed as without it (DECISIONS.md D17).
    """
    set_input = set_input_divide_by_period
