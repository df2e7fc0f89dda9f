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
    ati − la partie déductible de ati_csg (3,8 points de l'assiette, CGI 154 quinquies). Choix
    de modélisation (NON VÉRIFIÉ) : l'ATI, revenu de remplacement versé par France Travail pour
    la perte d'une activité, est imposable comme le sont les allocations de chômage (impots.gouv
    liste les allocations versées en cas de perte totale d'emploi ; l'ATI n'y est pas nommée).
    """

    def formula_2019_11_01(individu, period, parameters):
        p = parameters(period).prelevements_sociaux.csg_remplacement
        jours = individu("ati_jours_indemnisables", period)
        assiette = individu("ati_montant_journalier", period) * (1 - p.abattement_frais)
        deductible = csg_deductible(par_jour(individu("ati_csg", period), jours), assiette, p.taux_deductible)
        return arrondi_centime(individu("ati", period) - deductible * jours)
