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
    are − are_participation_retraite_complementaire − are_csg − are_crds : ce qui arrive sur le
    compte bancaire pour le mois, après le cumul avec une activité (seuls les jours indemnisés
    supportent des retenues). Les retenues suivent l'ordre de l'Unédic (participation, puis CSG,
    puis CRDS, chaque montant journalier arrondi au centime, × les jours indemnisés),
    openfisca_ass/retenues_sociales.py ; le mois où la dégressivité commence, chaque jour sur sa
    propre AJ (are_jours_indemnisables_degressifs).
    0 ≤ are_net ≤ are.

    Non modélisés : la cotisation maladie des personnes non domiciliées fiscalement en France ou
    relevant du régime local d'Alsace-Moselle (1,5 % pour ces dernières, NON VÉRIFIÉ) ; la CSG
    propre à Mayotte (ordonnance n° 96-1122, art. 28-3, et son propre seuil SMIC) : pour un
    résident de Mayotte, les taux et le seuil métropolitains sont appliqués, avec l'allocation
    minimale de Mayotte pour la participation (NON VÉRIFIÉ — l'ARE-M elle-même n'est pas
    modélisée, voir are_residence_outre_mer).
    """

    def formula_2019_11_01(individu, period, parameters):
        return arrondi_centime(
            individu("are", period)
            - individu("are_participation_retraite_complementaire", period)
            - individu("are_csg", period)
            - individu("are_crds", period)
        )
