from openfisca_ass import references
from openfisca_ass.calendrier import date_renseignee
from openfisca_ass.entities import Individu
from openfisca_ass.model_api import ETERNITY, Variable


class arce_eligible_creation(Variable):
    value_type = bool
    entity = Individu
    definition_period = ETERNITY
    label = "La création d'entreprise remplit les conditions de l'ARCE, hors reliquat de droits"
    reference = [references.ARE_DECRET_2019_797, references.SERVICE_PUBLIC_ARCE]
    documentation = """
    L'ARCE a été choisie (arce_demandee), l'ACRE obtenue (micro_entreprise_acre, DECISIONS.md
    D14), et l'entreprise créée après la fin du contrat qui a ouvert le droit. Il doit rester des
    jours au droit au début du mois de création (vérifié dans arce_montant_total), et le
    créateur doit avoir quitté la liste des demandeurs d'emploi le mois de la création
    (demandeur_emploi faux, vérifié là aussi). Sans ces conditions, l'ARE est cumulée avec
    l'activité. Non modélisés : la création pendant le préavis ou un congé de reclassement, la
    règle « une seule fois ».
    """

    def formula(individu, period, parameters):
        creation = individu("micro_entreprise_date_creation", period)
        fin = individu("are_date_fin_contrat", period)
        demandee = individu("arce_demandee", period)
        acre = individu("micro_entreprise_acre", period)
        return demandee * acre * date_renseignee(creation) * date_renseignee(fin) * (creation > fin)
