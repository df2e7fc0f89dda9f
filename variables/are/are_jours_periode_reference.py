import numpy

from openfisca_ass import references
from openfisca_ass.entities import Individu
from openfisca_ass.historique_contrats import lire_periode_de_reference
from openfisca_ass.model_api import ETERNITY, NombrePositif


class are_jours_periode_reference(NombrePositif):
    value_type = int
    entity = Individu
    definition_period = ETERNITY
    label = "Nombre de jours calendaires de la période de référence de calcul de l'ARE"
    reference = [references.ARE_DECRET_2021_346, references.ARE_DECRET_2019_797]
    unit = "day"
    documentation = """
    Calendar days from the first day of the first contract of the reference period to the end
    of the last contract, less the neutralised days (illness, maternity...). Divisor of the
    reference salary and base of the duration, before the cap on non-worked days.

    Computed from the monthly history when it is not given: from the first day under contract
    inside the reference period (24 months before the end of the contract, 36 in the older age
    band) to the end of the contract, both included. Not modelled: the neutralised days (no
    input for sickness, maternity or undeclared activity outside a contract).
    """

    def formula(individu, period, parameters):
        periode = lire_periode_de_reference(individu, period, parameters)
        jours = periode["jour_fin"] - periode["premier_jour"] + 1
        return numpy.where(periode["historique"], jours, 0)
