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
    Publics of CT L5141-1: job seekers indemnified, or registered 6 months of the last 18, ASS or
    RSA beneficiaries, people aged 18 to 25 (under 30 if disabled or without ARE rights), creators
    in a priority urban area (QPV) or a rural revitalisation area, CAPE contract holders, PreParE
    beneficiaries. Since activities started on 2020-01-01 the ACRE of micro-entrepreneurs is
    reserved to them (parameter micro_entreprise.acre.reservee_publics_prioritaires). False by
    default.
    """
    default_value = False
