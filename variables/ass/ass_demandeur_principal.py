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
    The claimant whose claim date (ass_date_demande) sets the household's examination months: the
    demandeur when they gave a claim date or when no parent did, otherwise the conjoint who gave
    one. Their own ARE is excluded from the resources (R5423-3 1°) and is not a substitute income
    for their stopped earnings (R5423-5); the other parent's ARE is both.
    Modelling choice: when both parents claim the ASS, the household follows the demandeur's
    claim date.
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
