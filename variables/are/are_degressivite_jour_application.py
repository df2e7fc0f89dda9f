import numpy

from openfisca_ass import references
from openfisca_ass.entities import Individu
from openfisca_ass.model_api import ETERNITY, Variable
from openfisca_ass.parametres_aux_dates import ParametresAuxDates


class are_degressivite_jour_application(Variable):
    value_type = int
    entity = Individu
    definition_period = ETERNITY
    label = "Rang du jour d'indemnisation à partir duquel l'allocation est dégressive (0 si jamais)"
    reference = [references.ARE_DECRET_2019_797, references.ARE_DECRET_2021_346, references.UNEDIC_CIRCULAIRE_2025_03]
    unit = "day"
    documentation = """
    Lu à la fin du contrat : 183e jour, 243e pour les contrats terminés du 2021-07-01 au
    2021-11-30. 0 (jamais) lorsque la personne avait au moins 57 ans à la fin du contrat (55 ans
    pour les contrats terminés à partir du 2025-04-01), ou pour un contrat terminé avant le
    2021-07-01 (Choix de modélisation : la dégressivité suspendue pendant la crise sanitaire
    n'est pas appliquée aux contrats plus anciens), ou lorsqu'aucune date de fin n'est donnée. Le
    seuil d'AJ est vérifié mois par mois (are_allocation_journaliere_degressive).
    """

    def formula(individu, period, parameters):
        loi = ParametresAuxDates(individu, parameters, individu("are_date_fin_contrat", period))
        age = individu("are_age_fin_contrat", period)
        applicable, en_vigueur = loi("are.degressivite.applicable")
        jour, _ = loi("are.degressivite.jour_application")
        age_maximum, _ = loi("are.degressivite.age_maximum")
        concerne = en_vigueur * applicable.astype(bool) * (age < age_maximum)
        return numpy.where(concerne, jour, 0).astype(numpy.int32)
