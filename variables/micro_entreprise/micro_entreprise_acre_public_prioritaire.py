from openfisca_ass import references
from openfisca_ass.entities import Individu
from openfisca_ass.model_api import ETERNITY, Variable


class micro_entreprise_acre_public_prioritaire(Variable):
    value_type = bool
    entity = Individu
    definition_period = ETERNITY
    label = "À la date de début d'activité, le créateur relevait d'un public de l'article L5141-1 du code du travail"
    reference = [references.CSS_L131_6_4, references.DECRET_2019_1215_ACRE, references.LFSS_2026]
    documentation = """
    Publics de l'article L5141-1 du CT : demandeurs d'emploi indemnisés, ou inscrits 6 mois au
    cours des 18 derniers, bénéficiaires de l'ASS ou du RSA, personnes de 18 à 25 ans (moins de
    30 ans en cas de handicap ou sans droit à l'ARE), créateurs en quartier prioritaire de la
    politique de la ville (QPV) ou en zone de revitalisation rurale, titulaires d'un contrat
    CAPE, bénéficiaires de la PreParE. Depuis les activités commencées le 2020-01-01, l'ACRE des
    micro-entrepreneurs leur est réservée (paramètre
    micro_entreprise.acre.reservee_publics_prioritaires). Faux par défaut.
    """
    default_value = False
