from openfisca_ass import references
from openfisca_ass.calendrier import arrondi_centime
from openfisca_ass.entities import Individu
from openfisca_ass.model_api import MONTH, Variable


class arce_crds(Variable):
    value_type = float
    entity = Individu
    definition_period = MONTH
    label = "CRDS prélevée sur le versement de l'ARCE du mois, en euros"
    reference = [references.CSS_L136_8, references.SERVICE_PUBLIC_ARCE]
    unit = "currency-EUR"
    documentation = """
    L'ARCE est versée sur le droit à l'ARE et supporte la CSG et la CRDS (docs/RULES.md §5.1 :
    Pôle emploi ; NON VÉRIFIÉ sur un texte primaire) : le taux × 98,25 % du versement après la
    participation de 3 % (arce), à crds_remplacement_taux, arrondi au centime. Choix de
    modélisation : le seuil journalier SMIC, qui limite une allocation journalière, n'est pas
    appliqué à ce capital (NON VÉRIFIÉ).
    """

    def formula_2019_11_01(individu, period, parameters):
        abattement = parameters(period).prelevements_sociaux.csg_remplacement.abattement_frais
        return arrondi_centime(individu("arce", period) * (1 - abattement) * individu("crds_remplacement_taux", period))
