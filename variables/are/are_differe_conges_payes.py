import numpy

from openfisca_ass import references
from openfisca_ass.calendrier import partie_entiere
from openfisca_ass.entities import Individu
from openfisca_ass.model_api import ETERNITY, Variable
from openfisca_ass.parametres_aux_dates import ParametresAuxDates

# Float error allowed on a quotient that should be a whole number of days.


class are_differe_conges_payes(Variable):
    value_type = int
    entity = Individu
    definition_period = ETERNITY
    label = "Différé d'indemnisation congés payés de l'ARE, en jours"
    reference = [references.ARE_DECRET_2019_797, references.UNEDIC_DIFFERES]
    unit = "day"
    documentation = """
    Partie entière de l'indemnité compensatrice de congés payés ÷ SJR, 30 jours au plus
    (plafond NON VÉRIFIÉ pour le règlement de 2024). Utilise le SJR calculé à partir des
    rémunérations de référence (are_salaire_journalier_reference_calcule) : 0 lorsqu'il n'est pas
    calculé.
    """

    def formula(individu, period, parameters):
        loi = ParametresAuxDates(individu, parameters, individu("are_date_fin_contrat", period))
        sjr = individu("are_salaire_journalier_reference_calcule", period)
        indemnite = individu("are_indemnite_compensatrice_conges_payes", period)
        maximum, _ = loi("are.differes.conges_payes_maximum_jours")
        jours = partie_entiere(indemnite / numpy.where(sjr > 0, sjr, 1))
        return numpy.where(sjr > 0, numpy.minimum(jours, maximum), 0).astype(numpy.int32)
