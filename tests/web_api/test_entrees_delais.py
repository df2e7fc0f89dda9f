"""Bad values of the inputs of issue 15's deadlines, through the real server: each a 400 naming the
field and the value, never a 500 nor a silent answer (ETERNITY dates, booleans, day counts)."""

import json
import urllib.error
import urllib.request

import pytest

CAS = [
    ("ass_date_demande_paiement", "ETERNITY", "2025-02-30"),
    ("ass_date_demande_paiement", "ETERNITY", "0001-01-01"),
    ("ass_date_demande_paiement", "ETERNITY", "9999-12-31"),
    ("ass_date_demande_paiement", "ETERNITY", 20250101),
    ("ati_date_demande", "ETERNITY", "2025-1-1"),
    ("ati_date_demande", "ETERNITY", ["2025-01-01"]),
    ("ati_date_demande", "ETERNITY", True),
    ("are_activite_non_salariee_conservee", "ETERNITY", "oui"),
    ("are_activite_non_salariee_conservee", "ETERNITY", 2),
    ("ati_delai_inscription_respecte", "ETERNITY", "true"),
    ("micro_entreprise_chiffre_affaires_justifie", "2025-07", "false"),
    ("micro_entreprise_chiffre_affaires_justifie", "2025", 1.5),
    ("ass_jours_forclos", "2025-07", 2.5),
    ("are_jours_avance_recuperes", "2025-07", -1),
    ("are_jours_indemnisables", "2025-07", -3),
]


@pytest.mark.parametrize(("nom", "periode", "valeur"), CAS, ids=[f"{c[0]}={c[2]!r}" for c in CAS])
def test_bad_value_is_a_400_naming_field_and_value(server, nom, periode, valeur):
    # Asked: an output that reads the input (are for the ARE ones, ass and ati for the others).
    situation = {
        "individus": {"claude": {nom: {periode: valeur}, "are": {"2025-07": None}, "ati": {"2025-07": None}}},
    }
    requete = urllib.request.Request(
        server + "/calculate", data=json.dumps(situation).encode(), headers={"Content-Type": "application/json"}
    )
    with pytest.raises(urllib.error.HTTPError) as erreur:
        urllib.request.urlopen(requete, timeout=60)
    assert erreur.value.code == 400
    corps = erreur.value.read().decode()
    assert nom in corps
    assert str(valeur if not isinstance(valeur, str) else f"'{valeur}'") in corps.replace('\\"', '"')
