"""Social deductions on an unemployment allowance, per day paid: one home for ARE and ATI.

The order is that of the Unédic fiche « Retenues sociales sur les allocations »:

1. the complementary-pension participation (ARE only): a share of the SJR, reduced so that the
   daily allowance does not fall below the minimum allowance;
2. the CSG, then the CRDS, each on 98.25 % of the allowance left after the participation, each
   reduced so that the allowance left does not fall below the daily SMIC threshold (CSS L136-8:
   a limitation, not only an exemption).

Each daily amount is rounded to the cent, as a notification shows it; the month multiplies by the
days paid. Pure array functions, tested in tests/test_retenues_sociales.py.
"""

import numpy

from openfisca_ass.calendrier import arrondi_centime, entier_superieur

# A week has 7 days: the daily SMIC of the CSG threshold is the weekly SMIC (hourly × legal
# weekly hours) spread over the 7 days of the week (Unédic circulars).
JOURS_PAR_SEMAINE = 7


def seuil_smic_journalier(smic_horaire, heures_hebdomadaires):
    """Daily SMIC threshold of the CSG and CRDS on an allowance: hourly × weekly hours ÷ 7, rounded up to the euro."""
    return entier_superieur(numpy.asarray(smic_horaire, dtype=numpy.float64) * heures_hebdomadaires / JOURS_PAR_SEMAINE)


def participation_retraite_journaliere(allocation, sjr, taux, minimum):
    """Complementary-pension participation of a day: taux × SJR, not bringing the allowance below the minimum."""
    allocation = numpy.asarray(allocation, dtype=numpy.float64)
    theorique = arrondi_centime(numpy.asarray(sjr, dtype=numpy.float64) * taux)
    marge = numpy.maximum(allocation - numpy.asarray(minimum, dtype=numpy.float64), 0)
    return arrondi_centime(numpy.minimum(theorique, marge))


def csg_crds_journalieres(base, taux_csg, taux_crds, abattement, seuil):
    """CSG and CRDS of a day on an allowance ``base`` (after the participation), limited by the SMIC threshold.

    ``taux_csg`` is 0 for a person exempt (who then pays no CRDS either: give ``taux_crds`` 0).
    Returns (csg, crds, assiette): each contribution on ``base`` × (1 − abattement), rounded to the
    cent, then cut so that base − csg − crds stays at or above ``seuil`` (the CSG first, then the
    CRDS on what is left).
    """
    base = numpy.asarray(base, dtype=numpy.float64)
    assiette = base * (1 - abattement)
    csg_theorique = arrondi_centime(assiette * taux_csg)
    crds_theorique = arrondi_centime(assiette * taux_crds)
    marge = numpy.maximum(base - numpy.asarray(seuil, dtype=numpy.float64), 0)
    csg = arrondi_centime(numpy.minimum(csg_theorique, marge))
    crds = arrondi_centime(numpy.minimum(crds_theorique, numpy.maximum(marge - csg, 0)))
    return csg, crds, assiette


def par_jour(montant_mois, jours):
    """A month's amount back to its daily amount (month = day × days paid); 0 without a day paid."""
    jours = numpy.asarray(jours, dtype=numpy.float64)
    quotient = numpy.divide(
        numpy.asarray(montant_mois, dtype=numpy.float64),
        jours,
        out=numpy.zeros(jours.shape, dtype=numpy.float64),
        where=jours > 0,
    )
    return arrondi_centime(quotient)


def csg_deductible(csg, assiette, taux_deductible):
    """Deductible part of a CSG levied: up to taux_deductible × assiette (to the cent), the rest not."""
    assiette = numpy.asarray(assiette, dtype=numpy.float64)
    return numpy.minimum(numpy.asarray(csg, dtype=numpy.float64), arrondi_centime(assiette * taux_deductible))


def retenues_journalieres_are(allocation, sjr, minimum, p, taux):
    """The four daily amounts of an ARE day: participation, CSG, CRDS and the deductible part of the CSG.

    ``p`` is ``parameters(period)`` (read there, so that the tracer shows every value); ``taux`` is
    (CSG rate, CRDS rate, daily SMIC threshold).
    """
    taux_csg, taux_crds, seuil = taux
    participation = participation_retraite_journaliere(
        allocation, sjr, p.are.retenues.participation_retraite_complementaire, minimum
    )
    csg_remplacement = p.prelevements_sociaux.csg_remplacement
    csg, crds, assiette = csg_crds_journalieres(
        numpy.asarray(allocation, dtype=numpy.float64) - participation,
        taux_csg,
        taux_crds,
        csg_remplacement.abattement_frais,
        seuil,
    )
    return participation, csg, crds, csg_deductible(csg, assiette, csg_remplacement.taux_deductible)


def retenues_mois_are(individu, period, parameters) -> dict:
    """The month's ARE deductions: each daily amount × its days, the days at the degressive AJ apart.

    In the month the degressivity starts, ``are`` pays the first days at the full AJ and the others
    at the degressive AJ: are_jours_indemnisables_degressifs, the split of mecanique_are that ``are`` uses.
    """
    p = parameters(period)
    minimum = numpy.where(
        individu("residence_mayotte", period),
        p.are.allocation_journaliere.minimum_mayotte,
        p.are.allocation_journaliere.minimum,
    )
    sjr = arrondi_centime(individu("are_salaire_journalier_reference", period))
    taux = (
        individu("csg_remplacement_taux", period),
        individu("crds_remplacement_taux", period),
        individu("csg_seuil_smic_journalier", period),
    )
    jours = individu("are_jours_indemnisables", period)
    jours_degressifs = individu("are_jours_indemnisables_degressifs", period)
    premiers = retenues_journalieres_are(individu("are_allocation_journaliere_versee", period), sjr, minimum, p, taux)
    degressifs = retenues_journalieres_are(
        arrondi_centime(individu("are_allocation_journaliere_degressive", period)), sjr, minimum, p, taux
    )
    noms = ("participation", "csg", "crds", "csg_deductible")
    return {
        nom: arrondi_centime(premier * (jours - jours_degressifs) + degressif * jours_degressifs)
        for nom, premier, degressif in zip(noms, premiers, degressifs, strict=True)
    }
