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
    - les 12 mois se comptent à partir de la fin d'activité, comme le code de procédure civile
      compte un délai en mois (art. 641 et 642) : ils expirent le jour de même quantième 12 mois
      plus tard, ou le dernier jour du mois atteint lorsque ce quantième n'existe pas ; la date de
      référence doit être antérieure à ce jour. Une fin d'activité le 28 septembre permet ainsi une
      inscription jusqu'au 28 septembre de l'année suivante inclus (veille : le 27), comme France
      Travail le lit pour la même règle de l'ARE (règlement d'assurance chômage, art. 7 : « 12 mois
      dont le terme est la veille de l'inscription ») ; une fin au 2024-02-29 permet une inscription
      jusqu'au 2025-02-28 ;
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
        # Counted from the end, as a délai in months runs (CPC 641): the reference date must come
        # before the day the 12 months expire.
        expiration = decaler_mois(fin_activite, delai_mois)
        dans_le_delai = numpy.where(date_renseignee(reference), reference < expiration, True)
        dates_donnees = date_renseignee(fin_activite) * date_renseignee(individu("ati_date_inscription", period))
        return dates_donnees * en_vigueur * dans_le_delai
