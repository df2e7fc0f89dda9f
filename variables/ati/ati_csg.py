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
    L'ATI est un revenu de remplacement de l'article L5421-2 du CT (L5424-25), donc dans
    l'assiette de la CSG sur les revenus de remplacement (CSS L136-1-2) aux taux des allocations
    de chômage (L136-8), sur 98,25 % du montant journalier, limitée par le seuil journalier SMIC,
    × les jours indemnisés (ati_jours_indemnisables). Aucune participation retraite n'en est
    prélevée. Choix de modélisation : la liste des exonérations de l'article L136-1-2 n'a pas été
    lue sur le texte consolidé (NON VÉRIFIÉ que l'ATI n'y figure pas).
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
