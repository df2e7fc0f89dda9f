from openfisca_ass import references
from openfisca_ass.calendrier import arrondi_centime
from openfisca_ass.entities import Individu
from openfisca_ass.model_api import MONTH, Variable
from openfisca_ass.retenues_sociales import csg_deductible, par_jour


class ati_imposable(Variable):
    value_type = float
    entity = Individu
    definition_period = MONTH
    label = "ATI imposable du mois (à déclarer en traitements et salaires, cases 1AP à 1DP), en euros"
    reference = [references.IMPOTS_ALLOCATIONS_CHOMAGE, references.CGI_154_QUINQUIES]
    unit = "currency-EUR"
    documentation = """
    ati − the deductible part of ati_csg (3.8 points of the base, CGI 154 quinquies). Modelling
    choice (UNVERIFIED): the ATI, a replacement income paid by France Travail for the loss of an
    activity, is taxable as the unemployment allowances are (impots.gouv lists the allowances
    paid in case of total loss of employment; the ATI is not named there).
    """

    def formula_2019_11_01(individu, period, parameters):
        p = parameters(period).prelevements_sociaux.csg_remplacement
        jours = individu("ati_jours_indemnisables", period)
        assiette = individu("ati_montant_journalier", period) * (1 - p.abattement_frais)
        deductible = csg_deductible(par_jour(individu("ati_csg", period), jours), assiette, p.taux_deductible)
        return arrondi_centime(individu("ati", period) - deductible * jours)
