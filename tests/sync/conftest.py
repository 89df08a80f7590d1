"""Session fixtures of the sync safety tests: the world is built once, examples copy bytes."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.sync.mutations import Mutator
from tests.sync.world import Receiver, World, build_world


@pytest.fixture(scope="session")
def world(tmp_path_factory: pytest.TempPathFactory) -> World:
    return build_world(tmp_path_factory.mktemp("sync-world"))


@pytest.fixture(scope="session")
def mutator(world: World) -> Mutator:
    return Mutator(world)


@pytest.fixture(scope="session")
def receiver(world: World, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Receiver]:
    """One receiving store for the whole session: a refusal leaves it as it was (that is
    what the tests check) and an import is followed by a reset."""
    r = Receiver(world, tmp_path_factory.mktemp("receiver"))
    yield r
    r.close()


@pytest.fixture(scope="session")
def known_receiver(world: World, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Receiver]:
    """A receiving store that imported the clean bundle already."""
    r = Receiver(world, tmp_path_factory.mktemp("known"), template=world.imported_template)
    yield r
    r.close()
