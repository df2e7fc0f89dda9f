from openfisca_ass import references
from openfisca_ass.entities import Individu
from openfisca_ass.model_api import MONTH, Variable
from openfisca_ass.ressources_ass import part_retenue_si_interrompu, ressources_fenetre

REVENUS_ACTIVITE = ("salaire_imposable", "micro_entreprise_revenu", "revenus_stage_formation_pro")
REVENUS_SUBSTITUTION = (
    "chomage_imposable",
    "indemnites_journalieres_imposables",
    "retraite_imposable",
    "pensions_invalidite",
)
AUTRES_RESSOURCES = (
    "retraite_imposable",
    "pensions_invalidite",
    "indemnites_journalieres_imposables",
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
    reference = [references.CT_R5423, references.SERVICE_PUBLIC_ASS]
    unit = "currency-EUR"
    documentation = """
    Total over the 12 months before the month of the last examination of the resources of the
    famille's claimant (claim or six-monthly renewal, see ass_anciennete_examen_ressources):
    taxable pay, micro-enterprise income after its flat-rate abatement (DECISIONS.md D3), training
    pay, pensions (retirement, invalidity), sickness benefits, alimony received, taxable capital
    and property income, minus the alimony paid (R5423-4). The unemployment allowances are in
    ass_base_ressources_chomage_individu, since only the spouse's count.

    Not counted (R5423-3): the claimant's ARE, the ATI, family benefits, housing allowance, the
    ASS majoration and the return-to-work bonuses: the model has no input for them, so they can
    never enter.

    Interrupted income (R5423-5), for the claimant and the spouse alike: when the activity income
    (pay, micro income, training pay) is nil in the month of the examination, it has stopped;
    it is then left out when the person has no substitute income that month (unemployment
    allowance, sickness benefits, retirement or invalidity pension), and reduced by 30 % when
    the person has one. Modelling choice: "stopped for certain" is read as "nil in the month of
    the examination".
    """

    def formula(individu, period, parameters):
        activite, activite_examen, substitution_examen = ressources_fenetre(
            individu, period, parameters, REVENUS_ACTIVITE, REVENUS_SUBSTITUTION
        )
        autres, _, _ = ressources_fenetre(individu, period, parameters, AUTRES_RESSOURCES, ())
        versees, _, _ = ressources_fenetre(
            individu, period, parameters, ("pensions_alimentaires_versees_individu",), ()
        )
        part_activite = part_retenue_si_interrompu(parameters, period, activite_examen, substitution_examen)
        return activite * part_activite + autres - versees
