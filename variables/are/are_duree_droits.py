import numpy

from openfisca_ass import references
from openfisca_ass.calendrier import entier_superieur
from openfisca_ass.entities import Individu
from openfisca_ass.model_api import ETERNITY, NombrePositif
from openfisca_ass.parametres_aux_dates import ParametresAuxDates


def _selon_residence(loi_fin_contrat, nom, outre_mer):
    """The duration parameter `nom` at the contract end, overseas value for overseas residents."""
    general, _ = loi_fin_contrat(f"are.duree.{nom}")
    if not outre_mer.any():  # the overseas values are read (and traced) only when someone lives overseas
        return general
    exception, _ = loi_fin_contrat(f"are.duree.outre_mer.{nom}")
    return numpy.where(outre_mer, exception, general)


class are_duree_droits(NombrePositif):
    value_type = int
    entity = Individu
    definition_period = ETERNITY
    label = "Durée d'indemnisation du droit à l'ARE ouvert par la fin du contrat, en jours"
    reference = [
        references.ARE_DECRET_2019_797,
        references.ARE_DECRET_2023_33,
        references.UNEDIC_CIRCULAIRE_2025_03,
        references.UNEDIC_ARE_MAYOTTE,
    ]
    unit = "day"
    documentation = """
    For contracts ending from 2021-10-01 (règlement d'assurance chômage, art. 9): calendar days
    of the reference period, non-worked days capped as for the SJR divisor (75 %, then 70 % of
    the days worked), × the coefficient (0.75 for contracts ending from 2023-02-01), rounded to
    the whole day above (UNVERIFIED), at least 182 days, at most the maximum of the age band at
    the end of the contract: 730 / 913 / 1 095 days under 53 / from 53 / from 55, then 548 /
    685 / 822 from 2023-02-01, and bands 55 / 57 for contracts ending from 2025-04-01.

    Overseas (are_residence_outre_mer: Guadeloupe, Guyane, Martinique, La Réunion,
    Saint-Barthélemy, Saint-Martin, Saint-Pierre-et-Miquelon at the end of the contract): the
    modulation of décret n° 2023-33 does not apply, so coefficient 1 and maxima 730 / 913 / 1 095
    days whatever the date (parameters are.duree.outre_mer; the same exception under the 2024
    règlement, with its age bands 55 / 57, is UNVERIFIED).

    Not modelled: Mayotte (ARE-M: own regime, duration = affiliation, 182 to 365 days, 730 from
    age 50, 2024 Mayotte règlement art. 11; residence_mayotte does not change the duration here);
    the special regimes also excluded from the modulation (intermittents du spectacle,
    marins-pêcheurs, occasional dockers, expatriates); the complément de fin de droits in a
    degraded labour market.

    0 when no right is opened (are_droits_ouverts) or for a contract ending before 2021-10-01.
    Also the base of the degressivity day count: it may be given with are_jours_restants when
    the contract history is not.
    """

    def formula(individu, period, parameters):
        loi = ParametresAuxDates(individu, parameters, individu("are_date_fin_contrat", period))
        age = individu("are_age_fin_contrat", period)
        jours_periode = individu("are_jours_periode_reference", period)
        jours_travailles = individu("are_jours_travailles_periode_reference", period)

        plafonnement, en_vigueur = loi("are.salaire_reference.plafonnement_jours_non_travailles")
        outre_mer = individu("are_residence_outre_mer", period)
        coefficient = _selon_residence(loi, "coefficient", outre_mer)
        maximum = _selon_residence(loi, "maximum_jours", outre_mer)
        maximum_1 = _selon_residence(loi, "maximum_jours_premier_palier", outre_mer)
        maximum_2 = _selon_residence(loi, "maximum_jours_second_palier", outre_mer)
        minimum, _ = loi("are.duree.minimum_jours")
        age_1, _ = loi("are.duree.age_premier_palier")
        age_2, _ = loi("are.duree.age_second_palier")

        base = numpy.minimum(jours_periode, (1 + plafonnement) * jours_travailles)
        duree = entier_superieur(base * coefficient)
        plafond = numpy.select([age >= age_2, age >= age_1], [maximum_2, maximum_1], maximum)
        duree = numpy.minimum(numpy.maximum(duree, minimum), plafond)
        ouverts = individu("are_droits_ouverts", period)
        return numpy.where(ouverts * en_vigueur, duree, 0).astype(numpy.int32)
