"""The 12-month window of the ASS resources, shared by the two resource variables.

R5423-2: the resources of the 12 months before the month of the claim or of the last renewal
(the "examination"); R5423-5: income that has stopped by then is left out, or reduced by 30 %
when a substitute income has taken over. Variable files cannot import each other, so the walk
over the months lives here.
"""

import numpy


def ressources_fenetre(individu, period, parameters, revenus, revenus_substitution):
    """Sum of ``revenus`` over the window, their total in the examination month, and whether the
    person had one of ``revenus_substitution`` in that month.

    The examination month is ``ass_anciennete_examen_ressources`` months back, as seen by the
    famille's claimant (0 to 8: the longest period is the artists' 9 months).
    """
    p = parameters(period).ass
    nombre_mois = int(p.ressources.nombre_mois_reference)
    plus_longue_periode = int(
        max(p.ressources.duree_periode_attribution, p.eligibilite.artistes.duree_periode_attribution)
    )
    anciennete = individu.famille.demandeur("ass_anciennete_examen_ressources", period)

    total_fenetre = numpy.zeros(individu.count)
    montant_examen = numpy.zeros(individu.count)
    substitution_examen = numpy.zeros(individu.count, dtype=bool)
    for recul in range(plus_longue_periode + nombre_mois):
        mois = period.offset(-recul, "month")
        montant = sum(individu(nom, mois) for nom in revenus)
        dans_fenetre = (recul > anciennete) * (recul <= anciennete + nombre_mois)
        total_fenetre = total_fenetre + dans_fenetre * montant
        est_examen = recul == anciennete
        if est_examen.any():
            substitution = sum(individu(nom, mois) for nom in revenus_substitution) > 0
            montant_examen = numpy.where(est_examen, montant, montant_examen)
            substitution_examen = numpy.where(est_examen, substitution, substitution_examen)
    return total_fenetre, montant_examen, substitution_examen


def part_retenue_si_interrompu(parameters, period, montant_examen, substitution_examen):
    """Share of an income kept in the resources (R5423-5): all of it while it is still received
    in the examination month; once stopped, 1 − 30 % with a substitute income, 1 − 100 % without.
    """
    ressources = parameters(period).ass.ressources
    return numpy.where(
        montant_examen > 0,
        1,
        numpy.where(
            substitution_examen,
            1 - ressources.abattement_revenus_interrompus_avec_substitution,
            1 - ressources.abattement_revenus_interrompus_sans_substitution,
        ),
    )
