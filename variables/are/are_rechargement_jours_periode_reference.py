from openfisca_ass import references
from openfisca_ass.entities import Individu
from openfisca_ass.model_api import ETERNITY, NombrePositif


class are_rechargement_jours_periode_reference(NombrePositif):
    value_type = int
    entity = Individu
    definition_period = ETERNITY
    label = "Nombre de jours calendaires de la période de référence du droit rechargé"
    reference = [references.ARE_DECRET_2019_797, references.ARE_DECRET_2021_346]
    unit = "day"
    documentation = """
    Jours calendaires du premier jour du premier emploi après la fin du contrat qui a ouvert le
    droit jusqu'à are_rechargement_date_fin_contrat (dans les 24 ou 36 mois qui précèdent cette
    date), moins les jours neutralisés : diviseur du SJR du droit rechargé et base de sa durée,
    avant le plafonnement des jours non travaillés. Donnez le même chiffre que
    are_rechargement_jours_travailles pour un contrat continu.
    """
