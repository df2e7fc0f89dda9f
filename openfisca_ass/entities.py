"""Entities of the model: the person (``individu``) and the family (``famille``).

Names and roles follow openfisca-france, so that a situation written for openfisca-france ports
with few changes.
"""

from openfisca_core.entities import build_entity

Individu = build_entity(
    key="individu",
    plural="individus",
    label="Individu",
    doc="""
    A person: the job seeker, their spouse or a child.

    Most inputs and every benefit of this package (ASS, ARE, ARCE, ATI) are defined for the
    person, because France Travail pays them to a person. Household means-tests (the ASS resource
    ceiling) are computed on the ``famille``.
    """,
    is_person=True,
)

Famille = build_entity(
    key="famille",
    plural="familles",
    label="Famille",
    doc="""
    The household of the ASS means-test: the claimant, their spouse and their children.

    The ASS resource ceiling depends on whether the claimant lives in a couple (married, PACS or
    concubins, R5423-1 3° and R5423-2 of the code du travail): the model takes a couple to be a
    ``famille`` with two ``parents``. The first parent is the ``demandeur`` (the ASS claimant),
    the second the ``conjoint``.

    A person given with no ``famille`` gets a family of their own, as its ``demandeur``.
    """,
    roles=[
        {
            "key": "parent",
            "plural": "parents",
            "label": "Parents",
            "doc": "The claimant and their spouse, married, PACS partner or concubin.",
            "max": 2,
            "subroles": ["demandeur", "conjoint"],
        },
        {
            "key": "enfant",
            "plural": "enfants",
            "label": "Enfants",
            "doc": "The children of the family; their resources are not counted for the ASS.",
        },
    ],
)

entities = [Individu, Famille]
