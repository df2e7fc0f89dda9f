"""Packaging: maps the top-level ``parameters/`` and ``variables/`` trees into the package.

The metadata lives in ``pyproject.toml``; this file only says where the law's files go, so that
the repository shows the law at its top level while the installed package stays self-contained.
"""

from setuptools import setup

setup(
    packages=[
        "openfisca_ass",
        "openfisca_ass.cli",
        "openfisca_ass.reforms",
        "openfisca_ass.situation_examples",
        "openfisca_ass.parameters",
        "openfisca_ass.variables",
    ],
    package_dir={
        "openfisca_ass": "openfisca_ass",
        "openfisca_ass.parameters": "parameters",
        "openfisca_ass.variables": "variables",
    },
    package_data={
        "openfisca_ass.parameters": ["*.yaml", "**/*.yaml"],
        "openfisca_ass.variables": ["*.py", "**/*.py"],
        "openfisca_ass.situation_examples": ["*.json"],
    },
    include_package_data=False,
)
