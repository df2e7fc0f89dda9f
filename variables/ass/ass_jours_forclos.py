import numpy

from openfisca_ass import references
from openfisca_ass.calendrier import date_renseignee, premier_jour_dans_le_delai
from openfisca_ass.entities import Individu
from openfisca_ass.model_api import MONTH, Variable


class ass_jours_forclos(Variable):
    value_type = int
    entity = Individu
    definition_period = MONTH
    label = "Nombre de jours du mois où l'ASS n'est pas versée, la demande de paiement ayant été présentée hors délai"
    reference = [references.CT_R5423_12, references.CPC_641]
    unit = "day"
    documentation = """
    La demande de paiement de l'ASS doit être présentée dans un délai de deux ans à compter du
    jour où la personne remplit l'ensemble des conditions (R5423-12,
    ass.delai_demande_paiement_annees).

    Choix de modélisation (DECISIONS.md D24) :
    - lecture glissante : chaque jour d'ASS ouvre son propre délai. Un jour j n'est payé que si
      la demande (ass_date_demande_paiement) est présentée au plus tard le jour où expire le délai
      ouvert par j. Les jours suivants restent payés, y compris ceux antérieurs à la demande
      (versés avec retard) ;
    - le délai se compte en années comme au Code de procédure civile, article 641 : il expire le
      jour de même quantième deux ans plus tard ; à défaut (un 29 février), le dernier jour du mois
      (le 28 février). Un jour du 29 février 2024 est ainsi payé pour une demande du 28 février
      2026, non pour une demande du 1er mars 2026. La prorogation d'un délai qui expire un samedi,
      un dimanche ou un jour férié (article 642) n'est pas modélisée ;
    - le délai est celui en vigueur au premier jour du mois calculé ;
    - aucune date de demande donnée : aucun jour perdu.
    Compte les jours du mois antérieurs au premier jour payable, au plus les jours calendaires du
    mois, que la personne ait droit à l'ASS ce mois-ci ou non (ass n'en tient compte que pour les
    mois où elle est due).
    """

    def formula_2008_05_01(individu, period, parameters):
        delai_annees = parameters(period).ass.delai_demande_paiement_annees
        demande = individu("ass_date_demande_paiement", period)
        premier_jour_payable = premier_jour_dans_le_delai(demande, delai_annees)
        premier_jour_mois = numpy.datetime64(period.start.date, "D")
        jours_avant = (premier_jour_payable - premier_jour_mois).astype(numpy.int64)
        forclos = numpy.clip(jours_avant, 0, period.size_in_days)
        return numpy.where(date_renseignee(demande), forclos, 0)
