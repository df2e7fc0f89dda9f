from openfisca_ass import references
from openfisca_ass.calendrier import arrondi_centime
from openfisca_ass.entities import Individu
from openfisca_ass.model_api import MONTH, Variable


class are_net(Variable):
    value_type = float
    entity = Individu
    definition_period = MONTH
    label = "ARE nette versée au titre du mois, après participation retraite complémentaire, CSG et CRDS, en euros"
    reference = [references.UNEDIC_RETENUES_SOCIALES, references.CSS_L136_8, references.ORDONNANCE_96_50_CRDS]
    unit = "currency-EUR"
    documentation = """
    are − are_participation_retraite_complementaire − are_csg − are_crds: what reaches the bank
    account for the month, after the cumul with an activity (only the days paid bear deductions).
    The deductions follow the Unédic order (participation, then CSG, then CRDS, each daily amount
    rounded to the cent, × the days paid), openfisca_ass/retenues_sociales.py; in the month the
    degressivity starts, each day on its own AJ (are_jours_indemnisables_degressifs).
    0 ≤ are_net ≤ are.

    Not modelled: the health contribution of people not resident for tax purposes or covered by
    the Alsace-Moselle local scheme (1.5 % for the latter, UNVERIFIED); Mayotte's own CSG
    (ordonnance n° 96-1122, art. 28-3, and its own SMIC threshold): for a resident of Mayotte the
    metropolitan rates and threshold are applied, with Mayotte's minimum allowance for the
    participation (UNVERIFIED — ARE-M itself is not modelled, see are_residence_outre_mer).
    """

    def formula_2019_11_01(individu, period, parameters):
        return arrondi_centime(
            individu("are", period)
            - individu("are_participation_retraite_complementaire", period)
            - individu("are_csg", period)
            - individu("are_crds", period)
        )
