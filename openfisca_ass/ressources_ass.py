"""The 12-month window of the ASS resources, shared by the resource variables.

R5423-2: the resources of the 12 months before the month of the claim or of the last renewal
(the "examination"); R5423-5: income that has stopped by then is left out, or reduced by 30 %
when a substitute income has taken over. The examination calendar is the household's
(``ass_anciennete_examen_ressources_foyer``), so that the spouse's resources are read over the
claimant's window. Variable files cannot import each other, so the walk over the months lives here.
"""

import numpy


def _nombre_mois(parameters, period):
    """Months of the window, and how far back the walk must go (the longest period is 9 months)."""
    p = parameters(period).ass
    nombre_mois = int(p.ressources.nombre_mois_reference)
    plus_longue_periode = int(
        max(p.ressources.duree_periode_attribution, p.eligibilite.artistes.duree_periode_attribution)
    )
    return nombre_mois, plus_longue_periode + nombre_mois


def total_fenetre(individu, period, parameters, nom):
    """Total of the variable ``nom`` over the 12 months before the examination month."""
    nombre_mois, recul_maximal = _nombre_mois(parameters, period)
    anciennete = individu.famille("ass_anciennete_examen_ressources_foyer", period)
    total = numpy.zeros(individu.count)
    for recul in range(1, recul_maximal):
        dans_fenetre = (recul > anciennete) * (recul <= anciennete + nombre_mois)
        total = total + dans_fenetre * individu(nom, period.offset(-recul, "month"))
    return total


def au_mois_examen(individu, period, parameters, nom):
    """Value of the variable ``nom`` in the examination month."""
    _, recul_maximal = _nombre_mois(parameters, period)
    anciennete = individu.famille("ass_anciennete_examen_ressources_foyer", period)
    valeur = numpy.zeros(individu.count)
    for recul in numpy.unique(anciennete):
        valeur = numpy.where(anciennete == recul, individu(nom, period.offset(-int(recul), "month")), valeur)
    return valeur


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
