from openfisca_ass import references
from openfisca_ass.entities import Individu
from openfisca_ass.model_api import ETERNITY, Variable, date


class ati_date_demande(Variable):
    value_type = date
    entity = Individu
    definition_period = ETERNITY
    label = "Date de dépôt de la demande d'ATI"
    reference = [references.CT_R5424_73, references.DECRET_2019_796]
    documentation = """
    Sert au délai de R5424-73 lorsque la personne s'est inscrite comme demandeur d'emploi le jour
    de la fin de son activité non salariée ou avant (ati_date_inscription au plus tard
    ati_date_fait_generateur) : la fin d'activité doit alors se situer dans les 12 mois précédant
    le premier jour du mois de la demande (ati_date_reference_delai_fin_activite). Sans effet
    lorsque l'inscription est postérieure à la fin d'activité (le délai se compte depuis la
    veille de l'inscription). La valeur par défaut, 1970-01-01, signifie qu'aucune date n'a été
    donnée : le délai est alors tenu pour respecté (Choix de modélisation, voir
    ati_delai_inscription_respecte).
    """
    default_value = date(1970, 1, 1)
