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
    Not used by this package's own rules: sent, under the same name and with the same values, to
    openfisca-france (`menage.statut_occupation_logement`): tenants may get a housing aid; an owner
    without a loan or a person housed free of charge has the RSA and prime d'activité housing flat
    rate deducted (CASF R262-9; CSS R844-3), as does a family getting a housing aid.
    """
    set_input = set_input_dispatch_by_period
