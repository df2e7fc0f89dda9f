import numpy

from openfisca_ass import references
from openfisca_ass.cumul_annuel import part_sous_plafond_annuel
from openfisca_ass.entities import Individu
from openfisca_ass.model_api import MONTH, Variable


class artiste_auteur_revenus_accessoires_admis(Variable):
    value_type = float
    entity = Individu
    definition_period = MONTH
    label = "Part des revenus accessoires du mois admise dans le régime des artistes-auteurs, en euros"
    reference = [references.SECU_ARTISTES_AUTEURS_ACCESSOIRES]
    unit = "currency-EUR"
    documentation = """
    CSS R382-1-2 (décret n° 2020-1095, from the 2021 income year): accessory income is declared in
    the artists-authors' regime
    - only when the person received principal artistic income (artiste_auteur_revenus > 0) in the
      calendar year of the month or in one of the 2 previous years;
    - within 1 200 × the hourly SMIC in force on 1 January of the year (14 256 € in 2025:
      1 200 × 11.88), the months since January filling it first.
    What the threshold decides is only that: the part of the accessory income beyond it, or all of
    it without principal income, is not author income (no author contributions, not in
    artiste_auteur_revenus_artistiques); it belongs to the regime of its own nature (a salaried
    job, another self-employment), to be entered as such (salaire_imposable...) for the ASS
    resources; a month with such an excess is a month of activity for the ASS cumul
    (ass_mois_activite), even on the artists' route.
    Modelling choice (the article was read as quoted by the Sécurité sociale des artistes-auteurs
    and the SNAA-FO, UNVERIFIED on Légifrance): "within the limit" is read as a cap, the income up
    to the threshold being admitted. A month before 2021 gives 0: the earlier regime is not
    modelled.
    """

    def formula_2021_01_01(individu, period, parameters):
        accessoires = individu("artiste_auteur_revenus_accessoires", period)
        if not accessoires.any():
            return numpy.zeros(individu.count)
        p = parameters(period).artistes_auteurs.revenus_accessoires
        premier_janvier = period.this_year.start
        smic_premier_janvier = parameters(premier_janvier).artistes_auteurs.revenus_accessoires.smic_horaire
        plafond = p.plafond_en_smic_horaire * smic_premier_janvier

        revenu_principal = numpy.zeros(individu.count)
        for recul in range(int(p.annees_precedentes_revenu_principal) + 1):
            annee = period.this_year.offset(-recul, "year")
            for mois in annee.get_subperiods(MONTH):
                revenu_principal += individu("artiste_auteur_revenus", mois)

        admis = part_sous_plafond_annuel(individu, period, "artiste_auteur_revenus_accessoires", plafond)
        return numpy.where(revenu_principal > 0, admis, 0)
