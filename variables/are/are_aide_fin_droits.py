import numpy

from openfisca_ass import references
from openfisca_ass.calendrier import arrondi_centime
from openfisca_ass.entities import Individu
from openfisca_ass.model_api import MONTH, Variable


class are_aide_fin_droits(Variable):
    value_type = float
    entity = Individu
    definition_period = MONTH
    label = "Aide forfaitaire de fin de droits (AFD) versée au cours du mois, en euros"
    reference = [
        references.RAC_2024_ART_38,
        references.ARRETE_2014_AGREMENT_CONVENTION,
        references.DECRET_2019_797_RAC,
        references.CT_R5423_1,
    ]
    unit = "currency-EUR"
    documentation = """
    Paid once, in the month after the month where the ARE right is exhausted
    (are_droits_epuises of the previous month), when (règlement d'assurance chômage 2024, art. 38;
    convention of 2014, art. 39):
    - the right is not recharged nor followed by another right: no ARE day left at the start of
      the month (are_jours_restants 0);
    - the person gets no ASS for a reason other than the resource condition: the personal
      conditions of the ASS are not met this month (ass_eligibilite_individu false: above all the
      prior-activity condition of R5423-1 1°, or the age limit, the AAH). A person who meets them
      but whose resources are too high (ASS 0 by its amount) gets no aid;
    - registered as a job seeker this month (demandeur_emploi).
    Amount: 27 × the fixed part of the AJ in force in the month paid (are.aide_fin_droits
    .nombre_parties_fixes × are.allocation_journaliere.partie_fixe), rounded to the cent: 353.97 €
    from 2024-07-01, 355.86 € from 2025-07-01.

    Modelling choices (DECISIONS.md D19): the texts give no payment date — the aid is paid in the
    month after the exhaustion (the first month without ARE, when the ASS is examined) at the
    fixed part of that month; registration is required (the ASS is examined on a claim of a
    registered job seeker); before the 2024 règlement the aid was paid on request — the model
    assumes the request made. No CSG, CRDS nor income tax is modelled on it; it is not part of
    revenu_disponible. Formula from 2019-11-01 (DECISIONS.md D16).
    """

    def formula_2019_11_01(individu, period, parameters):
        p = parameters(period).are
        montant = arrondi_centime(p.aide_fin_droits.nombre_parties_fixes * p.allocation_journaliere.partie_fixe)
        epuise = individu("are_droits_epuises", period.offset(-1, "month"))
        sans_droit = individu("are_jours_restants", period) == 0
        refus_hors_ressources = ~individu("ass_eligibilite_individu", period)
        inscrit = individu("demandeur_emploi", period)
        return numpy.where(epuise * sans_droit * refus_hors_ressources * inscrit, montant, 0)
