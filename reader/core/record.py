"""`Record`: the base of our plain-data classes, a dataclass made the first time it is used.

`dataclasses.dataclass` writes each class's `__init__`, `__repr__`, `__eq__` (and for a frozen one
`__hash__`, `__setattr__`, `__delattr__`) as source text and compiles it with `exec`: ~1 ms a class
on our machines. Thirty-one records lie on the window's start path and eleven of them are used
before its first paint, so making them all at import cost ~20 ms of every start.

A subclass of `Record` is declared like a dataclass (annotated fields, `field(...)` defaults,
`__post_init__`) and is frozen unless it says `frozen=False`:

    class TagRecord(Record):
        id: int
        name: str

    class Draft(Record, frozen=False):
        text: str = ""

It becomes exactly the dataclass `@dataclass(frozen=…)` would have made at the first of: making an
instance, comparing, hashing or printing one that was made without calling the class (unpickled),
or asking for its fields (`dataclasses.fields`, `is_dataclass`, `asdict`, a subclass being made).
Until then `Record`'s stand-ins answer those calls; once it is made, the generated methods sit in
the class itself, in front of the stand-ins, and are called directly. Making is done under one lock
and the stand-ins stay where they are meanwhile, so a thread that uses a class while another is
making it waits for the finished class.

Rules, checked when the class is defined: every subclass of a record is a record (the options are
the subclass's own) and is made at once, with its bases, since a made base's methods would answer
for it; a record does not write its own `__init__` (it would not make the class; use
`__post_init__`). A record that needs `slots=True` stays a plain eager dataclass: slots make a new
class, which cannot be swapped in later.
"""

from __future__ import annotations

import dataclasses
import threading
from typing import Any, ClassVar, dataclass_transform

_making = threading.RLock()
_pending: dict[type, dict[str, Any]] = {}   # class → the dataclass options it is still waiting for


def make(cls: type) -> None:
    """Make `cls` and every record it derives from into their dataclasses, bases first (no-op for
    the ones made already)."""
    with _making:
        for klass in reversed(cls.__mro__):
            options = _pending.pop(klass, None)
            if options is not None and "__dataclass_fields__" not in klass.__dict__:
                dataclasses.dataclass(klass, **options)


def is_made(cls: type) -> bool:
    """Whether `cls` has been made into its dataclass (true for any class that is not a record)."""
    return cls not in _pending


class _FieldsOnFirstLook:
    """Stands for `__dataclass_fields__` until the record is made; the made dataclass puts its own
    in the class, in front of this one. `Record` itself has no fields (`None`, as `getattr(…, None)`
    in dataclasses expects of a base that is not a dataclass)."""

    def __get__(self, instance: object, owner: type | None = None) -> Any:
        cls = type(instance) if owner is None else owner
        if cls is Record:
            return None
        make(cls)
        if "__dataclass_fields__" not in cls.__dict__:   # its making failed earlier, and said why then
            raise AttributeError(f"record {cls.__qualname__} could not be made into a dataclass")
        return cls.__dict__["__dataclass_fields__"]


def _made_method(record: object, name: str) -> Any:
    cls = type(record)
    make(cls)
    method = getattr(cls, name)
    if method is getattr(Record, name):
        raise TypeError(f"{cls.__qualname__} is not a record that could be made")
    return method


@dataclass_transform(frozen_default=True, field_specifiers=(dataclasses.field, dataclasses.Field))
class Record:
    __slots__ = ()
    __dataclass_fields__: ClassVar[Any] = _FieldsOnFirstLook()

    def __init_subclass__(cls, *, frozen: bool = True, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        if "__init__" in cls.__dict__:
            raise TypeError(f"record {cls.__qualname__} writes its own __init__; use __post_init__")
        _pending[cls] = {"frozen": frozen}
        if any(issubclass(base, Record) and base is not Record for base in cls.__bases__):
            # The stand-ins live in Record, behind every record in the lookup order: once a base is
            # made, its generated methods would answer for the subclass. A record built on another is
            # therefore made at once, with its bases.
            make(cls)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        _made_method(self, "__init__")(self, *args, **kwargs)

    def __repr__(self) -> str:
        return _made_method(self, "__repr__")(self)

    def __eq__(self, other: object) -> bool:
        return _made_method(self, "__eq__")(self, other)

    def __hash__(self) -> int:
        method = _made_method(self, "__hash__")
        if method is None:   # a mutable record: unhashable, as its dataclass is
            raise TypeError(f"unhashable type: {type(self).__qualname__!r}")
        return method(self)
