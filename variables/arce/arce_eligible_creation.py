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
    The ARCE was chosen (arce_demandee), the ACRE obtained (micro_entreprise_acre, DECISIONS.md
    D14), and the business created after the end of the contract that opened the right. The
    right must still have days left at the start of the creation month (checked in
    arce_montant_total), and the creator must have left the job-seekers' list in the creation
    month (demandeur_emploi false, checked there too). Without these conditions the ARE is
    cumulated with the activity. Not modelled: the creation during the notice or a
    reclassification leave, the "only once" rule.
    """

    def formula(individu, period, parameters):
        creation = individu("micro_entreprise_date_creation", period)
        fin = individu("are_date_fin_contrat", period)
        demandee = individu("arce_demandee", period)
        acre = individu("micro_entreprise_acre", period)
        return demandee * acre * date_renseignee(creation) * date_renseignee(fin) * (creation > fin)
