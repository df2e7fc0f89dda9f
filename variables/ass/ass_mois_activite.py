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
    R5425-2 : compte chaque mois civil au cours duquel une activité, même occasionnelle ou
    réduite, a été exercée. Choix de modélisation (DECISIONS.md D4) : un mois compte lorsque la
    rémunération brute ou imposable est positive, lorsque la micro-entreprise a encaissé un
    chiffre d'affaires, ou lorsque activite_non_salariee_exercee indique qu'une activité non
    salariée a été exercée.
    Revenus d'auteur (artiste_auteur_revenus_artistiques) : pour une personne relevant de la voie
    des artistes (ass_voie_artiste), l'activité d'auteur qui lui ouvre droit n'est pas une
    reprise d'activité (D5424-62 applique R5423-1 2° et 3°, R5423-12 à R5423-14 et R5425-1, non
    R5425-2) : elle ne fait jamais un mois d'activité, ses revenus pèsent par les ressources
    examinées à chaque attribution. Un emploi salarié exercé à côté compte (question écrite AN
    17-5882QE). Pour une personne relevant de la voie générale, un mois avec des revenus d'auteur
    compte, comme toute activité non salariée (R5425-2 ; Choix de modélisation, DECISIONS.md
    D17).
    Les revenus accessoires au-delà de ce qu'admet l'article R382-1-2 du CSS dans le régime des
    artistes-auteurs (artiste_auteur_revenus_accessoires − artiste_auteur_revenus_accessoires_admis)
    ne sont pas des revenus d'auteur : ils proviennent d'une activité d'une autre nature, un mois
    avec de tels revenus compte donc quelle que soit la voie (Choix de modélisation, DECISIONS.md
    D17).
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
