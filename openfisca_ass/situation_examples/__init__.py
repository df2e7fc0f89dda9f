"""Situation examples: shown by the web API's ``/spec`` and used by the README and the tests."""

import json
from pathlib import Path

_DIR = Path(__file__).resolve().parent


def _load(name: str) -> dict:
    with (_DIR / f"{name}.json").open(encoding="utf-8") as file:
        return json.load(file)


personne_seule_ass = _load("personne_seule_ass")
