import numpy

from openfisca_ass import references
from openfisca_ass.entities import Individu
from openfisca_ass.model_api import MONTH, Variable


class ass_mois_activite(Variable):
    value_type = bool
    entity = Individu
    definition_period = MONTH
    label = "Mois civil d'activité salariée ou non salariée au sens du cumul de l'ASS"
    reference = [
        references.CT_R5425_2,
        references.CT_D5424_62,
        references.AN_QE_17_5882_ASS_ARTISTES,
        references.SERVICE_PUBLIC_ASS,
    ]
    documentation = """
    R5425-2: every calendar month in which an activity, even occasional or reduced, was exercised
    counts. Modelling choice (DECISIONS.md D4): a month counts when the gross or taxable pay is above zero, when the
    micro-enterprise cashed a turnover, or when activite_non_salariee_exercee says a non-salaried
    activity was exercised.
    Author income (artiste_auteur_revenus_artistiques): for a person on the artists' route
    (ass_voie_artiste) the author activity that qualifies them is not a resumption of activity
    (D5424-62 applies R5423-1 2° and 3°, R5423-12 to R5423-14 and R5425-1, not R5425-2): it never
    makes a month of activity, its income weighs through the resources examined at each grant. A
    salaried job alongside does count (AN written question 17-5882QE). For a person on the general
    route, a month with author income counts, as any non-salaried activity (R5425-2; Modelling
    choice, DECISIONS.md D17).
    Accessory income beyond what CSS R382-1-2 admits in the artists-authors' regime
    (artiste_auteur_revenus_accessoires − artiste_auteur_revenus_accessoires_admis) is not author
    income: it comes from an activity of another kind, so a month with such income counts on
    either route (Modelling choice, DECISIONS.md D17).
    """

    def formula(individu, period, parameters):
        activite = (
            (individu("salaire_brut", period) > 0)
            + (individu("salaire_imposable", period) > 0)
            + (individu("micro_entreprise_chiffre_affaires", period) > 0)
            + individu("activite_non_salariee_exercee", period)
        ) > 0
        accessoires = individu("artiste_auteur_revenus_accessoires", period)
        if accessoires.any():
            hors_regime = accessoires - individu("artiste_auteur_revenus_accessoires_admis", period) > 0
            activite = activite + hors_regime
        auteur = individu("artiste_auteur_revenus_artistiques", period) > 0
        if not auteur.any():
            return activite
        return activite + auteur * numpy.logical_not(individu("ass_voie_artiste", period))
