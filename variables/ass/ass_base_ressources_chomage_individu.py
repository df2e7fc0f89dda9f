import numpy

from openfisca_ass import references
from openfisca_ass.entities import Individu
from openfisca_ass.model_api import MONTH, Variable

AUTRES_REVENUS_SUBSTITUTION = (
    "indemnites_journalieres_imposables",
    "retraite_imposable",
    "pensions_invalidite",
)


class ass_base_ressources_chomage_individu(Variable):
    value_type = float
    entity = Individu
    definition_period = MONTH
    label = (
        "Allocations chômage de la personne sur les 12 mois précédant le dernier examen des"
        " ressources de l'ASS, comptées quand elle est le conjoint, en euros"
    )
    reference = [references.CT_R5423, references.SERVICE_PUBLIC_ASS]
    unit = "currency-EUR"
    documentation = """
    The claimant's own ARE is excluded from the ASS resources (R5423-3 1°); the spouse's counts.
    Same 12-month window as ass_base_ressources_individu. When the allowance is nil in the month of
    the examination it has stopped (R5423-5): left out without a substitute income (sickness
    benefits, retirement or invalidity pension), reduced by 30 % with one.
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

        chomage_periode = 0
        chomage_examen = 0
        substitution_examen = False
        for recul in range(plus_longue_periode + nombre_mois):
            mois = period.offset(-recul, "month")
            chomage = individu("chomage_imposable", mois)
            substitution = sum(individu(nom, mois) for nom in AUTRES_REVENUS_SUBSTITUTION) > 0
            dans_fenetre = (recul > anciennete) * (recul <= anciennete + nombre_mois)
            chomage_periode = chomage_periode + dans_fenetre * chomage
            est_examen = recul == anciennete
            chomage_examen = numpy.where(est_examen, chomage, chomage_examen)
            substitution_examen = numpy.where(est_examen, substitution, substitution_examen)

        part_retenue = numpy.where(
            chomage_examen > 0,
            1,
            numpy.where(
                substitution_examen,
                1 - ressources.abattement_revenus_interrompus_avec_substitution,
                1 - ressources.abattement_revenus_interrompus_sans_substitution,
            ),
        )
        return chomage_periode * part_retenue
