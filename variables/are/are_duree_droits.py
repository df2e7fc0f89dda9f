import numpy

from openfisca_ass import references
from openfisca_ass.entities import Individu
from openfisca_ass.mecanique_are import duree_a_la_fin_du_contrat
from openfisca_ass.model_api import ETERNITY, NombrePositif
from openfisca_ass.parametres_aux_dates import ParametresAuxDates


class are_duree_droits(NombrePositif):
    value_type = int
    entity = Individu
    definition_period = ETERNITY
    label = "Durée d'indemnisation du droit à l'ARE ouvert par la fin du contrat, en jours"
    reference = [
        references.ARE_DECRET_2019_797,
        references.ARE_DECRET_2023_33,
        references.UNEDIC_CIRCULAIRE_2025_03,
        references.UNEDIC_ARE_MAYOTTE,
    ]
    unit = "day"
    documentation = """
    Pour les contrats terminés à partir du 2021-10-01 (règlement d'assurance chômage, art. 9) :
    jours calendaires de la période de référence, jours non travaillés plafonnés comme pour le
    diviseur du SJR (75 %, puis 70 % des jours travaillés), × le coefficient (0,75 pour les
    contrats terminés à partir du 2023-02-01), arrondi au jour entier supérieur (NON VÉRIFIÉ),
    au moins 182 jours, au plus le maximum de la tranche d'âge à la fin du contrat : 730 / 913 /
    1 095 jours avant 53 ans / à partir de 53 ans / à partir de 55 ans, puis 548 / 685 / 822 à
    partir du 2023-02-01, et tranches de 55 / 57 ans pour les contrats terminés à partir du
    2025-04-01.

    Outre-mer (are_residence_outre_mer : Guadeloupe, Guyane, Martinique, La Réunion,
    Saint-Barthélemy, Saint-Martin, Saint-Pierre-et-Miquelon à la fin du contrat) : la
    modulation du décret n° 2023-33 ne s'applique pas, d'où un coefficient de 1 et des maxima de
    730 / 913 / 1 095 jours quelle que soit la date (paramètres are.duree.outre_mer ; la même
    exception sous le règlement de 2024, avec ses tranches d'âge de 55 / 57 ans, est NON
    VÉRIFIÉ).

    Non modélisés : Mayotte (ARE-M : régime propre, durée = affiliation, 182 à 365 jours, 730 à
    partir de 50 ans, règlement Mayotte de 2024 art. 11 ; residence_mayotte ne modifie pas la
    durée ici) ; les régimes particuliers également exclus de la modulation (intermittents du
    spectacle, marins-pêcheurs, dockers occasionnels, expatriés) ; le complément de fin de
    droits en cas de dégradation du marché du travail.

    0 lorsqu'aucun droit n'est ouvert (are_droits_ouverts) ou pour un contrat terminé avant le
    2021-10-01. Également la base du décompte du jour de la dégressivité : elle peut être donnée
    avec are_jours_restants lorsque l'historique des contrats ne l'est pas.
    """

    def formula(individu, period, parameters):
        loi = ParametresAuxDates(individu, parameters, individu("are_date_fin_contrat", period))
        age = individu("are_age_fin_contrat", period)
        jours_periode = individu("are_jours_periode_reference", period)
        jours_travailles = individu("are_jours_travailles_periode_reference", period)

        outre_mer = individu("are_residence_outre_mer", period)
        duree, en_vigueur = duree_a_la_fin_du_contrat(loi, age, (jours_periode, jours_travailles), outre_mer)
        ouverts = individu("are_droits_ouverts", period)
        return numpy.where(ouverts * en_vigueur, duree, 0).astype(numpy.int32)
