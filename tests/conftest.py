"""Shared fixtures: the bundled data, a blank vocab, and one loaded pipeline per session."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import spacy
from spacy.language import Language

from eventwire import Pipeline, Settings
from eventwire.actors.dictionary import ActorDictionary
from eventwire.datafiles import data_dir

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def dictionary() -> ActorDictionary:
    return ActorDictionary.load(data_dir() / "actors")


@pytest.fixture(scope="session")
def nlp_blank() -> Language:
    return spacy.blank("en")


@pytest.fixture(scope="session")
def pipeline() -> Iterator[Pipeline]:
    with Pipeline(Settings.from_env()) as p:
        yield p


@pytest.fixture(scope="session")
def shared() -> Path:
    if not SHARED.is_dir():
        pytest.skip("../shared is not beside the checkout")
    return SHARED
