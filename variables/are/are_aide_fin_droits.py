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
    Versée une fois, le mois qui suit le mois où le droit à l'ARE est épuisé (are_droits_epuises
    du mois précédent), lorsque (règlement d'assurance chômage de 2024, art. 38 ; convention de
    2014, art. 39) :
    - le droit n'est ni rechargé ni suivi d'un autre droit : aucun jour d'ARE restant au début du
      mois (are_jours_restants à 0) ;
    - la personne n'obtient pas l'ASS pour un motif autre que la condition de ressources : les
      conditions personnelles de l'ASS ne sont pas remplies ce mois-ci (ass_eligibilite_individu
      faux : surtout la condition d'activité antérieure de R5423-1 1°, ou la limite d'âge,
      l'AAH). Une personne qui les remplit mais dont les ressources sont trop élevées (ASS nulle
      par son montant) n'obtient pas d'aide ;
    - inscrite comme demandeur d'emploi ce mois-ci (demandeur_emploi).
    Montant : 27 × la partie fixe de l'AJ en vigueur le mois versé (are.aide_fin_droits
    .nombre_parties_fixes × are.allocation_journaliere.partie_fixe), arrondi au centime :
    353,97 € à partir du 2024-07-01, 355,86 € à partir du 2025-07-01.

    Choix de modélisation (DECISIONS.md D19) : les textes ne donnent pas de date de versement —
    l'aide est versée le mois qui suit l'épuisement (le premier mois sans ARE, lorsque l'ASS est
    examinée) à la partie fixe de ce mois ; l'inscription est exigée (l'ASS est examinée sur la
    demande d'un demandeur d'emploi inscrit) ; avant le règlement de 2024, l'aide était versée
    sur demande — le modèle suppose la demande faite. Ni CSG, ni CRDS, ni impôt sur le revenu
    n'y sont modélisés ; elle ne fait pas partie de revenu_disponible. Formule à partir du
    2019-11-01 (DECISIONS.md D16).
    """

    def formula_2019_11_01(individu, period, parameters):
        p = parameters(period).are
        montant = arrondi_centime(p.aide_fin_droits.nombre_parties_fixes * p.allocation_journaliere.partie_fixe)
        epuise = individu("are_droits_epuises", period.offset(-1, "month"))
        sans_droit = individu("are_jours_restants", period) == 0
        refus_hors_ressources = ~individu("ass_eligibilite_individu", period)
        inscrit = individu("demandeur_emploi", period)
        return numpy.where(epuise * sans_droit * refus_hors_ressources * inscrit, montant, 0)
