"""Code-health checks: every variable and every parameter carries what a user needs to trust it."""

import datetime
import re
from pathlib import Path

import pytest
import yaml
from openfisca_core.parameters import Parameter, ParameterNode, ParameterScale

from openfisca_ass import CountryTaxBenefitSystem, references

SYSTEM = CountryTaxBenefitSystem()


def _leaves(node, path=""):
    for name, child in node.children.items():
        child_path = f"{path}.{name}" if path else name
        if isinstance(child, ParameterNode):
            yield from _leaves(child, child_path)
        else:
            yield child_path, child


PARAMETER_LEAVES = sorted(_leaves(SYSTEM.parameters), key=lambda item: item[0])
VARIABLES = sorted(SYSTEM.variables.items())


def _as_date(value):
    if isinstance(value, datetime.date):
        return value
    return datetime.date.fromisoformat(str(value))


def _value_dates(parameter):
    if isinstance(parameter, Parameter):
        return [_as_date(item.instant_str) for item in parameter.values_list]
    if isinstance(parameter, ParameterScale):
        dates = set()
        for bracket in parameter.brackets:
            for child in bracket.children.values():
                dates.update(_as_date(item.instant_str) for item in child.values_list)
        return sorted(dates)
    raise TypeError(type(parameter))


def test_there_are_parameters_and_variables():
    assert len(PARAMETER_LEAVES) > 20
    assert len(VARIABLES) > 20


@pytest.mark.parametrize(("name", "variable"), VARIABLES, ids=[name for name, _ in VARIABLES])
def test_variable_has_label_and_reference(name, variable):
    assert variable.label, f"{name} has no label"
    assert not variable.label.endswith("."), f"{name}: a label has no final full stop"
    assert variable.reference, f"{name} has no reference"
    for url in variable.reference:
        assert url.startswith("https://"), f"{name}: reference {url!r} is not an URL"
        # explain prints the title: cite a titled constant of openfisca_ass/references.py
        assert references.titre(url), f"{name}: reference {url!r} has no title in openfisca_ass.references"


@pytest.mark.parametrize(("path", "parameter"), PARAMETER_LEAVES, ids=[path for path, _ in PARAMETER_LEAVES])
def test_parameter_has_metadata(path, parameter):
    metadata = parameter.metadata
    assert parameter.description, f"{path} has no description"
    assert metadata.get("label"), f"{path} has no metadata.label"
    assert metadata.get("unit"), f"{path} has no metadata.unit"
    assert metadata.get("last_value_still_valid_on"), f"{path} has no last_value_still_valid_on"
    references = metadata.get("reference")
    assert isinstance(references, dict) and references, f"{path}: reference must be dated"
    for reference_date, dated in references.items():
        _as_date(reference_date)
        for item in dated if isinstance(dated, list) else [dated]:
            assert item.get("title"), f"{path}: reference of {reference_date} has no title"
            assert str(item.get("href", "")).startswith("https://"), (
                f"{path}: reference of {reference_date} has no https href"
            )
    # Each value has its own text: a reference dated on the day the value starts (the decree,
    # arrêté or circular that set it), not only the first text.
    reference_dates = {_as_date(key) for key in references}
    for value_date in _value_dates(parameter):
        assert value_date in reference_dates, f"{path}: the value of {value_date} has no reference dated that day"


VARIABLES_DIR = Path(__file__).resolve().parents[1] / "variables"
_LECTURES_HORS_TRACE = ("tax_benefit_system.parameters", "get_parameters_at_instant")
_FICHIERS_VARIABLES = sorted(VARIABLES_DIR.rglob("*.py"))


@pytest.mark.parametrize("fichier", _FICHIERS_VARIABLES, ids=lambda chemin: chemin.name)
def test_formulas_read_the_law_through_parameters(fichier):
    """Only ``parameters(date)`` is traced: never the tax-benefit system's tree (openfisca_ass.parametres_aux_dates)."""
    texte = fichier.read_text(encoding="utf-8")
    for interdit in _LECTURES_HORS_TRACE:
        assert interdit not in texte, f"{fichier.name} reads the law with {interdit}: the tracer cannot see it"


@pytest.mark.parametrize("fichier", _FICHIERS_VARIABLES, ids=lambda chemin: chemin.name)
def test_no_disguised_number(fichier):
    """A count that is not law is a named constant with a comment, never ``(1 + 1)`` to avoid writing 2."""
    code = "\n".join(ligne.split("#")[0] for ligne in fichier.read_text(encoding="utf-8").splitlines())
    assert not re.search(r"\b1 \+ 1\b", code), f"{fichier.name}: write a named constant instead of 1 + 1"


TESTS_DIR = Path(__file__).resolve().parent
_PLURIELS = {entite.plural for entite in SYSTEM.entities}


def _sorties(sortie, noms: set) -> None:
    """The variable names an ``output`` block asserts, flat or under the entities' plurals."""
    if not isinstance(sortie, dict):
        return
    for cle, valeur in sortie.items():
        if cle in SYSTEM.variables:
            noms.add(cle)
        elif cle in _PLURIELS and isinstance(valeur, dict):
            for membre in valeur.values():
                _sorties(membre, noms)


def _variables_verifiees_en_yaml() -> set:
    noms = set()
    for fichier in TESTS_DIR.rglob("*.yaml"):
        contenu = yaml.safe_load(fichier.read_text(encoding="utf-8"))
        for test in contenu if isinstance(contenu, list) else [contenu]:
            if isinstance(test, dict):
                _sorties(test.get("output"), noms)
    return noms


FORMULES = sorted(name for name, variable in VARIABLES if variable.formulas)
VERIFIEES_EN_YAML = _variables_verifiees_en_yaml()


@pytest.mark.parametrize("name", FORMULES)
def test_every_formula_is_asserted_in_a_yaml_test(name):
    """Each formula has at least one YAML test whose ``output`` states its value, computed by hand."""
    assert name in VERIFIEES_EN_YAML, f"{name}: no YAML test asserts it (tests/<programme>/{name}.yaml)"


# Language policy (README, "For the next engineer"): what users read is French. A text of the
# law's documentation that holds two or more frequent English words is taken as English. The
# words are chosen so that none is a French word or an identifier of the model (`are` is one).
_MOTS_ANGLAIS = re.compile(
    r"(?<![\w-])(the|of|and|is|when|with|from|not|by|to|which|this|that|be|it|its)(?![\w-])", re.IGNORECASE
)
_MOTS_ANGLAIS_TOLERES = 1
PARAMETERS_DIR = Path(__file__).resolve().parents[1] / "parameters"


def _textes_lus_par_les_usagers():
    for name, variable in VARIABLES:
        yield f"variable {name}: label", variable.label
        yield f"variable {name}: documentation", variable.documentation
    for fichier in sorted(PARAMETERS_DIR.rglob("*.yaml")):
        contenu = yaml.safe_load(fichier.read_text(encoding="utf-8")) or {}
        lieu = fichier.relative_to(PARAMETERS_DIR)
        yield f"parameters/{lieu}: description", contenu.get("description")
        yield f"parameters/{lieu}: documentation", contenu.get("documentation")
        metadata = contenu.get("metadata") or {}
        yield f"parameters/{lieu}: metadata.label", metadata.get("label")
        references_datees = metadata.get("reference") or {}
        if isinstance(references_datees, dict):
            for date, liste in references_datees.items():
                for reference in liste if isinstance(liste, list) else [liste]:
                    if isinstance(reference, dict):
                        yield f"parameters/{lieu}: reference title of {date}", reference.get("title")
    for nom in dir(references):
        url = getattr(references, nom)
        if isinstance(url, str) and url.startswith("https://"):
            yield f"openfisca_ass.references.{nom}: title", references.titre(url)


_TEXTES = [(lieu, texte) for lieu, texte in _textes_lus_par_les_usagers() if texte]


def test_language_check_sees_the_texts():
    assert len(_TEXTES) > 300
    assert len(_MOTS_ANGLAIS.findall("Read at the end of the contract when it is given.")) > _MOTS_ANGLAIS_TOLERES


@pytest.mark.parametrize(("lieu", "texte"), _TEXTES, ids=[lieu for lieu, _ in _TEXTES])
def test_texts_users_read_are_french(lieu, texte):
    mots = _MOTS_ANGLAIS.findall(texte)
    assert len(mots) <= _MOTS_ANGLAIS_TOLERES, (
        f"{lieu} looks English ({', '.join(mots)}): labels, descriptions and documentation are "
        "written in French (README, 'For the next engineer', language policy)"
    )
    for anglais, francais in (("UNVERIFIED", "NON VÉRIFIÉ"), ("Modelling choice", "Choix de modélisation")):
        assert anglais.lower() not in texte.lower(), f"{lieu}: write {francais!r}, not {anglais!r}"
