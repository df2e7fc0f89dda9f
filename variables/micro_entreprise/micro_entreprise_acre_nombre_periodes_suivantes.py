import numpy

from openfisca_ass import references
from openfisca_ass.entities import Individu
from openfisca_ass.model_api import ETERNITY, Variable
from openfisca_ass.parametres_aux_dates import ParametresAuxDates


class micro_entreprise_acre_nombre_periodes_suivantes(Variable):
    value_type = int
    entity = Individu
    definition_period = ETERNITY
    label = "Nombre de périodes d'ACRE de quatre trimestres suivant la première (activités commencées en 2019)"
    reference = [references.CSS_L131_6_4, references.DECRET_2019_1215_ACRE]
    documentation = """
    2 pour une activité commencée en 2019 avec l'ACRE (paramètre
    acre.regime_2019.nombre_periodes_suivantes, daté par la date de début), 0 sinon ou sans
    l'ACRE. Calculé une fois pour tous les mois.
    """

    def formula(individu, period, parameters):
        loi = ParametresAuxDates(individu, parameters, individu("micro_entreprise_date_creation", period))
        nombre, _ = loi("micro_entreprise.acre.regime_2019.nombre_periodes_suivantes")
        avec_acre = individu("micro_entreprise_acre_part_premiere_periode", period) < 1
        return numpy.where(avec_acre, nombre, 0)
