from openfisca_ass import references
from openfisca_ass.entities import Individu
from openfisca_ass.model_api import MONTH, Variable
from openfisca_ass.parametres_aux_dates import ParametresAuxDates


class arce_second_versement_autorise(Variable):
    value_type = bool
    entity = Individu
    definition_period = MONTH
    label = "Les conditions du second versement de l'ARCE sont remplies au cours du mois"
    reference = [references.SERVICE_PUBLIC_ARCE, references.SERVICE_PUBLIC_ARCE_2025]
    documentation = """
    L'activité se poursuit (are_activite_non_salariee_en_cours) et, pour une entreprise créée à
    partir du 2025-04-01, le créateur n'est pas titulaire d'un contrat à durée indéterminée à
    temps plein (arce_cdi_temps_plein, DECISIONS.md D14).
    """

    def formula(individu, period, parameters):
        loi = ParametresAuxDates(individu, parameters, individu("micro_entreprise_date_creation", period))
        condition_cdi, _ = loi("arce.condition_absence_cdi_temps_plein")
        en_cours = individu("are_activite_non_salariee_en_cours", period)
        cdi = individu("arce_cdi_temps_plein", period)
        return en_cours * ~(condition_cdi.astype(bool) * cdi)
