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
    CSS R382-1-2 (décret n° 2020-1095, à partir de l'année de revenus 2021) : les revenus
    accessoires sont déclarés dans le régime des artistes-auteurs
    - seulement lorsque la personne a perçu des revenus artistiques principaux
      (artiste_auteur_revenus > 0) l'année civile du mois ou l'une des 2 années précédentes ;
    - dans la limite de 1 200 × le SMIC horaire en vigueur au 1er janvier de l'année (14 256 € en
      2025 : 1 200 × 11,88), les mois depuis janvier l'occupant en premier.
    Le seuil ne décide que cela : la part des revenus accessoires au-delà, ou leur totalité en
    l'absence de revenus principaux, n'est pas un revenu d'auteur (pas de cotisations d'auteur,
    pas dans artiste_auteur_revenus_artistiques) ; elle relève du régime de sa propre nature (un
    emploi salarié, une autre activité indépendante), à saisir comme telle
    (salaire_imposable...) pour les ressources de l'ASS ; un mois avec un tel dépassement est un
    mois d'activité pour le cumul de l'ASS (ass_mois_activite), même sur la voie des artistes.
    Choix de modélisation (l'article a été lu tel que le citent la Sécurité sociale des
    artistes-auteurs et le SNAA-FO, NON VÉRIFIÉ sur Légifrance) : « dans la limite » est lu comme
    un plafond, les revenus jusqu'au seuil étant admis. Un mois antérieur à 2021 donne 0 : le
    régime antérieur n'est pas modélisé.
    """

    def formula_2021_01_01(individu, period, parameters):
        accessoires = individu("artiste_auteur_revenus_accessoires", period)
        if not accessoires.any():
            return numpy.zeros(individu.count)
        p = parameters(period).artistes_auteurs.revenus_accessoires
        premier_janvier = period.this_year.start
        smic_premier_janvier = parameters(premier_janvier).marche_travail.smic_horaire_brut
        plafond = p.plafond_en_smic_horaire * smic_premier_janvier

        revenu_principal = numpy.zeros(individu.count)
        for recul in range(int(p.annees_precedentes_revenu_principal) + 1):
            annee = period.this_year.offset(-recul, "year")
            for mois in annee.get_subperiods(MONTH):
                revenu_principal += individu("artiste_auteur_revenus", mois)

        admis = part_sous_plafond_annuel(individu, period, "artiste_auteur_revenus_accessoires", plafond)
        return numpy.where(revenu_principal > 0, admis, 0)
