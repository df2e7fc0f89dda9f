import numpy

from openfisca_ass import references
from openfisca_ass.calendrier import valeurs_aux_dates
from openfisca_ass.entities import Individu
from openfisca_ass.model_api import ETERNITY, NombrePositif

# Float error allowed on an exact product (600 × 0.75 = 450 must not round up to 451).
_TOLERANCE = 1e-9


class are_duree_droits(NombrePositif):
    value_type = int
    entity = Individu
    definition_period = ETERNITY
    label = "Durée d'indemnisation du droit à l'ARE ouvert par la fin du contrat, en jours"
    reference = [references.ARE_DECRET_2019_797, references.ARE_DECRET_2023_33, references.UNEDIC_CIRCULAIRE_2025_03]
    unit = "day"
    documentation = """
    For contracts ending from 2021-10-01 (règlement d'assurance chômage, art. 9): calendar days
    of the reference period, non-worked days capped as for the SJR divisor (75 %, then 70 % of
    the days worked), × the coefficient (0.75 for contracts ending from 2023-02-01), rounded to
    the whole day above (UNVERIFIED), at least 182 days, at most the maximum of the age band at
    the end of the contract: 730 / 913 / 1 095 days under 53 / from 53 / from 55, then 548 /
    685 / 822 from 2023-02-01, and bands 55 / 57 for contracts ending from 2025-04-01.

    Not modelled: the overseas departments (Mayotte included) and the special regimes keep the
    coefficient 1 and the maxima 730 / 913 / 1 095 days after 2023-02-01 (décret n° 2023-33);
    the complément de fin de droits in a degraded labour market.

    0 when no right is opened (are_droits_ouverts) or for a contract ending before 2021-10-01.
    Also the base of the degressivity day count: it may be given with are_jours_restants when
    the contract history is not.
    """

    def formula(individu, period, parameters):
        p = individu.simulation.tax_benefit_system.parameters.are
        fin = individu("are_date_fin_contrat", period)
        age = individu("are_age_fin_contrat", period)
        jours_periode = individu("are_jours_periode_reference", period)
        jours_travailles = individu("are_jours_travailles_periode_reference", period)

        plafonnement, en_vigueur = valeurs_aux_dates(p.salaire_reference.plafonnement_jours_non_travailles, fin)
        coefficient, _ = valeurs_aux_dates(p.duree.coefficient, fin)
        minimum, _ = valeurs_aux_dates(p.duree.minimum_jours, fin)
        maximum, _ = valeurs_aux_dates(p.duree.maximum_jours, fin)
        maximum_1, _ = valeurs_aux_dates(p.duree.maximum_jours_premier_palier, fin)
        maximum_2, _ = valeurs_aux_dates(p.duree.maximum_jours_second_palier, fin)
        age_1, _ = valeurs_aux_dates(p.duree.age_premier_palier, fin)
        age_2, _ = valeurs_aux_dates(p.duree.age_second_palier, fin)

        base = numpy.minimum(jours_periode, (1 + plafonnement) * jours_travailles)
        duree = numpy.ceil(base * coefficient - _TOLERANCE)
        plafond = numpy.select([age >= age_2, age >= age_1], [maximum_2, maximum_1], maximum)
        duree = numpy.minimum(numpy.maximum(duree, minimum), plafond)
        ouverts = individu("are_droits_ouverts", period)
        return numpy.where(ouverts * en_vigueur, duree, 0).astype(numpy.int32)
