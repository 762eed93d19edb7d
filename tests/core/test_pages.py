"""The development set of real saved pages (tests/fixtures/pages): every page right.

Each page goes through the import's own path (extract, boilerplate learned over the folder,
build). Right means: the headline, the publication date (or none where the page shows none),
the outlet, Dari or not, no chrome left, no body sentence lost.
"""

from __future__ import annotations

import json

import pytest

from benchmarks.pages import DEV_SET, PageResult, build_folder, check

EXPECTED = json.loads((DEV_SET / "expected.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def built():
    return build_folder(DEV_SET / "saved")


def test_the_set_is_sixty_pages_from_twelve_sites_at_least() -> None:
    assert len(EXPECTED) >= 60
    assert len({page["site"] for page in EXPECTED.values()}) >= 12
    assert sorted(p.stem for p in (DEV_SET / "saved").iterdir()) == sorted(EXPECTED)


@pytest.mark.parametrize("page", sorted(EXPECTED))
def test_page_is_right(built, page: str) -> None:
    result: PageResult = check(page, built[page], EXPECTED[page])
    problems = [*result.notes, *(f"chrome left: {c}" for c in result.chrome_left), *(f"lost: {s}" for s in result.lost)]
    assert result.right, "; ".join(problems)


def test_a_wrong_page_is_reported_wrong(built) -> None:
    """The check itself can fail: a headline, date or sentence changed in the expectations shows."""
    expected = dict(EXPECTED["p20"], title="جشن تیرگان", date="1393-04-12")
    expected["body"] = [*expected["body"], "جمله‌ای که در این صفحه نیست."]
    result = check("p20", built["p20"], expected)
    assert not result.title_ok and not result.date_ok and result.lost == ["جمله‌ای که در این صفحه نیست."]
