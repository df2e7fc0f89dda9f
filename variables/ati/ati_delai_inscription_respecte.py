import numpy

from openfisca_ass import references
from openfisca_ass.calendrier import date_renseignee, decaler_mois
from openfisca_ass.entities import Individu
from openfisca_ass.model_api import ETERNITY, Variable
from openfisca_ass.parametres_aux_dates import ParametresAuxDates


class ati_delai_inscription_respecte(Variable):
    value_type = bool
    entity = Individu
    definition_period = ETERNITY
    label = "L'activité non salariée a pris fin dans les 12 mois précédant la veille de l'inscription (ou la demande)"
    reference = [references.CT_R5424_73, references.DECRET_2019_796]
    documentation = """
    R5424-73 : la fin de l'activité non salariée (ati_date_fait_generateur) doit se situer dans
    un délai de 12 mois (paramètre ati.conditions.delai_fin_activite_inscription_mois, lu à la
    date du fait générateur) précédant la date de référence
    (ati_date_reference_delai_fin_activite : la veille de l'inscription, ou le premier jour du
    mois de la demande lorsque la personne s'est inscrite le jour de la fin d'activité ou avant).
    Choix de modélisation :
    - la fin d'activité doit être au même quantième 12 mois avant la date de référence, ou après ;
      lorsque ce quantième n'existe pas dans le mois atteint, le dernier jour de ce mois (décompte
      des délais en mois du code de procédure civile, art. 641 et 642) : une fin d'activité
      exactement 12 mois avant la date de référence est dans le délai, un jour plus tôt ne l'est
      pas (veille de l'inscription le 2024-02-29 : fin au 2023-02-28 au plus tôt) ;
    - seule cette borne est vérifiée : une fin d'activité postérieure à la date de référence
      (demande déposée avant la fin) n'est pas refusée ici, les jours d'ATI ne courant qu'à partir
      de la fin (ati_date_debut_droit) ;
    - inscrite le jour de la fin ou avant et sans date de demande (ati_date_demande) : la demande
      est supposée déposée à temps, le délai est tenu pour respecté.
    Faux lorsque la date du fait générateur ou de l'inscription n'est pas donnée, ou lorsque le
    fait générateur est antérieur au 2019-11-01 (ATI non en vigueur). Lu par
    ati_conditions_activite_remplies.
    """

    def formula(individu, period, parameters):
        fin_activite = individu("ati_date_fait_generateur", period)
        loi = ParametresAuxDates(individu, parameters, fin_activite)
        delai_mois, en_vigueur = loi("ati.conditions.delai_fin_activite_inscription_mois")
        reference = individu("ati_date_reference_delai_fin_activite", period)
        fin_au_plus_tot = decaler_mois(reference, -delai_mois)
        dans_le_delai = numpy.where(date_renseignee(reference), fin_activite >= fin_au_plus_tot, True)
        dates_donnees = date_renseignee(fin_activite) * date_renseignee(individu("ati_date_inscription", period))
        return dates_donnees * en_vigueur * dans_le_delai
