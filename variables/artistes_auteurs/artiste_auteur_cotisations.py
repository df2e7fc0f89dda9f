import numpy

from openfisca_ass import references
from openfisca_ass.calendrier import MOIS_PAR_AN, arrondi_centime
from openfisca_ass.cumul_annuel import part_sous_plafond_annuel
from openfisca_ass.entities import Individu
from openfisca_ass.model_api import MONTH, Variable


class artiste_auteur_cotisations(Variable):
    value_type = float
    entity = Individu
    definition_period = MONTH
    label = "Cotisations et contributions sociales de l'artiste-auteur sur ses revenus artistiques du mois, en euros"
    reference = [
        references.SECU_ARTISTES_AUTEURS_TAUX,
        references.URSSAF_ARTISTES_AUTEURS,
        references.SECU_ARTISTES_AUTEURS_ASSIETTE,
    ]
    unit = "currency-EUR"
    documentation = """
    Ce que l'artiste-auteur paie à l'Urssaf artistes-auteurs (CSS L382-1 et suivants), après la
    prise en charge par l'État (décret n° 2019-422, à partir du 2020-01-01) :
    - vieillesse plafonnée : (6,90 % − 0,75 point à partir de 2020) × l'assiette sociale sous le
      plafond annuel de la sécurité sociale (12 × PMSS), les mois depuis janvier l'occupant en
      premier ;
    - vieillesse déplafonnée : (0,40 % − 0,40 point à partir de 2020) × l'assiette sociale : 0 à
      partir de 2020 ;
    - CSG 9,2 % et CRDS 0,5 % × artiste_auteur_assiette_csg_crds ;
    - contribution à la formation professionnelle (CFP) 0,35 % × l'assiette sociale.
    Sous le plafond à partir de 2020, BNC : 16,20 % de l'assiette sociale (le « taux de 16,20 % »
    des pages de l'Urssaf) ; traitements et salaires : 6,15 + 0,35 + 9,7 × 0,9825 = 16,03 % du
    brut. Arrondi au centime (les demis à l'unité supérieure). 2019 : taux vieillesse pleins (la
    compensation de CSG de cette année-là était une aide versée après coup, non modélisée).
    Non modélisés : la retraite complémentaire (RAAP, IRCEC), la cotisation supplémentaire
    facultative pour valider 4 trimestres, la contribution propre du diffuseur (1,1 %, qui n'est
    pas l'argent de l'artiste), le plafond de 200 000 € de la prise en charge par l'État.
    """

    def formula_2019_01_01(individu, period, parameters):
        p = parameters(period).artistes_auteurs.cotisations
        assiette = individu("artiste_auteur_assiette_sociale", period)
        if not assiette.any():
            return numpy.zeros(individu.count)
        plafond_annuel = parameters(period).are.salaire_reference.plafond_mensuel_securite_sociale * MOIS_PAR_AN
        sous_plafond = part_sous_plafond_annuel(individu, period, "artiste_auteur_assiette_sociale", plafond_annuel)
        prise_en_charge = p.prise_en_charge_etat
        vieillesse = (p.vieillesse_plafonnee - prise_en_charge.vieillesse_plafonnee) * sous_plafond + (
            p.vieillesse_deplafonnee - prise_en_charge.vieillesse_deplafonnee
        ) * assiette
        csg_crds = (p.csg + p.crds) * individu("artiste_auteur_assiette_csg_crds", period)
        formation = p.formation_professionnelle * assiette
        return arrondi_centime(vieillesse + csg_crds + formation)
