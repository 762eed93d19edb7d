"""`python main.py report`: counts by tag, month … as JSON lines and as a readable table (issue 16)."""

from __future__ import annotations

import json
from pathlib import Path

from tests.test_cli import one_imported_article, run


def test_report_by_tag_and_month_as_json_and_table(tmp_path: Path) -> None:
    library, article = one_imported_article(tmp_path)
    for quote, tags in (("گزارش‌ها نادرست است", ("تکذیب",)), ("صدای انفجار", ("ادعا", "تکذیب"))):
        made = run("annotate", str(article["id"]), "--quote", quote, *(f"--tag={t}" for t in tags), library=library)
        assert made.returncode == 0, made.stderr
    by_tag = [json.loads(line) for line in run("report", "--json", library=library).stdout.splitlines()]
    assert by_tag == [{"tag": "ادعا", "annotations": 1, "articles": 1}, {"tag": "تکذیب", "annotations": 2, "articles": 1}]
    # The page is dated «یکشنبه 8 قوس ۱۴۰۳»: Qaws = Azar = month 09, 28 November 2024.
    solar = run("report", "--by", "month", "--by", "tag", "--tag", "تکذیب", "--json", library=library)
    assert [json.loads(line) for line in solar.stdout.splitlines()] == [
        {"month": "1403-09", "tag": "تکذیب", "annotations": 2, "articles": 1}]
    gregorian = run("report", "--by", "year", "--calendar", "gregorian", "--json", library=library)
    assert [json.loads(line) for line in gregorian.stdout.splitlines()] == [
        {"year": "2024", "annotations": 3, "articles": 1}]
    table = run("report", "--by", "collection", library=library)
    assert table.returncode == 0 and table.stdout.split() == ["collection", "annotations", "articles", "news", "3", "1"]


def test_report_refuses_unknown_names_as_usage_errors(tmp_path: Path) -> None:
    library, _ = one_imported_article(tmp_path)
    unknown = run("report", "--tag", "هیچ", library=library)
    assert unknown.returncode == 2 and "هیچ" in unknown.stderr and "Traceback" not in unknown.stderr
    assert run("report", "--by", "weekday", library=library).returncode == 2
    empty = run("report", "--json", library=library)
    assert empty.returncode == 0 and empty.stdout == ""
