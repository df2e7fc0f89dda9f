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
    Jours du mois pour lesquels la Sécurité sociale verse des indemnités journalières (IJ) de
    maladie, de maternité, de paternité et d'accueil de l'enfant ou d'accident du travail (leur
    montant va dans indemnites_journalieres_imposables). Ni l'ARE (règlement d'assurance chômage,
    art. 25 : le versement cesse pendant la prise en charge par la Sécurité sociale au titre des
    prestations en espèces) ni l'ASS ne sont payées pour ces jours (are_jours_suspendus,
    ass_jours_suspendus). Compter chaque jour une seule fois : un jour également compté dans une
    autre entrée de suspension est compté deux fois. 0 par défaut.
    """
