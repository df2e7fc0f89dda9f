from openfisca_ass import references
from openfisca_ass.entities import Individu
from openfisca_ass.enums import TypesFaitGenerateurAti
from openfisca_ass.model_api import MONTH, Variable
from openfisca_ass.ressources_ass import au_mois_examen, part_retenue_si_interrompu, total_fenetre

REVENUS_SUBSTITUTION = ("indemnites_journalieres_imposables", "retraite_imposable", "pensions_invalidite")


class ass_base_ressources_chomage_individu(Variable):
    value_type = float
    entity = Individu
    definition_period = MONTH
    label = (
        "Allocations chômage et ATI de la personne sur les 12 mois précédant le dernier examen des"
        " ressources de l'ASS, comptées quand elle est le conjoint, en euros"
    )
    reference = [references.CT_R5423_3, references.CT_R5423_5, references.SERVICE_PUBLIC_ASS]
    unit = "currency-EUR"
    documentation = """
    The claimant's own ARE and ATI are excluded from the ASS resources (R5423-3 1° and 8°); the
    spouse's count (the unemployment allowance input chomage_imposable, and the computed ati).
    Same 12-month window as ass_base_ressources_individu. When the allowance is nil in the month of
    the examination it has stopped (R5423-5): left out without a substitute income (sickness
    benefits, retirement or invalidity pension), reduced by 30 % with one.
    """

    def formula(individu, period, parameters):
        substitution = sum(au_mois_examen(individu, period, parameters, nom) for nom in REVENUS_SUBSTITUTION) > 0

        def retenue(nom):
            examen = au_mois_examen(individu, period, parameters, nom)
            total = total_fenetre(individu, period, parameters, nom)
            return total * part_retenue_si_interrompu(parameters, period, examen, substitution)

        allocations = retenue("chomage_imposable")
        # The ATI is computed only where an event could have opened it (it costs a walk of months).
        if (individu("ati_fait_generateur", period) != TypesFaitGenerateurAti.aucun).any():
            allocations = allocations + retenue("ati")
        return allocations
