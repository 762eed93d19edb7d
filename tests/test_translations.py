"""The Qt Linguist files: up to date with the code, Persian complete, and loadable the way the app loads them.

When the first test fails: `.venv/bin/python translations/build.py --update`, translate what it
added to translations/hashiya_fa.ts (and the English plural forms in hashiya_en.ts), then run
`.venv/bin/python translations/build.py`.
"""

from __future__ import annotations

import importlib.util
import re
import shutil
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]

_spec = importlib.util.spec_from_file_location("translations_build", REPO / "translations" / "build.py")
assert _spec is not None and _spec.loader is not None
build = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(build)

FA = REPO / "translations" / "hashiya_fa.ts"
EN = REPO / "translations" / "hashiya_en.ts"
# What our code or Qt substitutes after translation, and the file-dialog patterns Qt parses.
TOKENS = re.compile(r"%L?n|%[1-9]|\*\.\w+")
MNEMONIC = re.compile(r"&[^&\s]")
UPDATE_HINT = "run `.venv/bin/python translations/build.py --update` and translate the new strings"


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    comment: str
    kind: str  # the translation's type attribute: "" (finished), "unfinished", "obsolete", "vanished"
    numerus: bool  # a %n message, translated once per plural form of the language
    forms: tuple[str, ...]  # the translation, or each plural form

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.context, self.source, self.comment)


def read_ts(path: Path) -> list[Message]:
    messages = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None, f"{path.name}: {name}: a message without a translation element"
            numerus = message.get("numerus") == "yes"
            if numerus:
                forms = tuple(form.text or "" for form in translation.iter("numerusform"))
            else:
                forms = (translation.text or "",)
            messages.append(
                Message(name, message.findtext("source") or "", message.findtext("comment") or "",
                        translation.get("type", ""), numerus, forms)
            )
    return messages


def live(messages: list[Message]) -> list[Message]:
    return [m for m in messages if m.kind not in ("obsolete", "vanished")]


@pytest.mark.parametrize("ts_file", list(build.TS_FILES), ids=lambda p: p.name)
def test_ts_file_has_every_string_in_the_code(ts_file: Path, tmp_path: Path) -> None:
    copy = tmp_path / ts_file.name
    shutil.copyfile(ts_file, copy)
    result = build.lupdate(copy, build.TS_FILES[ts_file])
    assert result.returncode == 0, result.stdout + result.stderr
    committed = {m.key for m in live(read_ts(ts_file))}
    in_code = {m.key for m in live(read_ts(copy))}
    missing = sorted(in_code - committed)
    if missing:
        listing = "\n".join(f"  {c}: {s!r}" + (f" (disambiguation {d!r})" if d else "") for c, s, d in missing)
        pytest.fail(f"{ts_file.name} is out of date with the code ({UPDATE_HINT}); new or changed strings:\n{listing}", pytrace=False)


def _problems(messages: list[Message], plural_forms: int) -> list[str]:
    """What is wrong with each message, in a language with `plural_forms` plural forms."""
    problems = []
    for m in messages:
        where = f"{m.context}: {m.source!r}"
        if m.kind == "unfinished":
            problems.append(f"{where}: unfinished")
        if m.numerus and len(m.forms) != plural_forms:
            problems.append(f"{where}: {len(m.forms)} plural forms, expected {plural_forms}")
        for form in m.forms:
            if not form.strip():
                problems.append(f"{where}: empty translation")
            elif sorted(TOKENS.findall(form)) != sorted(TOKENS.findall(m.source)):
                problems.append(f"{where}: {form!r} does not keep the placeholders {TOKENS.findall(m.source)}")
            elif MNEMONIC.search(m.source) and len(MNEMONIC.findall(form)) != 1:
                problems.append(f"{where}: {form!r} should have one & shortcut letter, as the source has")
    return problems


def test_persian_is_complete_and_keeps_placeholders() -> None:
    messages = live(read_ts(FA))
    assert messages
    problems = _problems(messages, 1)  # Persian has a single plural form
    if problems:
        pytest.fail("hashiya_fa.ts:\n" + "\n".join(problems), pytrace=False)


def test_english_plurals_have_singular_and_plural() -> None:
    messages = live(read_ts(EN))
    assert messages and all("%n" in m.source or "%Ln" in m.source for m in messages)
    problems = _problems(messages, 2)
    if problems:
        pytest.fail("hashiya_en.ts:\n" + "\n".join(problems), pytrace=False)


def _compiled(ts_file: Path, folder: Path) -> None:
    result = build.lrelease(ts_file, folder / ts_file.with_suffix(".qm").name)
    assert result.returncode == 0, result.stdout + result.stderr


def test_translators_load_the_way_the_app_loads_them(qapp, tmp_path: Path) -> None:
    from PySide6.QtCore import QLocale, QTranslator

    from reader.services.locations import translations_path

    assert translations_path() == build.HERE  # the app reads the .qm files build.py writes
    for ts_file in build.TS_FILES:
        _compiled(ts_file, tmp_path)

    persian = QTranslator()
    assert persian.load(QLocale(QLocale.Language.Persian, QLocale.Country.Afghanistan), "hashiya", "_", str(tmp_path))
    assert persian.translate("MainWindow", "&File") == "&فایل"
    assert persian.translate("MainWindow", "%Ln article(s)", "", 5) == "%Ln مقاله"

    english = QTranslator()
    assert english.load(QLocale(QLocale.Language.English), "hashiya", "_", str(tmp_path))
    assert english.translate("MainWindow", "%Ln article(s)", "", 1) == "%Ln article"
    assert english.translate("MainWindow", "%Ln article(s)", "", 5) == "%Ln articles"
    assert english.translate("MainWindow", "&File") == ""  # not in the file: Qt shows the source text
