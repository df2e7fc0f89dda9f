"""Legal references shared by several variables, one constant per text, each with its title.

Variable files cite these constants in their ``reference`` lists, so that a permalink is written
once and corrected once; ``titre(url)`` gives the title that ``explain`` prints. Légifrance
permalinks first, then Unédic, then service-public.
"""

_LEGIFRANCE_ARTICLE = "https://www.legifrance.gouv.fr/codes/article_lc/"
_LEGIFRANCE_SECTION = "https://www.legifrance.gouv.fr/codes/section_lc/LEGITEXT000006072050/"

# The title of each reference URL, as explain and the reader need it ("Code du travail, art. R5423-1").
TITRES: dict[str, str] = {}


def _reference(titre: str, href: str) -> str:
    """Records the title of a reference and returns its URL: core wants a variable's references as strings."""
    if TITRES.setdefault(href, titre) != titre:
        raise ValueError(f"two titles for {href}: {TITRES[href]!r} and {titre!r}")
    return href


def titre(url: str) -> str:
    """The title of a reference URL of this module ("" for an URL it does not know)."""
    return TITRES.get(url, "")


# Code du travail, ASS: legislative section L5423-1 to L5423-7 and regulatory section R5423-1 to
# R5423-14.
CT_L5423 = _reference(
    "Code du travail, art. L5423-1 à L5423-7 (allocation de solidarité spécifique)",
    _LEGIFRANCE_SECTION + "LEGISCTA000006189826/",
)
CT_R5423 = _reference(
    "Code du travail, art. R5423-1 à R5423-14 (allocation de solidarité spécifique)",
    _LEGIFRANCE_SECTION + "LEGISCTA000018496266/",
)
CT_R5425_1 = _reference("Code du travail, art. R5425-1", _LEGIFRANCE_ARTICLE + "LEGIARTI000038893004")
CT_D5424_62 = _reference("Code du travail, art. D5424-62", _LEGIFRANCE_ARTICLE + "LEGIARTI000018524804")
CT_D5424_63 = _reference("Code du travail, art. D5424-63", _LEGIFRANCE_ARTICLE + "LEGIARTI000018524802")
CT_D5424_64 = _reference("Code du travail, art. D5424-64", _LEGIFRANCE_ARTICLE + "LEGIARTI000018524800")
CT_L5423_1 = _reference("Code du travail, art. L5423-1", _LEGIFRANCE_ARTICLE + "LEGIARTI000038951963")
CT_L5423_7 = _reference("Code du travail, art. L5423-7", _LEGIFRANCE_ARTICLE + "LEGIARTI000033813814")
CT_R5423_1 = _reference("Code du travail, art. R5423-1", _LEGIFRANCE_ARTICLE + "LEGIARTI000018525084")
CT_R5423_2 = _reference("Code du travail, art. R5423-2", _LEGIFRANCE_ARTICLE + "LEGIARTI000018525082")
CT_R5423_3 = _reference("Code du travail, art. R5423-3", _LEGIFRANCE_ARTICLE + "LEGIARTI000045920175")
CT_R5423_4 = _reference("Code du travail, art. R5423-4", _LEGIFRANCE_ARTICLE + "LEGIARTI000039644685")
CT_R5423_5 = _reference("Code du travail, art. R5423-5", _LEGIFRANCE_ARTICLE + "LEGIARTI000020398006")
CT_R5423_8 = _reference("Code du travail, art. R5423-8", _LEGIFRANCE_ARTICLE + "LEGIARTI000018525068")
CT_R5423_9 = _reference("Code du travail, art. R5423-9", _LEGIFRANCE_ARTICLE + "LEGIARTI000018525066")
CT_R5423_12 = _reference("Code du travail, art. R5423-12", _LEGIFRANCE_ARTICLE + "LEGIARTI000018525060")
# Computing of a délai in years (the R5423-12 deadline): same day number, else the month's last day.
CPC_641 = _reference(
    "Code de procédure civile, art. 641 (délai exprimé en années : expire le jour de même quantième)",
    _LEGIFRANCE_ARTICLE + "LEGIARTI000006411002",
)
CT_R5423_13 = _reference("Code du travail, art. R5423-13", _LEGIFRANCE_ARTICLE + "LEGIARTI000018525058")
# Code du travail L5421-4: the replacement income stops at the full-rate pension age.
CT_L5421_4 = _reference("Code du travail, art. L5421-4", _LEGIFRANCE_ARTICLE + "LEGIARTI000051289909")

SERVICE_PUBLIC_ASS = _reference(
    "Service-public.fr, fiche F12484 « Allocation de solidarité spécifique (ASS) »",
    "https://www.service-public.fr/particuliers/vosdroits/F12484",
)

# Règlement d'assurance chômage 2024, art. 32 bis (cumul with a non-salaried activity).
RAC_2024_ART_32_BIS = _reference(
    "Règlement d'assurance chômage 2024, art. 32 bis", _LEGIFRANCE_ARTICLE + "LEGIARTI000050846943"
)
# Ministry of Labour fiche on the ARE cumul (2024-09-25): when an activity held before the job
# loss is "conservée" (Unédic circular of 2021-10-19, fiche 7, as the fiche reports it).
TRAVAIL_EMPLOI_CUMUL_ARE = _reference(
    "Ministère du Travail, fiche « Le cumul de l'allocation d'aide au retour à l'emploi avec une rémunération »",
    "https://travail-emploi.gouv.fr/le-cumul-de-lallocation-daide-au-retour-lemploi-avec-une-remuneration",
)
UNEDIC_CUMUL = _reference(
    "Unédic, fiche « Cumul allocation-salaire »",
    "https://www.unedic.org/indemnisation/fiches-thematiques/cumul-allocation-salaire",
)

# Code de la sécurité sociale: legal retirement age (L161-17-2) and automatic full-rate age
# (L351-8), both by birth cohort.
CSS_L161_17_2 = _reference("Code de la sécurité sociale, art. L161-17-2", _LEGIFRANCE_ARTICLE + "LEGIARTI000053280889")
CSS_L351_8 = _reference("Code de la sécurité sociale, art. L351-8", _LEGIFRANCE_ARTICLE + "LEGIARTI000051289852")

# Code général des impôts: micro-BIC (50-0) and micro-BNC (102 ter) flat-rate abatements.
CGI_50_0 = _reference("Code général des impôts, art. 50-0", _LEGIFRANCE_ARTICLE + "LEGIARTI000048844097/2024-01-01/")
CGI_102_TER = _reference("Code général des impôts, art. 102 ter", _LEGIFRANCE_ARTICLE + "LEGIARTI000051230089")

# Code de la sécurité sociale, ACRE (exonération de début d'activité).
CSS_L131_6_4 = _reference("Code de la sécurité sociale, art. L131-6-4", _LEGIFRANCE_ARTICLE + "LEGIARTI000053282569")
# Code du travail, L5141-1: the publics of the ACRE (CSS L131-6-4 reserves the micro ACRE to them).
CT_L5141_1 = _reference("Code du travail, art. L5141-1", _LEGIFRANCE_ARTICLE + "LEGIARTI000006903658")

# Code du travail, cumul of the ASS with an activity (versions from 2017-09-01).
CT_R5425_2 = _reference("Code du travail, art. R5425-2", _LEGIFRANCE_ARTICLE + "LEGIARTI000034643968")
CT_R5425_6 = _reference("Code du travail, art. R5425-6", _LEGIFRANCE_ARTICLE + "LEGIARTI000034643952")

# Micro-entrepreneurs: micro-social rates (CSS D613-4, version from 2021-06-14), training
# contribution (CT L6331-48), versement libératoire (CGI art. 151-0, code link), the publics of
# the ACRE (CT L5141-1, no article permalink found: the law creating the 2020 restriction).
CSS_D613_4 = _reference(
    "Code de la sécurité sociale, art. D613-4 (version du 14 juin 2021)",
    _LEGIFRANCE_ARTICLE + "LEGIARTI000043656794/2021-06-14",
)
CT_L6331_48 = _reference("Code du travail, art. L6331-48", _LEGIFRANCE_ARTICLE + "LEGIARTI000044981898/2022-01-01")
CGI_151_0 = _reference(
    "Code général des impôts, art. 151-0", "https://www.legifrance.gouv.fr/codes/texte_lc/LEGITEXT000006069577"
)
DECRET_2019_1215_ACRE = _reference(
    "Décret n° 2019-1215 du 20 novembre 2019 (ACRE des micro-entrepreneurs réservée aux publics de"
    " l'art. L5141-1 du code du travail)",
    "https://www.legifrance.gouv.fr/eli/decret/2019/11/20/2019-1215/jo/texte",
)
LFSS_2026 = _reference(
    "Loi n° 2025-1403 du 30 décembre 2025 de financement de la sécurité sociale pour 2026",
    "https://www.legifrance.gouv.fr/eli/loi/2025/12/30/2025-1403/jo/texte",
)

# Allocation des travailleurs indépendants: legislative section L5424-24 to L5424-29, the 2022
# decrees (conditions, amount).
CT_L5424_24_ATI = _reference(
    "Code du travail, art. L5424-24 à L5424-29 (allocation des travailleurs indépendants)",
    _LEGIFRANCE_SECTION + "LEGISCTA000037388330/",
)
DECRET_2022_450_ATI = _reference(
    "Décret n° 2022-450 du 30 mars 2022 relatif à l'allocation des travailleurs indépendants",
    "https://www.legifrance.gouv.fr/eli/decret/2022/3/30/2022-450/jo/texte",
)
DECRET_2022_451_ATI = _reference(
    "Décret n° 2022-451 du 30 mars 2022 relatif au montant de l'allocation des travailleurs indépendants",
    "https://www.legifrance.gouv.fr/eli/decret/2022/3/30/2022-451/jo/texte",
)
DECRET_2019_796 = _reference(
    "Décret n° 2019-796 du 26 juillet 2019 relatif aux nouveaux droits à indemnisation",
    "https://www.legifrance.gouv.fr/eli/decret/2019/7/26/2019-796/jo/texte",
)
# R5424-73: the end of the non-salaried activity within 12 months before the day before the
# registration (or the first day of the month of the claim).
CT_R5424_73 = _reference("Code du travail, art. R5424-73", _LEGIFRANCE_ARTICLE + "LEGIARTI000038876694")

# Resignation for a business project and droit d'option: loi n° 2018-771 (CT L5422-1 II) and the
# règlement d'assurance chômage annexed to décret n° 2019-797.
LOI_2018_771 = _reference(
    "Loi n° 2018-771 du 5 septembre 2018 pour la liberté de choisir son avenir professionnel",
    "https://www.legifrance.gouv.fr/eli/loi/2018/9/5/2018-771/jo/texte",
)
DECRET_2019_797_RAC = _reference(
    "Décret n° 2019-797 du 26 juillet 2019 relatif au régime d'assurance chômage, annexe A (règlement"
    " d'assurance chômage)",
    "https://www.legifrance.gouv.fr/eli/decret/2019/7/26/2019-797/jo/texte",
)

# ARE and ARCE: règlement d'assurance chômage annexed to décret n° 2019-797 (rules from
# 2019-11-01), the 2021 and 2023 decrees amending it, the 2024 règlement (Unédic circular
# 2025-03), Unédic and service-public pages on the ARCE.
ARE_DECRET_2019_797 = _reference(
    "Décret n° 2019-797 du 26 juillet 2019 relatif au régime d'assurance chômage (version consolidée)",
    "https://www.legifrance.gouv.fr/loda/id/JORFTEXT000038829574",
)
ARE_DECRET_2021_346 = _reference(
    "Décret n° 2021-346 du 30 mars 2021 portant diverses mesures relatives au régime d'assurance chômage",
    "https://www.legifrance.gouv.fr/eli/decret/2021/3/30/2021-346/jo/texte",
)
ARE_DECRET_2023_33 = _reference(
    "Décret n° 2023-33 du 26 janvier 2023 relatif au régime d'assurance chômage",
    "https://www.legifrance.gouv.fr/eli/decret/2023/1/26/2023-33/jo/texte",
)
UNEDIC_CIRCULAIRE_2025_03 = _reference(
    "Unédic, circulaire n° 2025-03 relative à la réglementation d'assurance chômage applicable depuis le"
    " 1er avril 2025",
    "https://unedic.org/actualites/publication-de-la-circulaire-n-2025-03-relative-a-la-reglementation"
    "-d-assurance-chomage-applicable-depuis-le-1er-avril-2025",
)
UNEDIC_DIFFERES = _reference(
    "Unédic, fiche « Différés d'indemnisation et délai d'attente »",
    "https://www.unedic.org/indemnisation/fiches-thematiques/differes-dindemnisation-et-delai-dattente",
)
SERVICE_PUBLIC_ARCE = _reference(
    "Service-public.fr, fiche F15252 « Aide à la reprise ou à la création d'entreprise (Arce) »",
    "https://entreprendre.service-public.fr/vosdroits/F15252",
)
SERVICE_PUBLIC_ARCE_2025 = _reference(
    "Service-public.fr, actualité A18136 du 25 mars 2025 (ARCE et cumul à partir du 1er avril 2025)",
    "https://entreprendre.service-public.fr/actualites/A18136",
)

# Furnished tourist lets: loi n° 2023-1322 de finances pour 2024 (art. 45) and loi n° 2024-1039
# « Le Meur » (art. 7).
LOI_2023_1322_ART_45 = _reference(
    "Loi n° 2023-1322 du 29 décembre 2023 de finances pour 2024, art. 45",
    "https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000048727345",
)
LOI_2024_1039_LE_MEUR = _reference(
    "Loi n° 2024-1039 du 19 novembre 2024 (loi Le Meur), art. 7",
    "https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000050612711",
)
# Règlement d'assurance chômage 2024, art. 17 bis (degressivity and its floor).
ARE_RAC_2024_ART_17_BIS = _reference(
    "Règlement d'assurance chômage 2024, art. 17 bis", _LEGIFRANCE_ARTICLE + "LEGIARTI000050841461"
)

# Code de la sécurité sociale, article D131-6-3 (ACRE micro: share of the rate, rounded up to the tenth of a point).
CSS_D131_6_3 = _reference("Code de la sécurité sociale, art. D131-6-3", _LEGIFRANCE_ARTICLE + "LEGIARTI000041968018")

# Urssaf simulator mon-entreprise, publicodes rules of the micro-entrepreneur ACRE (published reduced
# CIPAV rates: 12.10 %, 13.90 % from July 2024).
MON_ENTREPRISE_ACRE_CIPAV = _reference(
    "Urssaf, simulateur mon-entreprise : règles publicodes de l'ACRE des auto-entrepreneurs (taux CIPAV)",
    "https://github.com/betagouv/mon-entreprise/blob/26b5dfae87efd99495e3d22b04e612ecc345200c/"
    "modele-social/r%C3%A8gles/dirigeant/auto-entrepreneur/exon%C3%A9rations.publicodes",
)

# ARE overseas: territories that follow the règlement d'assurance chômage (annexe A) without the
# 0.75 duration coefficient, Mayotte under its own regime (ARE-M, annexe B / 2024 Mayotte convention).
FRANCE_TRAVAIL_ARE_MAYOTTE = _reference(
    "France Travail, « J'habite à Mayotte » (allocations à Mayotte)",
    "https://francetravail.fr/candidat/mes-droits-aux-aides-et-allocati/a-chaque-situation-son-allocatio"
    "/quelle-est-ma-situation-personne/jhabite-a-mayotte.html",
)
UNEDIC_ARE_MAYOTTE = _reference(
    "Unédic, fiche « Allocation d'aide au retour à l'emploi Mayotte (ARE-M) »",
    "https://unedic.org/indemnisation/fiches-thematiques/allocation-daide-au-retour-lemploi-mayotte-are-m",
)

# Artistes-auteurs: contributions to the Urssaf artistes-auteurs (CSS L382-1 and following: bases,
# rates, the State's share from 2020), accessory activities (CSS R382-1-2), their income in the
# ARE cumul (Unédic circular 04-07 of 2004-03-31, confirmed by the answer to AN question 37117 of
# 2004) and the ASS of the artists with a salaried job alongside (AN written question 17-5882QE).
URSSAF_ARTISTES_AUTEURS = _reference(
    "Urssaf, cotisations et contributions sociales des artistes-auteurs",
    "https://www.urssaf.fr/accueil/artiste-auteur-diffuseur/artiste-auteur/cotisation-contribution-sociale.html",
)
SECU_ARTISTES_AUTEURS_TAUX = _reference(
    "Sécurité sociale des artistes-auteurs, « Assiettes et taux des cotisations »",
    "https://www.secu-artistes-auteurs.fr/assiettes-cotisations",
)
SECU_ARTISTES_AUTEURS_ASSIETTE = _reference(
    "Sécurité sociale des artistes-auteurs, « Assiette sociale »",
    "https://www.secu-artistes-auteurs.fr/artiste-auteur/mon-activite-artistique/"
    "cotisations-et-contributions-sociales/assiette-sociale",
)
SECU_ARTISTES_AUTEURS_ACCESSOIRES = _reference(
    "Sécurité sociale des artistes-auteurs, « Vous avez plusieurs activités professionnelles »",
    "https://www.secu-artistes-auteurs.fr/plusieurs-activites",
)
SECU_ARTISTES_AUTEURS_CHOMAGE = _reference(
    "Sécurité sociale des artistes-auteurs, « Chômage »",
    "https://www.secu-artistes-auteurs.fr/artiste-auteur/mon-activite-artistique/baisse-de-revenus/chomage",
)
AN_QE_12_37117_DROITS_AUTEUR_CHOMAGE = _reference(
    "Assemblée nationale, question écrite n° 37117 (XIIe législature) et sa réponse : droits d'auteur et"
    " allocations chômage",
    "https://www.assemblee-nationale.fr/dyn/12/questions/QANR5L12QE37117",
)
AN_QE_17_5882_ASS_ARTISTES = _reference(
    "Assemblée nationale, question écrite n° 5882 (XVIIe législature) : ASS des artistes-auteurs",
    "https://questions.assemblee-nationale.fr/q17/17-5882QE.htm",
)
# Net and taxable amounts (issue 10): CSG on replacement income (CSS L136-1-2 for the base and the
# exemptions, code-level link: no article permalink found; L136-8 for the rates, the RFR ceilings
# and the SMIC limitation), CRDS (ordonnance n° 96-50), deductible CSG (CGI 154 quinquies),
# allowances taxable as salaries (CGI 79, impots.gouv), Unédic fiche on the deductions.
CSS_L136_1_2 = _reference(
    "Code de la sécurité sociale, art. L136-1-2", "https://www.legifrance.gouv.fr/codes/texte_lc/LEGITEXT000006073189"
)
CSS_L136_8 = _reference("Code de la sécurité sociale, art. L136-8", _LEGIFRANCE_ARTICLE + "LEGIARTI000042683546")
# LFSS 2019: smoothing of the move to the full CSG rate over two years (L136-8 III 2°).
LFSS_2019 = _reference(
    "Loi n° 2018-1203 du 22 décembre 2018 de financement de la sécurité sociale pour 2019",
    "https://www.legifrance.gouv.fr/eli/loi/2018/12/22/2018-1203/jo/texte",
)
ORDONNANCE_96_50_CRDS = _reference(
    "Ordonnance n° 96-50 du 24 janvier 1996 relative au remboursement de la dette sociale",
    "https://www.legifrance.gouv.fr/loda/id/JORFTEXT000000193161",
)
CGI_154_QUINQUIES = _reference(
    "Code général des impôts, art. 154 quinquies", "https://www.legifrance.gouv.fr/codes/id/LEGIARTI000047288608/"
)
IMPOTS_ALLOCATIONS_CHOMAGE = _reference(
    "impots.gouv.fr, « Allocations chômage »", "https://www.impots.gouv.fr/particulier/allocations-chomage"
)
UNEDIC_RETENUES_SOCIALES = _reference(
    "Unédic, fiche « Retenues sociales sur les allocations »",
    "https://www.unedic.org/indemnisation/fiches-thematiques/retenues-sociales-sur-les-allocations",
)
# ARE right read from the pay history (règlement d'assurance chômage 2024, art. 3 and 11).
RAC_2024_ARTICLE_3 = _reference(
    "Règlement d'assurance chômage (convention du 15 novembre 2024), art. 3 : durée d'affiliation",
    "https://www.legifrance.gouv.fr/loda/article_lc/LEGIARTI000050837511",
)
RAC_2024_ARTICLE_11 = _reference(
    "Règlement d'assurance chômage (convention du 15 novembre 2024), art. 11 : salaire de référence",
    "https://www.legifrance.gouv.fr/loda/article_lc/LEGIARTI000050837899",
)
UNEDIC_SALAIRE_REFERENCE = _reference(
    "Unédic, fiche « Salaire de référence »",
    "https://unedic.org/indemnisation/fiches-thematiques/salaire-de-reference",
)
SERVICE_PUBLIC_ARE_MONTANT = _reference(
    "Service-public.fr, fiche F2064 : montant de l'allocation chômage (ARE)",
    "https://www.service-public.fr/particuliers/vosdroits/F2064",
)
CT_DUREE_LEGALE = _reference(
    "Code du travail, art. L3121-27 (durée légale du travail)",
    _LEGIFRANCE_ARTICLE + "LEGIARTI000033020517",
)

# End of the ARE right (issue 15): the aid to the allocataire whose rights come to their term
# (règlement d'assurance chômage 2024, art. 38; convention of 2014, art. 39), the recharging of
# rights (art. 28) and the Unédic fiches.
RAC_2024_ART_38 = _reference(
    "Règlement d'assurance chômage 2024, art. 38 (aide forfaitaire de fin de droits)",
    _LEGIFRANCE_ARTICLE + "LEGIARTI000050847132",
)
ARRETE_2014_AGREMENT_CONVENTION = _reference(
    "Arrêté du 25 juin 2014 portant agrément de la convention du 14 mai 2014 relative à l'indemnisation du"
    " chômage (règlement général annexé)",
    "https://www.legifrance.gouv.fr/eli/arrete/2014/6/25/ETSD1415197A/jo/texte",
)
UNEDIC_DROITS_RECHARGEABLES = _reference(
    "Unédic, fiche « Droits rechargeables »",
    "https://www.unedic.org/indemnisation/fiches-thematiques/droits-rechargeables",
)
# ARE and an old-age benefit (règlement d'assurance chômage, art. 18): France Travail's page.
FRANCE_TRAVAIL_AVANTAGE_VIEILLESSE = _reference(
    "France Travail, « Je reçois un avantage de vieillesse »",
    "https://www.francetravail.fr/candidat/mes-droits-aux-aides-et-allocati/a-chaque-situation-son-allocatio"
    "/quelle-est-ma-situation-personne/je-recois-un-avantage-de-vieille.html",
)
# Suspensions of the ARE and the ASS (issue 15): days not paid, the right postponed.
# The code of the Sécurité sociale as a whole (LEGITEXT000006073189): the article permalinks of
# L544-9, L168-1 and L531-4 were not found this session; the fragment names the article.
_CODE_SECURITE_SOCIALE = "https://www.legifrance.gouv.fr/codes/texte_lc/LEGITEXT000006073189"
RAC_2024_ART_25_26 = _reference(
    "Règlement d'assurance chômage annexé à la convention du 15 novembre 2024 (arrêté d'agrément du"
    " 19 décembre 2024, NOR PRMX2433664A), art. 25 et 26 (cessation et reprise du versement)",
    "https://www.legifrance.gouv.fr/eli/arrete/2024/12/19/PRMX2433664A/jo/texte",
)
FRANCE_TRAVAIL_ARRET_MALADIE = _reference(
    "France Travail, « Déclarer un arrêt maladie » (versement interrompu pendant l'arrêt)",
    "https://www.francetravail.fr/candidat/vos-droits-et-demarches/vos-changements-de-situation/"
    "declarer-un-arret-maladie-a-pole.html",
)
REGLEMENT_CE_883_2004 = _reference(
    "Règlement (CE) n° 883/2004 du 29 avril 2004 portant sur la coordination des systèmes de sécurité"
    " sociale, art. 64 (chômeurs se rendant dans un autre État membre)",
    "https://eur-lex.europa.eu/legal-content/FR/TXT/?uri=CELEX:32004R0883",
)
CT_REMUNERATION_STAGIAIRES_TEMPS_PARTIEL = _reference(
    "Code du travail, partie réglementaire : rémunération du stagiaire de la formation professionnelle à"
    " temps partiel, au moins égale à l'ASS qui serait due",
    _LEGIFRANCE_ARTICLE + "LEGIARTI000043461370",
)
CSS_L544_9 = _reference(
    "Code de la sécurité sociale, art. L544-9 (non-cumul de l'allocation journalière de présence parentale)",
    _CODE_SECURITE_SOCIALE + "#L544-9",
)
ASH_AJPP_DEMANDEURS_EMPLOI = _reference(
    "ASH n° 2493 : directive Unédic sur l'AJPP des demandeurs d'emploi (non cumulable avec l'ARE, l'ASS"
    " et la rémunération des stagiaires)",
    "https://ash.tm.fr/hebdo/2493/le-social-en-textes/les-modalites-de-versement-de-lajpp-pour-les-chomeurs"
    "-et-les-stagiaires-de-la-formation-professionnelle-sont-detaillees-384413.php",
)
CSS_L168_1 = _reference(
    "Code de la sécurité sociale, art. L168-1 à L168-7 (allocation journalière d'accompagnement d'une"
    " personne en fin de vie)",
    _CODE_SECURITE_SOCIALE + "#L168-1",
)
POLE_EMPLOI_INSTRUCTION_2011_144 = _reference(
    "Instruction Pôle emploi n° 2011-144 du 17 août 2011, § 2.2 (suspension des allocations de chômage"
    " pendant l'allocation d'accompagnement d'une personne en fin de vie)",
    "https://www.bo-pole-emploi.org/bulletinsofficiels/instruction-pe-n2011-144-du-17-a.html"
    "?type=dossiers/2011/bope-n2011-76-du-23-aout-2011",
)
CSS_L531_4 = _reference(
    "Code de la sécurité sociale, art. L531-4 (prestation partagée d'éducation de l'enfant)",
    _CODE_SECURITE_SOCIALE + "#L531-4",
)
ASH_CLCA_CHOMAGE = _reference(
    "ASH n° 2346 : directive Unédic, le complément de libre choix d'activité (devenu PreParE) à taux plein"
    " interrompt les allocations de chômage et de solidarité",
    "https://ash.tm.fr/hebdo/2346/le-social-en-textes/les-regles-de-cumul-de-la-paje-avec-les-allocations"
    "-chomage-366494.php",
)

# CAF benefits (openfisca_ass.caf): the housing inputs sent to openfisca-france.
CASF = _reference(
    "Code de l'action sociale et des familles, art. R262-9 et R262-10 (forfait logement du RSA)",
    "https://www.legifrance.gouv.fr/codes/id/LEGITEXT000006074069",
)
CCH = _reference(
    "Code de la construction et de l'habitation, livre VIII (aides personnelles au logement)",
    "https://www.legifrance.gouv.fr/codes/id/LEGITEXT000006074096",
)
SERVICE_PUBLIC_AIDES_LOGEMENT = _reference(
    "Service-public.fr, « Aides personnelles au logement » (APL, ALF, ALS)",
    "https://www.service-public.fr/particuliers/vosdroits/N20360",
)
