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
    What the artist-author pays to the Urssaf artistes-auteurs (CSS L382-1 and following), after
    the State's share (décret n° 2019-422, from 2020-01-01):
    - capped old age: (6.90 % − 0.75 point from 2020) × the social base under the annual social
      security ceiling (12 × PMSS), the months since January filling it first;
    - uncapped old age: (0.40 % − 0.40 point from 2020) × the social base: 0 from 2020;
    - CSG 9.2 % and CRDS 0.5 % × artiste_auteur_assiette_csg_crds;
    - training contribution (CFP) 0.35 % × the social base.
    Under the ceiling from 2020, BNC: 16.20 % of the social base (the "taux de 16,20 %" of the
    Urssaf pages); traitements et salaires: 6.15 + 0.35 + 9.7 × 0.9825 = 16.03 % of the gross.
    Rounded to the cent (halves up). 2019: full old-age rates (that year's CSG compensation was an
    aid paid afterwards, not modelled).
    Not modelled: the complementary pension (RAAP, IRCEC), the optional extra contribution to
    validate 4 quarters, the diffuseur's own contribution (1.1 %, not the artist's money), the
    200 000 € cap of the State's share.
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
