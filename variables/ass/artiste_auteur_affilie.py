from openfisca_ass import references
from openfisca_ass.entities import Individu
from openfisca_ass.model_api import MONTH, Variable, set_input_dispatch_by_period


class artiste_auteur_affilie(Variable):
    value_type = bool
    entity = Individu
    definition_period = MONTH
    label = "Artiste-auteur affilié au régime général de sécurité sociale des artistes-auteurs"
    reference = [references.CT_D5424_62]
    documentation = """
    D5424-62 1° : les artistes-auteurs d'œuvres (CSS livre VI, titre V : les artistes-auteurs de
    l'article L382-1 du CSS, dont les revenus d'auteur sont recouvrés par l'Urssaf
    artistes-auteurs) peuvent obtenir l'ASS sans la condition de cinq ans d'activité salariée ;
    les trois ans de moyens d'existence réguliers tirés de leur art sont réputés remplis
    lorsqu'ils sont affiliés (DECISIONS.md D7). Cette entrée est ce par quoi les textes les
    identifient : l'affiliation, non le montant de leurs revenus d'auteur
    (artiste_auteur_revenus), qui ne comptent que dans les ressources. Également utilisée par les
    ressources de l'ASS : un revenu d'auteur nul le mois d'un examen n'a pas cessé tant que la
    personne reste affiliée (DECISIONS.md D17).
    """
    default_value = False
    set_input = set_input_dispatch_by_period
