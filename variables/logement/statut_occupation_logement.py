from openfisca_ass import references
from openfisca_ass.entities import Famille
from openfisca_ass.model_api import MONTH, Enum, Variable, set_input_dispatch_by_period


class TypesStatutOccupationLogement(Enum):
    __order__ = (
        "non_renseigne primo_accedant proprietaire locataire_hlm locataire_vide locataire_meuble "
        "loge_gratuitement locataire_foyer sans_domicile"
    )
    non_renseigne = "Non renseigné"
    primo_accedant = "Accédant à la propriété"
    proprietaire = "Propriétaire (non accédant) du logement"
    locataire_hlm = "Locataire d'un logement HLM"
    locataire_vide = "Locataire ou sous-locataire d'un logement loué vide non HLM"
    locataire_meuble = "Locataire ou sous-locataire d'un logement meublé ou d'une chambre d'hôtel"
    loge_gratuitement = "Logé gratuitement par des parents, des amis ou l'employeur"
    locataire_foyer = "Locataire d'un foyer (résidence universitaire, foyer de jeunes travailleurs, résidence sociale)"
    sans_domicile = "Sans domicile stable"


class statut_occupation_logement(Variable):
    value_type = Enum
    possible_values = TypesStatutOccupationLogement
    default_value = TypesStatutOccupationLogement.non_renseigne
    entity = Famille
    definition_period = MONTH
    label = "Statut d'occupation du logement de la famille"
    reference = [references.CASF, references.CCH, references.SERVICE_PUBLIC_AIDES_LOGEMENT]
    documentation = """
    Non utilisé par les règles de ce paquet : envoyé sous le même nom et avec les mêmes valeurs à
    openfisca-france (`menage.statut_occupation_logement`). Un locataire peut recevoir une aide au
    logement ; au propriétaire sans emprunt, à la personne logée gratuitement et à la famille qui
    reçoit une aide au logement, le forfait logement est déduit du RSA et de la prime d'activité
    (CASF R262-9 et R262-10 ; CSS R844-3).
    """
    set_input = set_input_dispatch_by_period
