from openfisca_ass import references
from openfisca_ass.entities import Individu
from openfisca_ass.model_api import MONTH, Variable
from openfisca_ass.ressources_ass import au_mois_examen, part_retenue_si_interrompu, total_fenetre

# R5423-5: earned income, training pay and (service-public F12484) sickness benefits are set
# aside, or reduced, once stopped. Each kind is judged on its own.
REVENUS_INTERRUPTIBLES = (
    "salaire_imposable",
    "micro_entreprise_revenu",
    "revenus_stage_formation_pro",
    "indemnites_journalieres_imposables",
)
REVENUS_SUBSTITUTION = ("indemnites_journalieres_imposables", "retraite_imposable", "pensions_invalidite")
AUTRES_RESSOURCES = (
    "retraite_imposable",
    "pensions_invalidite",
    "pensions_alimentaires_percues",
    "revenus_capital",
    "revenus_locatifs",
)


class ass_base_ressources_individu(Variable):
    value_type = float
    entity = Individu
    definition_period = MONTH
    label = (
        "Ressources de la personne retenues pour l'ASS sur les 12 mois précédant le dernier examen,"
        " hors allocations chômage, en euros"
    )
    reference = [
        references.CT_R5423_2,
        references.CT_R5423_3,
        references.CT_R5423_4,
        references.CT_R5423_5,
        references.SERVICE_PUBLIC_ASS,
    ]
    unit = "currency-EUR"
    documentation = """
    Total sur les 12 mois précédant le mois du dernier examen des ressources du foyer (demande
    ou renouvellement, ass_anciennete_examen_ressources_foyer) : rémunérations imposables,
    revenus de micro-entreprise après leur abattement forfaitaire (Choix de modélisation,
    DECISIONS.md D3), rémunérations de formation, indemnités journalières maladie, pensions de
    retraite et d'invalidité, pensions alimentaires reçues, revenus imposables de capitaux et
    fonciers, moins les pensions alimentaires versées (R5423-4). Les allocations de chômage sont
    dans ass_base_ressources_chomage_individu, car seules celles de l'autre parent comptent.

    Non comptés (R5423-3) : l'ARE du demandeur, l'ATI du demandeur, les prestations familiales,
    l'allocation de logement, la majoration de l'ASS et les primes de reprise d'activité : le
    modèle n'a pas d'entrée pour eux, ils ne peuvent donc jamais y entrer.

    Les revenus d'auteur (artiste_auteur_revenu_imposable : recettes après l'abattement de 34 %
    du régime spécial BNC, le bénéfice en déclaration contrôlée, le montant imposable en
    traitements et salaires) comptent comme les autres revenus d'activité, sur la même période :
    l'ASS des artistes les prend en compte à chaque examen, jamais mois par mois (D5424-62
    applique R5423-1 3° et les ressources des 12 mois, non le cumul de R5425-2 ; DECISIONS.md
    D17). Choix de modélisation : un revenu d'auteur nul le mois de l'examen n'a pas cessé « de
    façon certaine » (R5423-5) tant que la personne reste affiliée comme artiste-auteur
    (artiste_auteur_affilie ce mois-là) : les revenus d'auteur sont irréguliers par nature. Une
    fois l'affiliation terminée, ils sont traités comme les autres catégories.

    Revenus interrompus (R5423-5), pour le demandeur comme pour le conjoint, chaque catégorie de
    revenu séparément (rémunérations, revenus de micro-entreprise, rémunérations de formation,
    indemnités journalières maladie) : Choix de modélisation, un revenu nul le mois de l'examen a
    cessé « de façon certaine ». Il est alors écarté lorsque la personne n'a pas de revenu de
    substitution ce mois-là, et réduit de 30 % lorsqu'elle en a un : indemnités journalières
    maladie, pension de retraite ou d'invalidité, ou, pour l'autre parent seulement, allocation
    de chômage (l'ARE du demandeur lui-même a pris fin avec la demande).
    """

    def formula(individu, period, parameters):
        def examen(nom):
            return au_mois_examen(individu, period, parameters, nom)

        substitution = sum(examen(nom) for nom in REVENUS_SUBSTITUTION) + examen("chomage_imposable") * (
            1 - individu("ass_demandeur_principal", period)
        )
        interruptibles = sum(
            total_fenetre(individu, period, parameters, nom)
            * part_retenue_si_interrompu(parameters, period, examen(nom), substitution > 0)
            for nom in REVENUS_INTERRUPTIBLES
        )
        auteur = total_fenetre(individu, period, parameters, "artiste_auteur_revenu_imposable")
        if auteur.any():
            # Author income stops only once the affiliation has (Modelling choice, R5423-5).
            affilie = examen("artiste_auteur_affilie") > 0
            part_auteur = part_retenue_si_interrompu(
                parameters, period, examen("artiste_auteur_revenu_imposable") + affilie, substitution > 0
            )
            interruptibles = interruptibles + auteur * part_auteur
        autres = sum(total_fenetre(individu, period, parameters, nom) for nom in AUTRES_RESSOURCES)
        versees = total_fenetre(individu, period, parameters, "pensions_alimentaires_versees_individu")
        return interruptibles + autres - versees
