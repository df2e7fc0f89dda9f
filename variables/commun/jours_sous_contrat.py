import numpy

from openfisca_ass import references
from openfisca_ass.calendrier import date_renseignee, jour_dans_mois, rang_mois, rang_mois_dates
from openfisca_ass.entities import Individu
from openfisca_ass.model_api import MONTH, NombrePositif


class jours_sous_contrat(NombrePositif):
    value_type = int
    entity = Individu
    definition_period = MONTH
    label = "Nombre de jours calendaires du mois couverts par un contrat de travail"
    reference = [references.ARE_DECRET_2019_797, references.RAC_2024_ARTICLE_3]
    unit = "day"
    documentation = """
    Calendar days of the month under an employment contract. They place the month's employment
    in the ARE reference period: the days worked of the affiliation (règlement d'assurance
    chômage, art. 3 § 2), the first day of employment and the days under contract that bound
    the divisor of the reference salary and the duration (art. 9 and 13).

    When not given: a month with pay (salaire_brut above 0) is under contract every day, up to
    the end date in the month of are_date_fin_contrat; a month without pay, none. Give it for a
    contract that starts or stops during a month, or for a part-time job on some days only.

    Modelling choice (the rules count days, a monthly history does not place them): the days of
    a month form one block — ending on the contract end date in the month of the end, ending on
    the last day of the month in the first month of a run of months under contract (a contract
    that starts during the month), starting on the 1st otherwise.
    """

    def formula(individu, period, parameters):
        salaire = individu("salaire_brut", period)
        fin = individu("are_date_fin_contrat", period)
        mois_de_fin = date_renseignee(fin) & (rang_mois_dates(fin) == rang_mois(period))
        jours = numpy.where(mois_de_fin, jour_dans_mois(fin) + 1, period.days)
        return numpy.where(salaire > 0, jours, 0)
