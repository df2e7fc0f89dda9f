from openfisca_ass import references
from openfisca_ass.entities import Individu
from openfisca_ass.model_api import MONTH, NombrePositif


class jours_indemnites_journalieres(NombrePositif):
    value_type = int
    entity = Individu
    definition_period = MONTH
    label = (
        "Nombre de jours du mois indemnisés par des indemnités journalières de maladie, de maternité, de "
        "paternité ou d'accident du travail"
    )
    reference = [references.RAC_2024_ART_25_26, references.FRANCE_TRAVAIL_ARRET_MALADIE]
    unit = "day"
    documentation = """
    Days of the month for which the Sécurité sociale pays daily benefits (IJ) for sickness,
    maternity, paternity and childcare or a work accident (the amounts go in
    indemnites_journalieres_imposables). Neither the ARE (règlement d'assurance chômage, art. 25:
    payment ceases while the Sécurité sociale pays cash benefits) nor the ASS is paid for these
    days (are_jours_suspendus, ass_jours_suspendus). Count each day once: a day also counted in
    another suspension input is counted twice. 0 by default.
    """
