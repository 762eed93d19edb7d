"""Every record in the reader makes into its dataclass.

`dataclasses` checks a record's declaration (a field without a default after one with it, a frozen
record writing __setattr__ …) only when the record is made, on first use (reader/core/record.py):
this makes every one of them, so that such a mistake fails here rather than in front of a user.
"""

import dataclasses
import importlib
import pkgutil

import reader
from reader.core.record import Record, make


def _every(cls: type) -> list[type]:
    found = []
    for sub in cls.__subclasses__():
        found.append(sub)
        found.extend(_every(sub))
    return found


def test_every_record_in_the_reader_makes_into_a_dataclass() -> None:
    for info in pkgutil.walk_packages(reader.__path__, "reader."):
        importlib.import_module(info.name)
    records = [cls for cls in _every(Record) if cls.__module__.startswith("reader.")]
    assert len(records) >= 120
    for cls in records:
        make(cls)
        assert dataclasses.is_dataclass(cls), cls
        assert "__init__" in cls.__dict__ and "__eq__" in cls.__dict__, cls
