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
    Jours calendaires du mois sous contrat de travail. Ils situent l'emploi du mois dans la
    période de référence de l'ARE : les jours travaillés de l'affiliation (règlement d'assurance
    chômage, art. 3 § 2), le premier jour d'emploi et les jours sous contrat qui bornent le
    diviseur du salaire de référence et la durée (art. 9 et 13).

    Lorsqu'ils ne sont pas donnés : un mois avec rémunération (salaire_brut positif) est sous
    contrat chaque jour, jusqu'à la date de fin le mois de are_date_fin_contrat ; un mois sans
    rémunération, aucun. Donnez-les pour un contrat qui commence ou s'arrête en cours de mois, ou
    pour un emploi à temps partiel certains jours seulement.

    Choix de modélisation (le règlement compte des jours, un historique mensuel ne les situe
    pas) : les jours d'un mois forment un seul bloc — se terminant à la date de fin du contrat le
    mois de la fin, se terminant le dernier jour du mois le premier mois d'une suite de mois sous
    contrat (un contrat qui commence en cours de mois), commençant le 1er sinon.
    """

    def formula(individu, period, parameters):
        salaire = individu("salaire_brut", period)
        fin = individu("are_date_fin_contrat", period)
        mois_de_fin = date_renseignee(fin) & (rang_mois_dates(fin) == rang_mois(period))
        jours = numpy.where(mois_de_fin, jour_dans_mois(fin) + 1, period.days)
        return numpy.where(salaire > 0, jours, 0)
