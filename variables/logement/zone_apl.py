from openfisca_ass import references
from openfisca_ass.entities import Famille
from openfisca_ass.model_api import MONTH, Enum, Variable, set_input_dispatch_by_period


class TypesZoneApl(Enum):
    __order__ = "zone_1 zone_2 zone_3"
    zone_1 = "Zone 1 (agglomération parisienne, villes nouvelles d'Île-de-France)"
    zone_2 = "Zone 2 (agglomérations de plus de 100 000 habitants, Corse, reste de l'Île-de-France)"
    zone_3 = "Zone 3 (reste du territoire)"


class zone_apl(Variable):
    value_type = Enum
    possible_values = TypesZoneApl
    default_value = TypesZoneApl.zone_2
    entity = Famille
    definition_period = MONTH
    label = "Zone géographique du logement pour les aides au logement (1, 2 ou 3)"
    reference = [references.CCH, references.SERVICE_PUBLIC_AIDES_LOGEMENT]
    documentation = """
    Non utilisé par les règles de ce paquet : envoyé sous le même nom à openfisca-france
    (`menage.zone_apl`), dont dépendent les loyers plafonds de l'aide au logement. Zone 2 par
    défaut, comme dans openfisca-france (dont la valeur `non_renseigne` n'a pas de loyer plafond :
    elle n'est pas proposée ici).
    """
    set_input = set_input_dispatch_by_period
