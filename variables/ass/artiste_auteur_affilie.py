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
    D5424-62 1°: artistes-auteurs of works (CSS book VI, title V: the artists-authors of CSS
    L382-1, whose author income is collected by the Urssaf artistes-auteurs) can get the ASS
    without the five-years-of-salaried-activity condition; the three years of regular livelihood
    from their art are deemed met when they are affiliated (DECISIONS.md D7). This input is what
    the texts identify them by: the affiliation, not the amount of their author income
    (artiste_auteur_revenus), which counts only in the resources. Also used by the ASS resources:
    author income nil in the month of an examination has not stopped while the person is still
    affiliated (DECISIONS.md D17).
    """
    default_value = False
    set_input = set_input_dispatch_by_period
