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
    Total over the 12 months before the month of the last examination of the household's
    resources (claim or renewal, ass_anciennete_examen_ressources_foyer): taxable pay,
    micro-enterprise income after its flat-rate abatement (Modelling choice, DECISIONS.md D3),
    training pay, sickness benefits, retirement and invalidity pensions, alimony received, taxable
    capital and property income, minus the alimony paid (R5423-4). The unemployment allowances are
    in ass_base_ressources_chomage_individu, since only the other parent's count.

    Not counted (R5423-3): the claimant's ARE, the claimant's ATI, family benefits, housing
    allowance, the ASS majoration and the return-to-work bonuses: the model has no input for
    them, so they can never enter.

    Author income (artiste_auteur_revenu_imposable: receipts after the 34 % abatement in the
    special BNC regime, the profit in the déclaration contrôlée, the taxable amount in traitements
    et salaires) counts like the other earned income, over the same window: the artists' ASS
    weighs it at each examination, never month by month (D5424-62 applies R5423-1 3° and the
    12-month resources, not the R5425-2 cumul; DECISIONS.md D17). Modelling choice: author income
    nil in the examination month has not stopped "for certain" (R5423-5) while the person is
    still affiliated as an artist-author (artiste_auteur_affilie that month): author income is
    irregular by nature. Once the affiliation has ended it is treated as the other kinds.

    Interrupted income (R5423-5), for the claimant and the spouse alike, each kind of income on its
    own (pay, micro income, training pay, sickness benefits): Modelling choice, an income nil in
    the month of the examination has stopped "for certain". It is then left out when the person
    has no substitute income that month, and reduced by 30 % when they have one: sickness
    benefits, a retirement or invalidity pension, or, for the other parent only, an unemployment
    allowance (the claimant's own ARE has ended with the claim).
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
