"""The patches are recorded by identity, installed once, and refused on another major core version."""

import importlib.metadata
import warnings

import pytest

from openfisca_ass.correctifs_core import registre, version


def test_chaque_correctif_est_installe_par_identite():
    for correctif in registre.CORRECTIFS:
        assert correctif.remplacante.__wrapped__ is correctif.originale
        # The function installed is the last patch of that name; its chain leads to this one.
        installee = registre.installee(correctif)
        while installee is not correctif.remplacante:
            installee = installee.__wrapped__
    premiers = {}
    for correctif in registre.CORRECTIFS:
        premiers.setdefault((id(correctif.cible), correctif.nom), correctif.originale)
    for (_, nom), originale in premiers.items():
        assert not any(c.remplacante is originale for c in registre.CORRECTIFS), nom


def test_remplacer_une_fonction_deja_installee_ne_fait_rien():
    correctif = registre.CORRECTIFS[0]
    nombre = len(registre.CORRECTIFS)
    registre.remplacer(correctif.cible, correctif.nom, correctif.remplacante)
    assert len(registre.CORRECTIFS) == nombre
    assert vars(correctif.cible)[correctif.nom] is correctif.remplacante


def test_deux_correctifs_d_une_fonction_s_empilent():
    # build_from_entities: the split of multi-month inputs (2), then the situation checks (7).
    pile = [c for c in registre.CORRECTIFS if c.nom == "build_from_entities"]
    assert len(pile) == 2
    assert pile[1].originale is pile[0].remplacante
    assert vars(pile[0].cible)["build_from_entities"] is pile[1].remplacante


def test_sans_correctifs_rend_le_core_publie_puis_remet_les_correctifs():
    installees = {id(c.cible) ^ hash(c.nom): (c, registre.installee(c)) for c in registre.CORRECTIFS}
    with registre.sans_correctifs():
        for correctif, _ in installees.values():
            assert registre.installee(correctif) is registre.originale(correctif.cible, correctif.nom)
    for correctif, installee in installees.values():
        assert registre.installee(correctif) is installee


def test_le_core_installe_est_celui_des_correctifs():
    # Fails on a core upgrade: run the canaries (tests/correctifs_core), then update VERSION_TESTEE.
    assert importlib.metadata.version("openfisca-core") == version.VERSION_TESTEE


def test_une_autre_version_majeure_est_refusee():
    with pytest.raises(ImportError, match="openfisca-core 47.0.0 is installed"):
        version.verifier_version("47.0.0")


def test_une_autre_version_46_avertit():
    with pytest.warns(version.CoreNonTesteWarning, match="not tested on 46.1.0"):
        version.verifier_version("46.1.0")
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert version.verifier_version(version.VERSION_TESTEE) == version.VERSION_TESTEE
