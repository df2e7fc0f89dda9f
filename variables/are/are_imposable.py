from openfisca_ass import references
from openfisca_ass.calendrier import arrondi_centime
from openfisca_ass.entities import Individu
from openfisca_ass.model_api import MONTH, Variable
from openfisca_ass.retenues_sociales import retenues_mois_are


class are_imposable(Variable):
    value_type = float
    entity = Individu
    definition_period = MONTH
    label = "ARE imposable du mois (à déclarer en traitements et salaires, cases 1AP à 1DP), en euros"
    reference = [
        references.IMPOTS_ALLOCATIONS_CHOMAGE,
        references.CGI_154_QUINQUIES,
        references.UNEDIC_RETENUES_SOCIALES,
    ]
    unit = "currency-EUR"
    documentation = """
    are − are_participation_retraite_complementaire − la partie déductible de are_csg. L'ARE est
    imposable comme un salaire (impots.gouv, « Allocations chômage ») ; de la CSG, 3,8 points de
    l'assiette sont déductibles (CGI 154 quinquies), le reste (2,4 points au taux plein) et la
    CRDS ne le sont pas. Choix de modélisation (NON VÉRIFIÉ) : la participation retraite est
    déduite comme une cotisation sociale (CGI 83 1° ; chomage_imposable d'openfisca-france ne la
    déduit pas) ; lorsque la limitation au SMIC réduit la CSG, la CSG restante compte d'abord
    comme déductible.
    """

    def formula_2019_11_01(individu, period, parameters):
        retenues = retenues_mois_are(individu, period, parameters)
        return arrondi_centime(individu("are", period) - retenues["participation"] - retenues["csg_deductible"])
