import numpy

from openfisca_ass import references
from openfisca_ass.calendrier import date_renseignee, rang_mois_dates
from openfisca_ass.entities import Individu
from openfisca_ass.model_api import ETERNITY, Variable, periode
from openfisca_ass.parametres_aux_dates import ParametresAuxDates

_MOIS_PAR_AN = 12  # unit conversion: months in a year, for the age in whole years


def _age_revolu(naissance, dates):
    """Age in whole years on each date (a person born on 29 February turns a year older on 1 March)."""
    mois = rang_mois_dates(dates) - rang_mois_dates(naissance)
    jour_date = (dates - dates.astype("datetime64[M]")).astype(int)
    jour_naissance = (naissance - naissance.astype("datetime64[M]")).astype(int)
    return (mois - (jour_naissance > jour_date)) // _MOIS_PAR_AN


class micro_entreprise_acre_public_prioritaire(Variable):
    value_type = bool
    entity = Individu
    definition_period = ETERNITY
    label = "À la date de début d'activité, le créateur relevait d'un public de l'article L5141-1 du code du travail"
    reference = [
        references.CT_L5141_1,
        references.CSS_L131_6_4,
        references.DECRET_2019_1215_ACRE,
        references.LFSS_2026,
    ]
    documentation = """
    Publics de l'article L5141-1 du CT (paramètres micro_entreprise.acre.publics_prioritaires) :
    1° demandeurs d'emploi indemnisés, 2° demandeurs d'emploi inscrits 6 mois au cours des 18
    derniers mois, 3° bénéficiaires de l'ASS ou du RSA, 4° personnes de 18 ans à moins de 26 ans,
    5° personnes handicapées de moins de 30 ans ou sans la durée d'activité qui ouvre l'ARE,
    6° salariés reprenant leur entreprise en difficulté, 7° titulaires d'un contrat CAPE,
    8° créateurs en quartier prioritaire de la politique de la ville (QPV), 9° bénéficiaires de
    la PreParE. Depuis les activités commencées le 2020-01-01, l'ACRE des micro-entrepreneurs
    leur est réservée (micro_entreprise_acre).

    Non donné, reconnu d'après les entrées, à la date de début de l'activité
    (micro_entreprise_date_creation) :
    - 1° : un droit à l'ARE ouvert par l'historique de contrat (are_droits_ouverts), l'activité
      commencée après la fin du contrat et avant le premier jour indemnisable + la durée du droit
      (choix de modélisation : le différé compte ; les jours reportés par un cumul ne sont pas vus,
      ni un droit donné seulement par are_jours_restants) ;
    - 2° : demandeur_emploi vrai au moins 6 des 18 mois civils précédant le mois du début (choix
      de modélisation : un mois compte entier) ;
    - 4° : 18 ans à moins de 26 ans (date_naissance).
    Non reconnus (donner cette entrée, ou micro_entreprise_acre) : 3° (l'ASS dépend du parcours
    de l'ARE, qui dépend de l'ARCE, dont la condition est l'ACRE ; un bénéficiaire de l'ASS est un
    demandeur d'emploi inscrit, en général 2°), 5° à 9° (aucune entrée). Une date de début
    antérieure à la première valeur de ces paramètres (2017-01-01) n'est pas reconnue.
    """
    default_value = False

    def formula(individu, period, parameters):
        creation = individu("micro_entreprise_date_creation", period)
        renseignee = date_renseignee(creation)

        fin = individu("are_date_fin_contrat", period)
        debut = individu("are_date_debut_indemnisation", period)
        fin_du_droit = debut + individu("are_duree_droits", period).astype("timedelta64[D]")
        indemnise = (
            individu("are_droits_ouverts", period) * date_renseignee(fin) * (creation > fin) * (creation < fin_du_droit)
        )

        loi = ParametresAuxDates(individu, parameters, creation)
        age_minimum, en_vigueur = loi("micro_entreprise.acre.publics_prioritaires.age_minimum")
        age_maximum_exclu, _ = loi("micro_entreprise.acre.publics_prioritaires.age_maximum_exclu")
        mois_requis, _ = loi("micro_entreprise.acre.publics_prioritaires.mois_inscription_minimum")
        fenetre, _ = loi("micro_entreprise.acre.publics_prioritaires.mois_periode_inscription")
        reconnue = renseignee * en_vigueur

        age = _age_revolu(individu("date_naissance", period), creation)
        jeune = (age >= age_minimum) * (age < age_maximum_exclu)

        # Months registered in the window before the month of the start, one pass per distinct
        # (month of the start, window): months are read for everybody, counted where it applies.
        mois_creation = creation.astype("datetime64[M]")
        inscriptions = numpy.zeros(individu.count, dtype=int)
        for mois, duree in set(zip(mois_creation[reconnue].tolist(), fenetre[reconnue].tolist(), strict=True)):
            concernes = reconnue * (mois_creation == numpy.datetime64(mois, "M")) * (fenetre == duree)
            mois_debut = periode(str(numpy.datetime64(mois, "M")))
            compte = sum(
                individu("demandeur_emploi", mois_debut.offset(-recul, "month")).astype(int)
                for recul in range(1, int(duree) + 1)
            )
            inscriptions = numpy.where(concernes, compte, inscriptions)
        inscrit = inscriptions >= mois_requis

        return reconnue * (indemnise + jeune + inscrit > 0)
