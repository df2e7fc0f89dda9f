"""Our monthly amounts as an openfisca-france situation, under openfisca-france's own names.

Each concept goes to the openfisca-france input that names it, so that its RSA, prime d'activité
and housing aid read exactly our amounts and its own ASS, unemployment and micro-enterprise
formulas never run:

- `ass_net`, else `ass` → `ass`;
- `are` + `ati` + `arce` (gross) → `chomage_brut`; `are_net` + `ati_net` + `arce_net` →
  `chomage_net`; `are_imposable` + `ati_imposable` + `arce_imposable` → `chomage_imposable` (each
  net or taxable amount falls back to the gross one while the model does not have it);
- `salaire_brut` → `salaire_de_base` (openfisca-france's payroll computes the taxable pay, and the
  net pay unless our `salaire_net` is given, > 0, and sent as `salaire_net`); a month without pay
  sends `salaire_net` = `salaire_imposable` = 0;
- `micro_entreprise_chiffre_affaires`, by `micro_entreprise_activite` →
  `rpns_auto_entrepreneur_CA_achat_revente`, `rpns_auto_entrepreneur_CA_bic` or
  `rpns_auto_entrepreneur_CA_bnc`; `micro_entreprise_revenu` (turnover after our flat-rate
  abatement) plus the artiste-auteur's taxable income of the month (`artiste_auteur_revenu_imposable`,
  when the model has it) → `rpns_auto_entrepreneur_benefice`, the monthly self-employed income its
  RSA and prime d'activité count as activity income (openfisca-france has no author income of its
  own; counting it as activity income follows the CAF's deduction of author income from the RSA,
  its exact base is UNVERIFIED);
- `aah`, `pensions_invalidite`, `pensions_alimentaires_percues`, `revenus_capital`,
  `revenus_locatifs` → the same names;
- `retraite_imposable` → `retraite_imposable` and `retraite_nette` (simplification: the pension's
  non-deductible CSG, CRDS and CASA, about 3 %, are not deducted);
- `demandeur_emploi` and the month's activity → `activite` (`actif` with pay or turnover, else
  `chomeur` when registered, else `inactif`);
- `date_naissance` → `date_naissance`; famille `loyer`, `statut_occupation_logement`, `zone_apl`
  → ménage, same names.

Our family becomes openfisca-france's famille, foyer fiscal (the parents declare, the children are
dependants) and ménage (the first parent is the reference person). The foyer fiscal's other
taxable income (capital income taxed at the foyer level, land income), which the housing aid
counts for year N-2 and which this model does not know, is sent as zero
(`aide_logement_base_revenus_fiscaux`), as are the incomes of the months before those sent, back
to January of year N-2 (``REVENUS_NULS_AVANT``): openfisca-france would find zero too, but through
its payroll and income-tax formulas, which take most of its time.

openfisca-france's housing aid of a month reads the RSA of the month before (neutralisation of
resources, CCH R822-15), which reads that month's housing aid, and so on back in time: the RSA of
the month before the first month sent is given as zero, which ends that recursion. Its effect
fades within the months sent, thirteen months before the first month asked. The ATI and the ARCE go with
the unemployment allowances: the ATI is a replacement income paid by France Travail like the ARE,
the ARCE is the ARE's remaining right paid as capital (subject to CSG and CRDS, taxable). How the
CAF counts the ARCE for the RSA and the prime d'activité is UNVERIFIED (no primary text found).
"""

# Our activity categories and openfisca-france's monthly turnover inputs of micro-entrepreneurs.
CHIFFRE_AFFAIRES_FRANCE = {
    "vente_marchandises": "rpns_auto_entrepreneur_CA_achat_revente",
    "prestations_services_bic": "rpns_auto_entrepreneur_CA_bic",
    "meuble_tourisme_classe": "rpns_auto_entrepreneur_CA_bic",
    "meuble_tourisme_non_classe": "rpns_auto_entrepreneur_CA_bic",
    "prestations_services_bnc": "rpns_auto_entrepreneur_CA_bnc",
}
# Allowances sent together as openfisca-france's unemployment allowances.
ALLOCATIONS_CHOMAGE = ("are", "ati", "arce")
# Other resources, sent under the same name.
AUTRES_RESSOURCES = (
    "aah",
    "pensions_invalidite",
    "pensions_alimentaires_percues",
    "revenus_capital",
    "revenus_locatifs",
)
# Our monthly amounts read for openfisca-france (the optional net/taxable ones when the model has them).
MONTANTS = (
    "ass",
    "are",
    "ati",
    "arce",
    "salaire_brut",
    "micro_entreprise_chiffre_affaires",
    "micro_entreprise_revenu",
    "micro_entreprise_cotisations_sociales",
    "retraite_imposable",
    *AUTRES_RESSOURCES,
)
# Monthly author income counted with the self-employed income (when the model has it).
REVENU_ARTISTE = "artiste_auteur_revenu_imposable"
MONTANTS_NETS = (
    "ass_net",
    "ass_imposable",
    "are_net",
    "are_imposable",
    "ati_net",
    "ati_imposable",
    "arce_net",
    "arce_imposable",
    "salaire_net",
    REVENU_ARTISTE,
)
ETATS = ("demandeur_emploi", "micro_entreprise_activite")
LOGEMENT = ("loyer", "statut_occupation_logement", "zone_apl")
# Income sent as zero in the months before those sent, back to January of year N-2: the model
# does not know them and openfisca-france would find zero too, but through its payroll and tax
# formulas (family benefits and housing aid read the taxable income of year N-2).
REVENUS_NULS_AVANT = (
    "salaire_imposable",
    "salaire_net",
    "chomage_brut",
    "chomage_imposable",
    "chomage_net",
    "retraite_imposable",
    "retraite_nette",
    "ass",
    "aah",
    "pensions_invalidite",
    "pensions_alimentaires_percues",
    "rpns_auto_entrepreneur_benefice",
)
# What openfisca-france computes for us, by family and month.
PRESTATIONS_CAF = ("rsa", "ppa", "aide_logement")


def _centimes(valeur) -> float:
    return round(float(valeur), 2)


def _net(montants: dict, nom: str, suffixe: str, mois: str, indice: int) -> float:
    """Our net (or taxable) amount when the model has it, else the gross amount."""
    variable = f"{nom}_{suffixe}"
    source = montants[variable] if variable in montants else montants[nom]
    return float(source[mois][indice])


def individu_france(montants: dict, mois_envoyes: list, indice: int, date_naissance: str) -> dict:
    """One person's openfisca-france inputs for every month sent."""
    entrees = {"date_naissance": {"ETERNITY": date_naissance}}

    def poser(variable, mois, valeur):
        entrees.setdefault(variable, {})[mois] = valeur

    for mois in mois_envoyes:
        poser("ass", mois, _centimes(_net(montants, "ass", "net", mois, indice)))
        for variable, suffixe in (("chomage_brut", None), ("chomage_net", "net"), ("chomage_imposable", "imposable")):
            total = sum(
                float(montants[nom][mois][indice]) if suffixe is None else _net(montants, nom, suffixe, mois, indice)
                for nom in ALLOCATIONS_CHOMAGE
            )
            poser(variable, mois, _centimes(total))
        brut = float(montants["salaire_brut"][mois][indice])
        net = float(montants["salaire_net"][mois][indice]) if "salaire_net" in montants else 0.0
        if brut == 0:
            poser("salaire_net", mois, 0.0)
            poser("salaire_imposable", mois, 0.0)
        else:
            poser("salaire_de_base", mois, _centimes(brut))
            if net > 0:
                poser("salaire_net", mois, _centimes(net))
        categorie = montants["micro_entreprise_activite"][mois][indice]
        chiffre_affaires = float(montants["micro_entreprise_chiffre_affaires"][mois][indice])
        for variable_france in sorted(set(CHIFFRE_AFFAIRES_FRANCE.values())):
            part = chiffre_affaires if CHIFFRE_AFFAIRES_FRANCE[categorie] == variable_france else 0.0
            poser(variable_france, mois, _centimes(part))
        revenu_independant = float(montants["micro_entreprise_revenu"][mois][indice])
        if REVENU_ARTISTE in montants:
            revenu_independant += float(montants[REVENU_ARTISTE][mois][indice])
        poser("rpns_auto_entrepreneur_benefice", mois, _centimes(revenu_independant))
        for nom in AUTRES_RESSOURCES:
            poser(nom, mois, _centimes(montants[nom][mois][indice]))
        retraite = _centimes(montants["retraite_imposable"][mois][indice])
        poser("retraite_imposable", mois, retraite)
        poser("retraite_nette", mois, retraite)
        # Not a grant-holding student (the model has no students): spares openfisca-france its grant scales.
        poser("boursier", mois, False)
        travaille = brut > 0 or chiffre_affaires > 0 or revenu_independant > 0
        if travaille:
            poser("activite", mois, "actif")
        else:
            poser("activite", mois, "chomeur" if montants["demandeur_emploi"][mois][indice] else "inactif")
    return entrees


def _mois_precedent(mois: str) -> str:
    annee, numero = (int(partie) for partie in mois.split("-"))
    return f"{annee - 1}-12" if numero == 1 else f"{annee}-{numero - 1:02d}"


def _mois_sans_revenu(mois_envoyes: list) -> list:
    """The months from January of year N-2 of the first month sent to the month before it."""
    premier = mois_envoyes[0]
    courant, liste = f"{int(premier[:4]) - 2}-01", []
    while courant != premier:
        liste.append(courant)
        annee, numero = (int(partie) for partie in courant.split("-"))
        courant = f"{annee + 1}-01" if numero == 12 else f"{annee}-{numero + 1:02d}"
    return liste


def _annees(mois: list) -> list:
    """The years N-2 of the months: the housing aid's fiscal resources year."""
    return sorted({str(int(m[:4]) - 2) for m in mois})


def situation_france(familles: list, montants: dict, logement: dict, mois_envoyes: list, mois_demandes: list) -> dict:
    """The openfisca-france situation of our families.

    ``familles``: [(name, parents, children)] with each person as (name, index in our arrays,
    birth date); ``montants``: {variable: {month: array over our persons}}; ``logement``:
    {variable: {month: array over our families}} in the order of ``familles``.
    """
    situation = {"individus": {}, "familles": {}, "foyers_fiscaux": {}, "menages": {}}
    for indice_famille, (nom, parents, enfants) in enumerate(familles):
        for personne, indice, naissance in (*parents, *enfants):
            entrees = individu_france(montants, mois_envoyes, indice, naissance)
            for mois in _mois_sans_revenu(mois_envoyes):
                for variable in REVENUS_NULS_AVANT:
                    entrees.setdefault(variable, {})[mois] = 0.0
            situation["individus"][personne] = entrees
        noms_parents = [p[0] for p in parents]
        noms_enfants = [e[0] for e in enfants]
        famille = {"parents": noms_parents, "enfants": noms_enfants}
        for prestation in PRESTATIONS_CAF:
            famille[prestation] = dict.fromkeys(mois_demandes)
        famille["rsa"][_mois_precedent(mois_envoyes[0])] = 0.0
        situation["familles"][nom] = famille
        situation["foyers_fiscaux"][nom] = {
            "declarants": noms_parents,
            "personnes_a_charge": noms_enfants,
            "aide_logement_base_revenus_fiscaux": dict.fromkeys(_annees(mois_envoyes), 0.0),
        }
        menage = {"personne_de_reference": noms_parents[:1], "conjoint": noms_parents[1:], "enfants": noms_enfants}
        for variable in LOGEMENT:
            valeurs = {}
            for mois in mois_envoyes:
                valeur = logement[variable][mois][indice_famille]
                valeurs[mois] = valeur if isinstance(valeur, str) else _centimes(valeur)
            menage[variable] = valeurs
        situation["menages"][nom] = menage
    return situation


def lire_prestations(reponse: dict, familles: list, mois_demandes: list) -> dict:
    """{family: {benefit: {month: amount}}} from openfisca-france's answer, to the cent."""
    resultat = {}
    for nom, _, _ in familles:
        famille = reponse["familles"][nom]
        resultat[nom] = {
            prestation: {mois: _centimes(famille[prestation][mois]) for mois in mois_demandes}
            for prestation in PRESTATIONS_CAF
        }
    return resultat
