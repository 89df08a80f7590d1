"""THE place record kinds are registered (docs/architecture.md "Adding a record kind").

Each line binds a kind's declaration (``desktop.core.specs``) to the service that stores it;
everything generic — the command line's record verbs, the list page, the record viewer,
search, sync, the journal check, the board — iterates :data:`KINDS` or :class:`Kinds`.

Light on purpose: only the declarations are imported here (stdlib), so the command line
builds its argument choices from the registry without loading SQLAlchemy.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from desktop.core.kinds import KindRegistry, KindSpec
from desktop.core.specs.board import BOARD
from desktop.core.specs.case import CASE
from desktop.core.specs.consultation import CONSULTATION
from desktop.core.specs.convention import CONVENTION
from desktop.core.specs.dialogue import DIALOGUE
from desktop.core.specs.disclosure import DISCLOSURE
from desktop.core.specs.letter import LETTER
from desktop.core.specs.meeting import MEETING
from desktop.core.specs.oversight import OVERSIGHT
from desktop.core.specs.reception import RECEPTION
from desktop.core.specs.village import VILLAGE

if TYPE_CHECKING:
    from desktop.services.container import Services
    from desktop.services.records import RecordService


@dataclass(frozen=True)
class Binding:
    """A kind's declaration and how to reach its service in one open store."""

    spec: KindSpec
    service: Callable[[Services], RecordService[Any, Any, Any]]


BINDINGS: tuple[Binding, ...] = (
    Binding(VILLAGE, lambda s: s.villages),
    Binding(MEETING, lambda s: s.meetings),
    Binding(CONVENTION, lambda s: s.conventions),
    Binding(DISCLOSURE, lambda s: s.disclosures),
    # Citizen reception, letters, complaints and denunciations (issue 15).
    Binding(RECEPTION, lambda s: s.receptions),
    Binding(LETTER, lambda s: s.letters),
    Binding(CASE, lambda s: s.cases),
    # Issue 16 (a board before the oversight citing it: import_order 110 < 120).
    Binding(CONSULTATION, lambda s: s.consultations),
    Binding(DIALOGUE, lambda s: s.dialogues),
    Binding(BOARD, lambda s: s.boards),
    Binding(OVERSIGHT, lambda s: s.oversights),
)
KINDS = KindRegistry(tuple(b.spec for b in BINDINGS))


class Kinds:
    """The registered kinds bound to one store's services (``services.kinds``).

    ``bindings``: the kinds bound (default :data:`BINDINGS`; a test binds one more)."""

    def __init__(self, services: Services, bindings: tuple[Binding, ...] = BINDINGS) -> None:
        self._services = services
        self.registry = (
            KINDS if bindings is BINDINGS else KindRegistry(tuple(b.spec for b in bindings))
        )
        self._service = {b.spec.name: b.service for b in bindings}

    def __iter__(self) -> Iterator[KindSpec]:
        return iter(self.registry)

    def __contains__(self, name: object) -> bool:
        return name in self.registry

    @property
    def names(self) -> tuple[str, ...]:
        return self.registry.names

    def spec(self, name: str) -> KindSpec:
        return self.registry.get(name)

    def service(self, name: str) -> RecordService[Any, Any, Any]:
        """The generic service of kind ``name`` (UnknownKind when not registered)."""
        self.registry.get(name)
        return self._service[name](self._services)

    def in_import_order(self) -> list[KindSpec]:
        return self.registry.in_import_order()

    def mirrored(self) -> list[KindSpec]:
        """Kinds a village's records of which are mirrored into its commune's lists."""
        return [s for s in self.registry.in_import_order() if s.mirrored]
