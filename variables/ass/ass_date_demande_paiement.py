from openfisca_ass import references
from openfisca_ass.entities import Individu
from openfisca_ass.model_api import ETERNITY, Variable, date


class ass_date_demande_paiement(Variable):
    value_type = date
    entity = Individu
    definition_period = ETERNITY
    label = "Date à laquelle la demande de paiement de l'ASS a été présentée"
    reference = [references.CT_R5423_12, references.CPC_641]
    documentation = """
    La demande de paiement de l'ASS doit être présentée dans un délai de deux ans à compter du
    jour où la personne remplit l'ensemble des conditions pour en bénéficier (R5423-12). Les jours
    d'ASS de plus de deux ans antérieurs à cette date ne sont pas payés (ass_jours_forclos).

    Distincte de ass_date_demande, qui fixe le début des droits (l'ASS est due à partir de son
    mois) et les périodes d'attribution de six mois : pour une demande tardive, ass_date_demande
    est le début des droits et cette date-ci celle où la demande a effectivement été présentée.
    Elle ne change ni l'éligibilité ni les ressources : elle retire seulement les jours forclos.
    Par défaut 1970-01-01 : aucune date donnée, la demande est réputée présentée à temps et aucun
    jour n'est perdu (Choix de modélisation, DECISIONS.md D24).
    """
    default_value = date(1970, 1, 1)
