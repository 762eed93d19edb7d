import re

from reader.core.lazy_pattern import lazy_compile


def test_a_lazy_pattern_compiles_once_on_first_use_and_behaves_as_the_compiled_one() -> None:
    lazy = lazy_compile(r"(?<=[^\W\d_])\.(?=\w)", re.IGNORECASE)
    assert lazy._compiled is None and lazy.pattern == r"(?<=[^\W\d_])\.(?=\w)"
    assert lazy.sub("|", "ق.ظ. a.b") == "ق|ظ. a|b"
    first = lazy.compiled()
    assert lazy.flags & re.IGNORECASE and [m.start() for m in lazy.finditer("x.y.z")] == [1, 3]
    assert lazy.compiled() is first
