"""Legal references shared by several variables, one constant per text.

Variable files cite these constants in their ``reference`` lists, so that a permalink is written
once and corrected once. Légifrance permalinks first, then Unédic, then service-public.
"""

_LEGIFRANCE_ARTICLE = "https://www.legifrance.gouv.fr/codes/article_lc/"
_LEGIFRANCE_SECTION = "https://www.legifrance.gouv.fr/codes/section_lc/LEGITEXT000006072050/"

# Code du travail, ASS: legislative section L5423-1 to L5423-7 and regulatory section R5423-1 to
# R5423-14.
CT_L5423 = _LEGIFRANCE_SECTION + "LEGISCTA000006189826/"
CT_R5423 = _LEGIFRANCE_SECTION + "LEGISCTA000018496266/"
CT_R5425_1 = _LEGIFRANCE_ARTICLE + "LEGIARTI000038893004"
CT_D5424_62 = _LEGIFRANCE_ARTICLE + "LEGIARTI000018524804"
CT_D5424_63 = _LEGIFRANCE_ARTICLE + "LEGIARTI000018524802"
CT_D5424_64 = _LEGIFRANCE_ARTICLE + "LEGIARTI000018524800"
CT_L5423_1 = _LEGIFRANCE_ARTICLE + "LEGIARTI000038951963"
CT_L5423_7 = _LEGIFRANCE_ARTICLE + "LEGIARTI000033813814"
CT_R5423_1 = _LEGIFRANCE_ARTICLE + "LEGIARTI000018525084"
CT_R5423_2 = _LEGIFRANCE_ARTICLE + "LEGIARTI000018525082"
CT_R5423_3 = _LEGIFRANCE_ARTICLE + "LEGIARTI000045920175"
CT_R5423_4 = _LEGIFRANCE_ARTICLE + "LEGIARTI000039644685"
CT_R5423_5 = _LEGIFRANCE_ARTICLE + "LEGIARTI000020398006"
CT_R5423_8 = _LEGIFRANCE_ARTICLE + "LEGIARTI000018525068"
CT_R5423_9 = _LEGIFRANCE_ARTICLE + "LEGIARTI000018525066"
CT_R5423_13 = _LEGIFRANCE_ARTICLE + "LEGIARTI000018525058"
# Code du travail L5421-4: the replacement income stops at the full-rate pension age.
CT_L5421_4 = _LEGIFRANCE_ARTICLE + "LEGIARTI000051289909"

SERVICE_PUBLIC_ASS = "https://www.service-public.fr/particuliers/vosdroits/F12484"

# Règlement d'assurance chômage 2024, art. 32 bis (cumul with a non-salaried activity).
RAC_2024_ART_32_BIS = _LEGIFRANCE_ARTICLE + "LEGIARTI000050846943"
UNEDIC_CUMUL = "https://www.unedic.org/indemnisation/fiches-thematiques/cumul-allocation-salaire"

# Code de la sécurité sociale: legal retirement age (L161-17-2) and automatic full-rate age
# (L351-8), both by birth cohort.
CSS_L161_17_2 = _LEGIFRANCE_ARTICLE + "LEGIARTI000053280889"
CSS_L351_8 = _LEGIFRANCE_ARTICLE + "LEGIARTI000051289852"

# Code général des impôts: micro-BIC (50-0) and micro-BNC (102 ter) flat-rate abatements.
CGI_50_0 = _LEGIFRANCE_ARTICLE + "LEGIARTI000048844097/2024-01-01/"
CGI_102_TER = _LEGIFRANCE_ARTICLE + "LEGIARTI000051230089"

# Code de la sécurité sociale, ACRE (exonération de début d'activité).
CSS_L131_6_4 = _LEGIFRANCE_ARTICLE + "LEGIARTI000053282569"

# Code du travail, cumul of the ASS with an activity (versions from 2017-09-01).
CT_R5425_2 = _LEGIFRANCE_ARTICLE + "LEGIARTI000034643968"
CT_R5425_6 = _LEGIFRANCE_ARTICLE + "LEGIARTI000034643952"

# Micro-entrepreneurs: micro-social rates (CSS D613-4, version from 2021-06-14), training
# contribution (CT L6331-48), versement libératoire (CGI art. 151-0, code link), the publics of
# the ACRE (CT L5141-1, no article permalink found: the law creating the 2020 restriction).
CSS_D613_4 = _LEGIFRANCE_ARTICLE + "LEGIARTI000043656794/2021-06-14"
CT_L6331_48 = _LEGIFRANCE_ARTICLE + "LEGIARTI000044981898/2022-01-01"
CGI_151_0 = "https://www.legifrance.gouv.fr/codes/texte_lc/LEGITEXT000006069577"
DECRET_2019_1215_ACRE = "https://www.legifrance.gouv.fr/eli/decret/2019/11/20/2019-1215/jo/texte"
LFSS_2026 = "https://www.legifrance.gouv.fr/eli/loi/2025/12/30/2025-1403/jo/texte"

# Allocation des travailleurs indépendants: legislative section L5424-24 to L5424-29, the 2022
# decrees (conditions, amount).
CT_L5424_24_ATI = _LEGIFRANCE_SECTION + "LEGISCTA000037388330/"
DECRET_2022_450_ATI = "https://www.legifrance.gouv.fr/eli/decret/2022/3/30/2022-450/jo/texte"
DECRET_2022_451_ATI = "https://www.legifrance.gouv.fr/eli/decret/2022/3/30/2022-451/jo/texte"
DECRET_2019_796 = "https://www.legifrance.gouv.fr/eli/decret/2019/7/26/2019-796/jo/texte"

# Resignation for a business project and droit d'option: loi n° 2018-771 (CT L5422-1 II) and the
# règlement d'assurance chômage annexed to décret n° 2019-797.
LOI_2018_771 = "https://www.legifrance.gouv.fr/eli/loi/2018/9/5/2018-771/jo/texte"
DECRET_2019_797_RAC = "https://www.legifrance.gouv.fr/eli/decret/2019/7/26/2019-797/jo/texte"

# ARE and ARCE: règlement d'assurance chômage annexed to décret n° 2019-797 (rules from
# 2019-11-01), the 2021 and 2023 decrees amending it, the 2024 règlement (Unédic circular
# 2025-03), Unédic and service-public pages on the ARCE.
ARE_DECRET_2019_797 = "https://www.legifrance.gouv.fr/loda/id/JORFTEXT000038829574"
ARE_DECRET_2021_346 = "https://www.legifrance.gouv.fr/eli/decret/2021/3/30/2021-346/jo/texte"
ARE_DECRET_2023_33 = "https://www.legifrance.gouv.fr/eli/decret/2023/1/26/2023-33/jo/texte"
UNEDIC_CIRCULAIRE_2025_03 = (
    "https://unedic.org/actualites/publication-de-la-circulaire-n-2025-03-relative-a-la-reglementation"
    "-d-assurance-chomage-applicable-depuis-le-1er-avril-2025"
)
UNEDIC_DIFFERES = "https://www.unedic.org/indemnisation/fiches-thematiques/differes-dindemnisation-et-delai-dattente"
SERVICE_PUBLIC_ARCE = "https://entreprendre.service-public.fr/vosdroits/F15252"
SERVICE_PUBLIC_ARCE_2025 = "https://entreprendre.service-public.fr/actualites/A18136"

# Furnished tourist lets: loi n° 2023-1322 de finances pour 2024 (art. 45) and loi n° 2024-1039
# « Le Meur » (art. 7).
LOI_2023_1322_ART_45 = "https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000048727345"
LOI_2024_1039_LE_MEUR = "https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000050612711"
# Règlement d'assurance chômage 2024, art. 17 bis (degressivity and its floor).
ARE_RAC_2024_ART_17_BIS = _LEGIFRANCE_ARTICLE + "LEGIARTI000050841461"

# Code de la sécurité sociale, article D131-6-3 (ACRE micro: share of the rate, rounded up to the tenth of a point).
CSS_D131_6_3 = _LEGIFRANCE_ARTICLE + "LEGIARTI000041968018"

# Urssaf simulator mon-entreprise, publicodes rules of the micro-entrepreneur ACRE (published reduced
# CIPAV rates: 12.10 %, 13.90 % from July 2024).
MON_ENTREPRISE_ACRE_CIPAV = (
    "https://github.com/betagouv/mon-entreprise/blob/26b5dfae87efd99495e3d22b04e612ecc345200c/"
    "modele-social/r%C3%A8gles/dirigeant/auto-entrepreneur/exon%C3%A9rations.publicodes"
)

# ARE overseas: territories that follow the règlement d'assurance chômage (annexe A) without the
# 0.75 duration coefficient, Mayotte under its own regime (ARE-M, annexe B / 2024 Mayotte convention).
FRANCE_TRAVAIL_ARE_MAYOTTE = (
    "https://francetravail.fr/candidat/mes-droits-aux-aides-et-allocati/a-chaque-situation-son-allocatio"
    "/quelle-est-ma-situation-personne/jhabite-a-mayotte.html"
)
UNEDIC_ARE_MAYOTTE = (
    "https://unedic.org/indemnisation/fiches-thematiques/allocation-daide-au-retour-lemploi-mayotte-are-m"
)

# Artistes-auteurs: contributions to the Urssaf artistes-auteurs (CSS L382-1 and following: bases,
# rates, the State's share from 2020), accessory activities (CSS R382-1-2), their income in the
# ARE cumul (Unédic circular 04-07 of 2004-03-31, confirmed by the answer to AN question 37117 of
# 2004) and the ASS of the artists with a salaried job alongside (AN written question 17-5882QE).
URSSAF_ARTISTES_AUTEURS = (
    "https://www.urssaf.fr/accueil/artiste-auteur-diffuseur/artiste-auteur/cotisation-contribution-sociale.html"
)
SECU_ARTISTES_AUTEURS_TAUX = "https://www.secu-artistes-auteurs.fr/assiettes-cotisations"
SECU_ARTISTES_AUTEURS_ASSIETTE = (
    "https://www.secu-artistes-auteurs.fr/artiste-auteur/mon-activite-artistique/"
    "cotisations-et-contributions-sociales/assiette-sociale"
)
SECU_ARTISTES_AUTEURS_ACCESSOIRES = "https://www.secu-artistes-auteurs.fr/plusieurs-activites"
SECU_ARTISTES_AUTEURS_CHOMAGE = (
    "https://www.secu-artistes-auteurs.fr/artiste-auteur/mon-activite-artistique/baisse-de-revenus/chomage"
)
AN_QE_12_37117_DROITS_AUTEUR_CHOMAGE = "https://www.assemblee-nationale.fr/dyn/12/questions/QANR5L12QE37117"
AN_QE_17_5882_ASS_ARTISTES = "https://questions.assemblee-nationale.fr/q17/17-5882QE.htm"
# Net and taxable amounts (issue 10): CSG on replacement income (CSS L136-1-2 for the base and the
# exemptions, code-level link: no article permalink found; L136-8 for the rates, the RFR ceilings
# and the SMIC limitation), CRDS (ordonnance n° 96-50), deductible CSG (CGI 154 quinquies),
# allowances taxable as salaries (CGI 79, impots.gouv), Unédic fiche on the deductions.
CSS_L136_1_2 = "https://www.legifrance.gouv.fr/codes/texte_lc/LEGITEXT000006073189"
CSS_L136_8 = _LEGIFRANCE_ARTICLE + "LEGIARTI000042683546"
# LFSS 2019: smoothing of the move to the full CSG rate over two years (L136-8 III 2°).
LFSS_2019 = "https://www.legifrance.gouv.fr/eli/loi/2018/12/22/2018-1203/jo/texte"
ORDONNANCE_96_50_CRDS = "https://www.legifrance.gouv.fr/loda/id/JORFTEXT000000193161"
CGI_154_QUINQUIES = "https://www.legifrance.gouv.fr/codes/id/LEGIARTI000047288608/"
IMPOTS_ALLOCATIONS_CHOMAGE = "https://www.impots.gouv.fr/particulier/allocations-chomage"
UNEDIC_RETENUES_SOCIALES = (
    "https://www.unedic.org/indemnisation/fiches-thematiques/retenues-sociales-sur-les-allocations"
)
