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
    are − are_participation_retraite_complementaire − the deductible part of are_csg. The ARE is
    taxable as a salary (impots.gouv, « Allocations chômage »); of the CSG, 3.8 points of the base
    are deductible (CGI 154 quinquies), the rest (2.4 points at the full rate) and the CRDS are
    not. Modelling choices (UNVERIFIED): the pension participation is deducted as a social
    contribution (CGI 83 1°; openfisca-france's chomage_imposable does not deduct it); where the
    SMIC limitation reduces the CSG, the CSG left counts as deductible first.
    """

    def formula_2019_11_01(individu, period, parameters):
        retenues = retenues_mois_are(individu, period, parameters)
        return arrondi_centime(individu("are", period) - retenues["participation"] - retenues["csg_deductible"])
