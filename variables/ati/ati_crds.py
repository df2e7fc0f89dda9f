from openfisca_ass import references
from openfisca_ass.calendrier import arrondi_centime
from openfisca_ass.entities import Individu
from openfisca_ass.model_api import MONTH, Variable
from openfisca_ass.retenues_sociales import csg_crds_journalieres


class ati_crds(Variable):
    value_type = float
    entity = Individu
    definition_period = MONTH
    label = "CRDS prélevée sur l'ATI du mois, en euros"
    reference = [references.ORDONNANCE_96_50_CRDS, references.CSS_L136_8, references.CT_L5424_24_ATI]
    unit = "currency-EUR"
    documentation = """
    0,5 % (0 en cas d'exonération de CSG) sur 98,25 % de l'ATI journalière, après la CSG, limitée
    pour que le montant journalier restant reste au moins égal au seuil journalier SMIC, × les
    jours indemnisés (voir ati_csg).
    """

    def formula_2019_11_01(individu, period, parameters):
        jours = individu("ati_jours_indemnisables", period)
        _, crds, _ = csg_crds_journalieres(
            individu("ati_montant_journalier", period),
            individu("csg_remplacement_taux", period),
            individu("crds_remplacement_taux", period),
            parameters(period).prelevements_sociaux.csg_remplacement.abattement_frais,
            individu("csg_seuil_smic_journalier", period),
        )
        return arrondi_centime(crds * jours)
