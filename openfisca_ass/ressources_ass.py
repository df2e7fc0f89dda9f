"""The 12-month window of the ASS resources, shared by the resource variables.

R5423-2: the resources of the 12 months before the month of the claim or of the last renewal
(the "examination"); R5423-5: income that has stopped by then is left out, or reduced by 30 %
when a substitute income has taken over. The examination calendar is the household's
(``ass_anciennete_examen_ressources_foyer``), so that the spouse's resources are read over the
claimant's window. Variable files cannot import each other, so the walk over the months lives here.
"""

import functools

import numpy


def _nombre_mois(parameters, period):
    """Months of the window, and how far back the walk must go (the longest period is 9 months)."""
    p = parameters(period).ass
    nombre_mois = int(p.ressources.nombre_mois_reference)
    plus_longue_periode = int(
        max(p.ressources.duree_periode_attribution, p.eligibilite.artistes.duree_periode_attribution)
    )
    return nombre_mois, plus_longue_periode + nombre_mois


@functools.lru_cache(maxsize=1024)
def _mois_avant(period, nombre):
    """The month ``period`` and the ``nombre - 1`` months before it (period arithmetic is slow)."""
    return tuple(period.offset(-recul, "month") for recul in range(nombre))


def _toujours_nulle(individu, period, nom, recul_maximal):
    """True when the input ``nom`` is 0 for everybody in every month of the walk.

    Most people have no pension, no property income...: the walk over the months is then
    skipped. An array is checked once (remembered by identity: a new input is checked again).
    """
    holder = individu.get_holder(nom)
    if holder.variable.formulas or holder.variable.default_value != 0:
        return False
    memo = holder.__dict__.setdefault("_openfisca_ass_tableaux_nuls", {})
    for mois in _mois_avant(period, recul_maximal):
        tableau = holder.get_array(mois)
        if tableau is None:
            continue
        connu = memo.get(id(tableau))
        if connu is None or connu[0] is not tableau:
            connu = (tableau, not tableau.any())
            memo[id(tableau)] = connu
        if not connu[1]:
            return False
    return True


def _anciennetes_presentes(anciennete, recul_maximal):
    """The distinct numbers of months since the examination, in increasing order."""
    if len(anciennete) == 0 or anciennete.min() < 0 or anciennete.max() > recul_maximal:
        return numpy.unique(anciennete)
    return numpy.flatnonzero(numpy.bincount(anciennete, minlength=recul_maximal + 1))


def total_fenetre(individu, period, parameters, nom):
    """Total of the variable ``nom`` over the 12 months before the examination month.

    Summed in float64, month after month from the most recent one: the months are read once, and
    only those in somebody's window.
    """
    nombre_mois, recul_maximal = _nombre_mois(parameters, period)
    if _toujours_nulle(individu, period, nom, recul_maximal):
        return numpy.zeros(individu.count)
    anciennete = individu.famille("ass_anciennete_examen_ressources_foyer", period)
    presentes = _anciennetes_presentes(anciennete, recul_maximal)
    if len(presentes) == 1:
        # One calendar for everybody (a single household, a cohort): a plain sum of 12 months.
        recul = int(presentes[0])
        total = numpy.zeros(individu.count)
        if recul + 1 < recul_maximal:
            for mois in range(recul + 1, min(recul + nombre_mois, recul_maximal - 1) + 1):
                total += individu(nom, _mois_avant(period, recul_maximal)[mois])
        return total
    total = numpy.zeros(individu.count)
    for recul, dans_fenetre in _fenetres(individu, period, anciennete, nombre_mois, recul_maximal):
        # Adds the month where it is in the window, leaves the total as it is elsewhere (+ 0).
        numpy.add(total, individu(nom, _mois_avant(period, recul_maximal)[recul]), out=total, where=dans_fenetre)
    return total


def _fenetres(individu, period, anciennete, nombre_mois, recul_maximal):
    """(months back, who has that month in their window), remembered for the month computed.

    The windows depend only on the household calendar: they are shared by every income kind.
    """
    memo = individu.__dict__.get("_openfisca_ass_fenetres")
    if memo is not None and memo[0] == period and numpy.array_equal(memo[1], anciennete):
        return memo[2]
    presentes = _anciennetes_presentes(anciennete, recul_maximal)
    fin_fenetre = anciennete + nombre_mois
    plus_ancien = min(int(presentes[-1]) + nombre_mois, recul_maximal - 1)
    fenetres = [
        (recul, (recul > anciennete) & (recul <= fin_fenetre))
        for recul in range(int(presentes[0]) + 1, plus_ancien + 1)
    ]
    individu._openfisca_ass_fenetres = (period, anciennete, fenetres)
    return fenetres


def au_mois_examen(individu, period, parameters, nom):
    """Value of the variable ``nom`` in the examination month."""
    _, recul_maximal = _nombre_mois(parameters, period)
    if _toujours_nulle(individu, period, nom, recul_maximal):
        return numpy.zeros(individu.count)
    anciennete = individu.famille("ass_anciennete_examen_ressources_foyer", period)
    presentes = _anciennetes_presentes(anciennete, recul_maximal)
    if len(presentes) == 1:
        return individu(nom, _mois_avant(period, recul_maximal)[int(presentes[0])]).astype(numpy.float64)
    valeur = numpy.zeros(individu.count)
    for recul in presentes:
        valeur = numpy.where(anciennete == recul, individu(nom, _mois_avant(period, recul_maximal)[int(recul)]), valeur)
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
