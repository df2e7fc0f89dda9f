import numpy

from openfisca_ass import references
from openfisca_ass.calendrier import date_renseignee, decaler_mois, rang_mois, rang_mois_dates
from openfisca_ass.correctifs_core.entrees_partielles import periodes_connues
from openfisca_ass.entities import Individu
from openfisca_ass.model_api import ETERNITY, Variable

# The reference period starts on the day after a date.
LENDEMAIN = numpy.timedelta64(1, "D")


class are_activite_non_salariee_conservee(Variable):
    value_type = bool
    entity = Individu
    definition_period = ETERNITY
    label = "La micro-entreprise est une activité conservée d'avant la perte d'emploi (cumul intégral avec l'ARE)"
    reference = [references.TRAVAIL_EMPLOI_CUMUL_ARE, references.RAC_2024_ART_32_BIS]
    documentation = """
    Une activité exercée avant la perte d'emploi et conservée après elle est cumulée
    intégralement avec l'ARE calculée sur l'emploi perdu : son chiffre d'affaires n'est pas
    déduit (ni plafonné, ni soumis au plafond de 60 % des créations). Elle est « conservée »
    (ministère du Travail, fiche « Le cumul de l'allocation d'aide au retour à l'emploi avec une
    rémunération », d'après la circulaire Unédic du 19 octobre 2021, fiche 7) lorsqu'elle a
    débuté avant la fin du contrat de travail qui ouvre les droits, a été exercée en même temps
    que l'activité perdue et que sa rémunération a effectivement été cumulée, sur la période de
    référence, avec les revenus de l'activité perdue ; à défaut de cumul effectif, ce sont les
    règles de l'activité reprise qui s'appliquent (le chiffre d'affaires est déduit, art. 32 bis).

    Vrai lorsque la micro-entreprise a été créée (micro_entreprise_date_creation) au plus tard le
    jour de la fin du contrat (are_date_fin_contrat) et qu'un chiffre d'affaires a été encaissé
    (micro_entreprise_chiffre_affaires > 0) au cours d'un mois de la période de référence
    d'affiliation (are_periode_reference_affiliation_mois mois jusqu'à la fin du contrat), à
    partir du mois de création et jusqu'au mois de la fin du contrat. Sans chiffre d'affaires
    donné avant la perte d'emploi, l'activité n'est pas conservée : donnez ce chiffre d'affaires,
    ou cette variable elle-même.

    Choix de modélisation : le chiffre d'affaires est mensuel, le jour de l'encaissement n'est pas
    connu ; un mois compte dès qu'il touche la période (le premier mois de la période, lorsqu'elle
    commence en cours de mois, et le mois de la fin du contrat comptent en entier). L'exercice en
    même temps que l'emploi perdu est tenu pour acquis sur la période de référence, qui est celle
    de cet emploi. NON VÉRIFIÉ : le texte de la circulaire Unédic elle-même (lue à travers la
    fiche du ministère).
    """

    def formula(individu, period, parameters):
        creation = individu("micro_entreprise_date_creation", period)
        fin = individu("are_date_fin_contrat", period)
        cree_avant_la_fin = date_renseignee(creation) * date_renseignee(fin) * (creation <= fin)
        if not cree_avant_la_fin.any():
            return cree_avant_la_fin
        rang_fin = rang_mois_dates(fin)
        longueur = individu("are_periode_reference_affiliation_mois", period).astype(numpy.int64)
        # The period starts the day after the same date `longueur` months before the end (the last
        # day of that month when it has no such day: 2024-02-28 − 24 months = 2022-02-28, the
        # period starts on 2022-03-01), as the reference period of the pay history counts it.
        debut_periode = decaler_mois(fin, -longueur) + LENDEMAIN
        premier_mois = numpy.maximum(rang_mois_dates(debut_periode), rang_mois_dates(creation))
        # Only the months where a turnover was given can hold one (the default is 0).
        encaisse = numpy.zeros(individu.count, dtype=bool)
        holder = individu.simulation.get_holder("micro_entreprise_chiffre_affaires")
        for mois in periodes_connues(holder):
            rang = rang_mois(mois)
            dans_la_periode = cree_avant_la_fin * (premier_mois <= rang) * (rang <= rang_fin)
            if dans_la_periode.any():
                chiffre_affaires = individu("micro_entreprise_chiffre_affaires", mois.first_month)
                encaisse = encaisse + dans_la_periode * (chiffre_affaires > 0)
        return cree_avant_la_fin * encaisse
