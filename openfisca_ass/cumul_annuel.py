"""Annual ceilings applied month by month, the months since January filling them first.

The artists-authors' contributions and accessory income have annual limits (the capped old-age
contribution up to the annual social security ceiling, the CSG-CRDS abatement up to 4 ceilings,
accessory income up to 1 200 hourly SMIC): the model applies them to each month's amount in
calendar order, so that the months of a year add up to what the annual rule gives.
"""

import numpy

from openfisca_ass.model_api import MONTH


def total_avant_le_mois(individu, period, nom):
    """Total of the variable ``nom`` over the months of the year before ``period`` (float64)."""
    total = numpy.zeros(individu.count)
    for mois in period.this_year.get_subperiods(MONTH):
        if mois.start >= period.start:
            break
        total += individu(nom, mois)
    return total


def part_sous_plafond_annuel(individu, period, nom, plafond):
    """The part of this month's ``nom`` that is under the annual ``plafond`` not yet used up.

    min(before + this month, ceiling) − min(before, ceiling), where ``before`` is the total of the
    previous months of the same calendar year. Amounts are taken as given (never negative inputs).
    """
    avant = total_avant_le_mois(individu, period, nom)
    ce_mois = numpy.asarray(individu(nom, period), dtype=numpy.float64)
    return numpy.minimum(avant + ce_mois, plafond) - numpy.minimum(avant, plafond)
