import numpy

from openfisca_ass import references
from openfisca_ass.entities import Individu
from openfisca_ass.model_api import MONTH, Variable

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
        p = parameters(period).ass
        ressources = p.ressources
        nombre_mois = int(ressources.nombre_mois_reference)
        # The last examination is at most one period back (6 months, 9 for artists).
        plus_longue_periode = int(
            max(
                ressources.duree_periode_attribution,
                p.eligibilite.artistes.duree_periode_attribution,
            )
        )
        anciennete = individu.famille.demandeur("ass_anciennete_examen_ressources", period)

        activite_periode = 0
        autres_periode = 0
        activite_examen = 0
        substitution_examen = False
        # Its 12-month window is just before the examination month.
        for recul in range(plus_longue_periode + nombre_mois):
            mois = period.offset(-recul, "month")
            activite = sum(individu(nom, mois) for nom in REVENUS_ACTIVITE)
            autres = sum(individu(nom, mois) for nom in AUTRES_RESSOURCES) - individu(
                "pensions_alimentaires_versees_individu", mois
            )
            substitution = sum(individu(nom, mois) for nom in REVENUS_SUBSTITUTION) > 0
            dans_fenetre = (recul > anciennete) * (recul <= anciennete + nombre_mois)
            activite_periode = activite_periode + dans_fenetre * activite
            autres_periode = autres_periode + dans_fenetre * autres
            est_examen = recul == anciennete
            activite_examen = numpy.where(est_examen, activite, activite_examen)
            substitution_examen = numpy.where(est_examen, substitution, substitution_examen)

        part_retenue = numpy.where(
            activite_examen > 0,
            1,
            numpy.where(
                substitution_examen,
                1 - ressources.abattement_revenus_interrompus_avec_substitution,
                1 - ressources.abattement_revenus_interrompus_sans_substitution,
            ),
        )
        return activite_periode * part_retenue + autres_periode
