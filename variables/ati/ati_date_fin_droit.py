from openfisca_ass import references
from openfisca_ass.entities import Individu
from openfisca_ass.model_api import ETERNITY, Variable, date
from openfisca_ass.parametres_aux_dates import ParametresAuxDates


class ati_date_fin_droit(Variable):
    value_type = date
    entity = Individu
    definition_period = ETERNITY
    label = "Dernier jour des 182 jours d'ATI comptés à partir de l'inscription"
    reference = [references.CT_L5424_24_ATI, references.DECRET_2019_796]
    documentation = """
    ati_date_debut_droit (l'inscription, ou le fait générateur lorsqu'il est postérieur) +
    182 jours − 1 (durée en vigueur à la date du fait générateur) : le premier jour est
    indemnisé. Sans signification lorsqu'aucune date d'inscription n'est donnée.
    """
    default_value = date(1970, 1, 1)

    def formula(individu, period, parameters):
        loi = ParametresAuxDates(individu, parameters, individu("ati_date_fait_generateur", period))
        duree, _ = loi("ati.duree_jours")
        debut = individu("ati_date_debut_droit", period)
        return debut + (duree - 1).astype("timedelta64[D]")
