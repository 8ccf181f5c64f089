"""What distinguishes one kind of encrypted file from another.

A tandem journal and a private journal share every mechanism (keying,
locking, migrations, search, backup, the portable format); they differ only
in what this object names: their marker inside the encrypted file, their
tables, their migrations and what their search covers.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .errors import InvalidData
from .migrations import Migration
from .search import Kind
from .tables import Table


@dataclass(frozen=True)
class Schema:
    label: str  # for messages: "tandem journal", "private journal"
    application_id: int  # PRAGMA application_id: tells the kinds apart once unlocked
    format: str  # the portable JSON format's name
    tables: tuple[Table, ...]
    migrations: tuple[Migration, ...]
    search_kinds: tuple[Kind, ...]
    # (table, fields, message): combinations the SQL keeps unique, checked before an import
    unique_together: tuple[tuple[str, tuple[str, ...], str], ...] = ()
    _tables: dict[str, Table] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_tables", {t.name: t for t in self.tables})

    @property
    def latest(self) -> int:
        return self.migrations[-1].version

    def table(self, name: str) -> Table:
        try:
            return self._tables[name]
        except KeyError:
            raise InvalidData(f"A {self.label} has no table {name!r}.") from None

    def kind(self, code: int) -> Kind:
        return next(k for k in self.search_kinds if k.code == code)
