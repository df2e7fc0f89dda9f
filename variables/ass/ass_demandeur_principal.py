import numpy

from openfisca_ass import references
from openfisca_ass.calendrier import date_renseignee
from openfisca_ass.entities import Famille, Individu
from openfisca_ass.model_api import MONTH, Variable


class ass_demandeur_principal(Variable):
    value_type = bool
    entity = Individu
    definition_period = MONTH
    label = "Parent dont la demande d'ASS fixe le calendrier d'examen des ressources du foyer"
    reference = [references.CT_R5423_2, references.CT_R5423_8]
    documentation = """
    Le demandeur dont la date de demande (ass_date_demande) fixe les mois d'examen du foyer : le
    demandeur de la famille lorsqu'il a donné une date de demande ou lorsqu'aucun parent n'en a
    donné, sinon le conjoint qui en a donné une. Sa propre ARE est exclue des ressources
    (R5423-3 1°) et n'est pas un revenu de substitution pour ses revenus d'activité interrompus
    (R5423-5) ; l'ARE de l'autre parent est l'un et l'autre.
    Choix de modélisation : lorsque les deux parents demandent l'ASS, le foyer suit la date de
    demande du demandeur.
    """

    def formula(individu, period, parameters):
        date_donnee = date_renseignee(individu("ass_date_demande", period))
        demandeur_a_une_date = individu.famille.any(
            date_donnee * individu.has_role(Famille.DEMANDEUR), role=Famille.PARENT
        )
        est_demandeur = individu.has_role(Famille.DEMANDEUR)
        est_conjoint = individu.has_role(Famille.CONJOINT)
        conjoint_a_une_date = individu.famille.any(date_donnee * est_conjoint, role=Famille.PARENT)
        return (
            numpy.where(
                est_demandeur,
                demandeur_a_une_date + numpy.logical_not(conjoint_a_une_date),
                est_conjoint * numpy.logical_not(demandeur_a_une_date) * date_donnee,
            )
            > 0
        )
