from openfisca_ass import references
from openfisca_ass.entities import Individu
from openfisca_ass.model_api import MONTH, Variable
from openfisca_ass.retenues_sociales import retenues_mois_are


class are_participation_retraite_complementaire(Variable):
    value_type = float
    entity = Individu
    definition_period = MONTH
    label = "Participation au financement des retraites complémentaires retenue sur l'ARE du mois, en euros"
    reference = [references.ARE_DECRET_2019_797, references.UNEDIC_RETENUES_SOCIALES]
    unit = "currency-EUR"
    documentation = """
    Par jour indemnisé : 3 % du SJR (règlement d'assurance chômage, art. 14), réduits pour que
    l'allocation journalière (are_allocation_journaliere_versee) reste au moins égale à
    l'allocation minimale du mois (le minimum de Mayotte pour un résident de Mayotte) ; arrondi
    au centime, × les jours indemnisés (are_jours_indemnisables). Seuls les jours indemnisés la
    supportent : un mois de cumul avec moins de jours indemnisés en supporte moins. 0 avant le
    2019-11-01.
    """

    def formula_2019_11_01(individu, period, parameters):
        return retenues_mois_are(individu, period, parameters)["participation"]
