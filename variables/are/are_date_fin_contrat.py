from openfisca_ass import references
from openfisca_ass.entities import Individu
from openfisca_ass.model_api import ETERNITY, Variable, date


class are_date_fin_contrat(Variable):
    value_type = date
    entity = Individu
    definition_period = ETERNITY
    label = "Date de fin du contrat de travail ayant ouvert le droit à l'ARE"
    reference = [references.ARE_DECRET_2019_797, references.UNEDIC_CIRCULAIRE_2025_03]
    documentation = """
    La fin du contrat (fin du préavis) détermine les règles qui ouvrent le droit : affiliation,
    salaire de référence, durée, limite d'âge de la dégressivité, taux de l'ARCE. La valeur par
    défaut, 1970-01-01, signifie qu'aucune date n'a été donnée : le droit n'est alors connu que
    par are_jours_restants.
    """
    default_value = date(1970, 1, 1)
