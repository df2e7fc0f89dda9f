from openfisca_ass import references
from openfisca_ass.calendrier import arrondi_centime
from openfisca_ass.entities import Individu
from openfisca_ass.model_api import MONTH, Variable
from openfisca_ass.retenues_sociales import csg_crds_journalieres


class ati_csg(Variable):
    value_type = float
    entity = Individu
    definition_period = MONTH
    label = "CSG prélevée sur l'ATI du mois, en euros"
    reference = [references.CSS_L136_1_2, references.CSS_L136_8, references.CT_L5424_24_ATI]
    unit = "currency-EUR"
    documentation = """
    The ATI is a replacement income of CT L5421-2 (L5424-25), so in the base of the CSG on
    replacement income (CSS L136-1-2) at the rates of unemployment allowances (L136-8), on 98.25 %
    of the daily amount, limited by the daily SMIC threshold, × the days paid (ati_jours_indemnisables).
    No pension participation is taken from it. Modelling choice: the exemption list of L136-1-2
    was not read on the consolidated text (UNVERIFIED that the ATI is not in it).
    """

    def formula_2019_11_01(individu, period, parameters):
        jours = individu("ati_jours_indemnisables", period)
        csg, _, _ = csg_crds_journalieres(
            individu("ati_montant_journalier", period),
            individu("csg_remplacement_taux", period),
            individu("crds_remplacement_taux", period),
            parameters(period).prelevements_sociaux.csg_remplacement.abattement_frais,
            individu("csg_seuil_smic_journalier", period),
        )
        return arrondi_centime(csg * jours)
