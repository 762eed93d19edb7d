"""Records are the dataclasses they declare, made on first use rather than at import."""

from __future__ import annotations

import copy
import dataclasses
import pickle
import sys
import threading

import pytest

from reader.core.record import Record, is_made


class Point(Record):
    """A frozen record."""

    x: int
    y: int = 0


class Labelled(Point):
    label: str = ""


class Draft(Record, frozen=False):
    text: str = ""
    words: list[str] = dataclasses.field(default_factory=list)

    def __post_init__(self) -> None:
        self.words = self.text.split()


class Unmade(Record):
    a: int
    b: str = "b"


def test_a_record_is_not_made_until_it_is_used() -> None:
    class Later(Record):
        value: int

    assert not is_made(Later)
    assert "__init__" not in Later.__dict__
    later = Later(3)
    assert is_made(Later)
    assert "__init__" in Later.__dict__ and later.value == 3


def test_a_made_record_behaves_as_its_dataclass() -> None:
    point = Point(1, 2)
    assert point == Point(1, 2) and point != Point(2, 1) and point != (1, 2)
    assert hash(point) == hash(Point(1, 2))
    assert repr(point).endswith("Point(x=1, y=2)")
    assert Point(5) == Point(5, 0)
    with pytest.raises(dataclasses.FrozenInstanceError):
        point.x = 9  # type: ignore[misc]
    with pytest.raises(TypeError):
        Point()  # type: ignore[call-arg]
    assert dataclasses.replace(point, y=7) == Point(1, 7)
    assert dataclasses.asdict(point) == {"x": 1, "y": 2}
    assert Point.__match_args__ == ("x", "y")
    match point:
        case Point(x, y):
            assert (x, y) == (1, 2)
    assert Point.__doc__ == "A frozen record."


def test_a_subclass_is_a_record_with_its_base_fields() -> None:
    labelled = Labelled(1, 2, "p")
    assert [f.name for f in dataclasses.fields(Labelled)] == ["x", "y", "label"]
    assert isinstance(labelled, Point) and labelled != Point(1, 2)
    with pytest.raises(dataclasses.FrozenInstanceError):
        labelled.label = "q"  # type: ignore[misc]


def test_a_mutable_record_takes_defaults_factories_and_post_init() -> None:
    one, two = Draft("a b"), Draft()
    assert one.words == ["a", "b"] and two.words == [] and one.words is not two.words
    one.text = "changed"
    assert one.text == "changed"
    with pytest.raises(TypeError, match="unhashable"):
        hash(one)


def test_asking_for_the_fields_makes_the_class() -> None:
    class Asked(Record):
        first: int
        second: str = "s"

    assert not is_made(Asked)
    assert dataclasses.is_dataclass(Asked)
    assert [f.name for f in dataclasses.fields(Asked)] == ["first", "second"]
    assert is_made(Asked) and Asked.second == "s"


def test_a_record_survives_pickling_and_copying() -> None:
    fresh = pickle.loads(pickle.dumps(Labelled(1, 2, "m")))
    assert fresh == Labelled(1, 2, "m") and hash(fresh) == hash(Labelled(1, 2, "m"))
    assert copy.deepcopy(fresh) == fresh and copy.copy(fresh) == fresh


def _unmade_pair() -> tuple[object, object]:
    """Two equal instances of a class not made yet, made without calling it: how an import's worker
    process hands its records back (unpickled, `__new__` and the state), when the parent may not have
    made that class itself."""

    class Handed(Record):
        v: int

    one, other = Handed.__new__(Handed), Handed.__new__(Handed)
    object.__setattr__(one, "v", 1)
    object.__setattr__(other, "v", 1)
    assert not is_made(Handed)
    return one, other


def test_an_instance_met_before_its_class_is_made_compares_hashes_and_prints_as_made() -> None:
    one, other = _unmade_pair()
    assert one == other          # dataclass equality, not identity
    assert is_made(type(one))
    one, other = _unmade_pair()
    assert hash(one) == hash(other) == hash((1,))
    one, _ = _unmade_pair()
    assert repr(one).endswith("Handed(v=1)")


def test_a_record_may_not_write_its_own_init() -> None:
    with pytest.raises(TypeError, match="__post_init__"):
        class Wrong(Record):
            a: int

            def __init__(self, a: int) -> None:
                object.__setattr__(self, "a", a)


def test_threads_that_meet_an_unmade_class_together_all_get_the_made_one() -> None:
    switch = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)  # threads take turns every few bytecodes, in the middle of the making too
    try:
        _meet_unmade_classes_from_eight_threads()
    finally:
        sys.setswitchinterval(switch)


def _meet_unmade_classes_from_eight_threads() -> None:
    for _ in range(20):
        class Shared(Record):
            a: int
            b: str = ""
            c: tuple[int, ...] = ()

        made, failures = _use_from_threads(Shared, 8)
        assert failures == []
        assert len(made) == 8 and all(item == Shared(1, "x") for item in made)


def _use_from_threads(cls: type, count: int) -> tuple[list[object], list[BaseException]]:
    barrier = threading.Barrier(count)
    made: list[object] = []
    failures: list[BaseException] = []

    def use() -> None:
        barrier.wait()
        try:
            made.append(cls(1, "x"))
        except BaseException as error:
            failures.append(error)

    threads = [threading.Thread(target=use) for _ in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return made, failures


def test_a_record_built_on_a_made_one_is_its_own_dataclass() -> None:
    class Base(Record):
        a: int

    assert Base(1).a == 1  # Base is made: its generated methods would answer for a subclass not made
    class Derived(Base):
        b: str = ""

    assert is_made(Derived)
    assert Derived(1, "b") == Derived(1, "b") != Base(1)
    assert repr(Derived(2)).endswith("Derived(a=2, b='')")
