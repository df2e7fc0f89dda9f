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
    L'ARE et l'ATI du demandeur lui-même sont exclues des ressources de l'ASS (R5423-3 1° et 8°) ;
    celles du conjoint comptent (l'entrée d'allocation de chômage chomage_imposable, et l'ati
    calculée). Même période de 12 mois que ass_base_ressources_individu. Lorsque l'allocation est
    nulle le mois de l'examen, elle a cessé (R5423-5) : écartée en l'absence de revenu de
    substitution (indemnités journalières maladie, pension de retraite ou d'invalidité), réduite
    de 30 % en présence d'un tel revenu.
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
