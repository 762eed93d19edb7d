"""`python main.py agreement`: real processes over a real library file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from reader.services.annotations import AnnotationService
from reader.storage.database import open_database
from tests.services.helpers import insert_article
from tests.test_cli import run


@pytest.fixture(scope="module")
def library(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("agreement") / "lib.sqlite"
    db = open_database(path)
    notes = AnnotationService(db)
    claim, denial = (t.id for t in notes.tags())
    first = insert_article(db, "news", "ا" * 100, "ب" * 900)  # the 1,000-character case
    notes.create(first, 0, 100, [claim], author="زهرا")
    notes.create(first, 50, 152, [claim], author="Karim")
    second = insert_article(db, "other", "عنوان", "متن دوم خبر")
    notes.create(second, 0, 5, [denial], author="زهرا")
    notes.create(second, 0, 5, [denial], author="Karim")
    notes.create(second, 0, 5, [denial], author="Lone")
    db.close()
    return path


def test_json_is_one_object_of_the_issue_shape(library: Path) -> None:
    result = run("agreement", "--author", "زهرا", "--author", "Karim", "--json", library=library)
    assert result.returncode == 0, result.stderr
    (line,) = result.stdout.splitlines()
    document = json.loads(line)
    assert document["authors"] == ["زهرا", "Karim"]
    assert document["articles"] == [1, 2] and document["units"] == 1000 + len("عنوان") + len("متندومخبر")
    assert set(document) == {"authors", "articles", "units", "tags"}
    claim = document["tags"]["ادعا"]
    assert set(claim) == {"alpha", "pairs"}
    (pair,) = claim["pairs"]
    assert set(pair) == {"authors", "agreement", "kappa", "f1_overlap", "f1_exact"}
    assert pair["authors"] == ["زهرا", "Karim"] and pair["f1_overlap"] == 1.0 and pair["f1_exact"] == 0.0
    # 1,014 units: the 1,000-character case plus an article in which neither tagged a claim.
    chance = 100 * 100 + 914 * 914
    assert pair["kappa"] == pytest.approx((1014 * 914 - chance) / (1014**2 - chance))
    assert document["tags"]["تکذیب"]["pairs"][0]["kappa"] == 1.0


def test_tag_and_collection_filters(library: Path) -> None:
    result = run("agreement", "--author", "زهرا", "--author", "Karim", "--tag", "ادعا", "--collection", "news",
                 "--json", library=library)
    document = json.loads(result.stdout)
    assert document["articles"] == [1] and document["units"] == 1000 and list(document["tags"]) == ["ادعا"]
    assert round(document["tags"]["ادعا"]["pairs"][0]["kappa"], 4) == 0.4444


def test_every_author_by_default_and_a_readable_table(library: Path) -> None:
    result = run("agreement", library=library)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "authors:  Karim, Lone, زهرا"
    assert lines[1].startswith("articles: 1 ")  # only the second article has all three
    assert "تکذیب: Krippendorff's alpha 1.000" in lines
    assert any(line.split()[:3] == ["Karim", "–", "Lone"] and line.split()[3:] == ["1.000"] * 4 for line in lines)


def test_usage_errors_exit_2_with_a_clear_message(library: Path) -> None:
    unknown = run("agreement", "--author", "زهرا", "--author", "Nobody", library=library)
    assert unknown.returncode == 2 and "no live annotations by an author named «Nobody»" in unknown.stderr
    alone = run("agreement", "--author", "زهرا", library=library)
    assert alone.returncode == 2 and "at least two authors to compare; 1 given" in alone.stderr
    tag = run("agreement", "--tag", "nope", library=library)
    assert tag.returncode == 2 and "no tag named «nope»" in tag.stderr
    collection = run("agreement", "--collection", "nowhere", library=library)
    assert collection.returncode == 2 and "no collection named «nowhere»" in collection.stderr
    assert not unknown.stdout and not alone.stdout
