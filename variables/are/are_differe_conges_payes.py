import numpy

from openfisca_ass import references
from openfisca_ass.calendrier import partie_entiere, valeurs_aux_dates
from openfisca_ass.entities import Individu
from openfisca_ass.model_api import ETERNITY, Variable

# Float error allowed on a quotient that should be a whole number of days.


class are_differe_conges_payes(Variable):
    value_type = int
    entity = Individu
    definition_period = ETERNITY
    label = "Différé d'indemnisation congés payés de l'ARE, en jours"
    reference = [references.ARE_DECRET_2019_797, references.UNEDIC_DIFFERES]
    unit = "day"
    documentation = """
    Integer part of the paid-leave compensation ÷ SJR, at most 30 days (cap UNVERIFIED for the
    2024 règlement). Uses the SJR computed from the reference pay
    (are_salaire_journalier_reference_calcule): 0 when it is not computed.
    """

    def formula(individu, period, parameters):
        p = individu.simulation.tax_benefit_system.parameters.are.differes
        fin = individu("are_date_fin_contrat", period)
        sjr = individu("are_salaire_journalier_reference_calcule", period)
        indemnite = individu("are_indemnite_compensatrice_conges_payes", period)
        maximum, _ = valeurs_aux_dates(p.conges_payes_maximum_jours, fin)
        jours = partie_entiere(indemnite / numpy.where(sjr > 0, sjr, 1))
        return numpy.where(sjr > 0, numpy.minimum(jours, maximum), 0).astype(numpy.int32)
