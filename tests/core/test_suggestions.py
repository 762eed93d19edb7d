"""Cue matching on our own sentences: inflections, negation, traps, quotes, denial over claim, speakers."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.core import cue_lexicon as lx
from reader.core.suggestions import preload, suggest

ZWNJ = "\u200c"


@pytest.fixture(scope="module", autouse=True)
def _hazm_ready() -> None:
    preload()


def one(text: str, lexicon: lx.Lexicon = lx.DEFAULT_LEXICON):
    found = suggest(text, lexicon)
    assert len(found) <= 1, found
    return found[0] if found else None


@pytest.mark.parametrize("text", [
    f"مقام{ZWNJ}های محلی این گزارش را تکذیب کرده{ZWNJ}اند.",
    "مقام‌ها این گزارش را تکذیب می‌کنند.",
    "وزارت دفاع این ادعا را رد کرد.",
    "سخنگو اتهامات مطرح شده را نپذیرفت.",
    "او این خبر را کذب محض خواند.",
    "این ادعاها را بی‌اساس و نادرست دانستند.",
    "به گفته مقامات، این گزارش صحت ندارد.",
    "ادعای حضور نیروهای خارجی واقعیت ندارد.",
    # the passive, with the claim it rejects named
    "این گزارش از سوی وزارت دفاع رد شده است.",
    "ادعاهای مطرح شده از سوی مقام‌های محلی رد گردید.",
    # a false-word said of something
    "شمار تلفات اعلام شده دور از حقیقت است.",
    "این تصویر ساختگی است.",
    "او این اتهامات را واهی دانست.",
    "نگرانی‌ها درباره امنیت شاهراه بی‌جا است.",
    # a statement in reaction to a named claim that contradicts it, without a denial word
    "سخنگوی وزارت در واکنش به این گزارش گفت که هیچ نیروی خارجی در کشور حضور ندارد.",
    "در پاسخ به اتهامات مطرح شده، والی گفت: چنین چیزی صورت نگرفته است.",
    "در واکنش به انتقادها، وزارت دفاع می‌گوید محل حمله نه مسجد بوده و نه مدرسه.",
    "وزیر در واکنش به اظهارات همتای خود گفت کابل اجازه نمی‌دهد از خاکش علیه کسی استفاده شود.",
    "مقام‌های محلی گفته‌اند که هیچ مدرکی برای این ادعا وجود ندارد.",
    # propaganda, dismissed, a position of rejection, a claim said to lack truth
    "سخنگوی حکومت این گزارش را تبلیغات منفی علیه کشورش اعلام کرد.",
    "او این ادعاها را مردود دانست.",
    "دولت موضع خود مبنی بر رد کامل این اظهارات را به سفیر اعلام کرد.",
    "وزارت خارجه گفت این خبر عاری از حقیقت است.",
    "سخنگو گزارش‌ها درباره بازداشت او را نفی کرد.",
])
def test_denials(text: str) -> None:
    found = one(text)
    assert found is not None and found.role == lx.DENIAL, text


@pytest.mark.parametrize("text", [
    f"باشندگان ولسوالی می{ZWNJ}گویند که آب ندارند.",
    "باشندگان ولسوالی ميگويند که آب ندارند.",  # Arabic letters, no ZWNJ
    "وزیر گفته است که طرح آماده است.",
    "وزیر اظهارداشت: طرح آماده است.",  # a compound verb typed without its space
    "رئیس اداره هشدار داد که سیلاب در راه است.",
    "شهردار وعده داد که جاده تا بهار ساخته شود.",
    "گفته می‌شود که سه نفر زخمی شده‌اند.",
    "به گزارش رسانه‌های محلی، سه نفر زخمی شده‌اند.",
    "او مدعی شد که هیچ‌کس آسیب ندیده است.",
])
def test_claims(text: str) -> None:
    found = one(text)
    assert found is not None and found.role == lx.CLAIM, text


@pytest.mark.parametrize("text", [
    "او درباره این موضوع چیزی نگفت.",
    "وزارت صحت این گزارش را تأیید نکرد.",
    "والی تاکنون هیچ اظهار نظری نکرده است.",
    "این خبر تکذیب نشد.",
    "این گزارش صحت دارد.",
    f"گفت{ZWNJ}وگو میان دو طرف ادامه دارد.",
    "گفت و گو میان دو طرف ادامه دارد.",
    "گفتگوهای صلح به تعویق افتاد.",
    "ردیف نخست سالن خالی بود.",
    "رد پای قاچاقچیان در این منطقه دیده می‌شود.",
    "مهاجران هنگام رد شدن از مرز بازداشت شدند.",
    "مجلس لایحه بودجه را رد کرد.",  # a bill turned down is no denial of a claim
    "گفتنی است این نمایشگاه تا جمعه باز است.",
    "باران امروز در کابل بارید.",
    "درخواست پناهندگی او رد شد.",  # a passive reject names no claim
    "کاروان دیروز از پل رد شد.",
    "این سازمان علاوه بر تبلیغات شهری جشنواره، از دو اثر برگزیده حمایت می‌کند.",  # no verdict
    "هرگونه همکاری با گروه‌های تروریستی مردود است.",  # a stance, not a claim called false
])
def test_none(text: str) -> None:
    assert one(text) is None, text


@pytest.mark.parametrize("text", [
    # a reaction that does not contradict, or answers no claim, is only a statement
    "در واکنش به گزارش سازمان ملل، وزیر گفت که وزارت آن را بررسی می‌کند.",
    "در پاسخ به پرسش خبرنگاران، وزیر گفت که هنوز تصمیمی گرفته نشده است.",
    "در واکنش به همه‌پرسی، رئیس شورا گفت که هیچ تغییری در مرزها پذیرفته نمی‌شود.",
])
def test_reactions_that_are_claims(text: str) -> None:
    found = one(text)
    assert found is not None and found.role == lx.CLAIM, text


def test_a_reaction_names_its_speaker_and_cues() -> None:
    found = one("در واکنش به گزارش سیگار، معاون سخنگوی حکومت اعلام کرد که هیچ گروه خارجی حضور ندارد.")
    assert found.role == lx.DENIAL and found.cues == ("در واکنش به", "اعلام کرد")
    assert found.speaker == "معاون سخنگوی حکومت"
    assert one("شمار تلفات دور از حقیقت است.").speaker is None  # a verdict names nobody


def test_a_denial_that_reports_a_statement_is_a_denial() -> None:
    found = one("سخنگوی وزارت گفت که این گزارش را تکذیب می‌کند و آن را دروغ می‌داند.")
    assert found.role == lx.DENIAL
    assert "گفت" in found.cues and "تکذیب کرد" in found.cues


def test_a_quotation_after_a_cue_belongs_to_the_claim() -> None:
    text = "والی گفت: «راه باز است. کاروان‌ها حرکت می‌کنند.» فردا جلسه است."
    (found,) = suggest(text)
    assert text[found.start:found.end] == "والی گفت: «راه باز است. کاروان‌ها حرکت می‌کنند.»"
    assert found.speaker == "والی"


@pytest.mark.parametrize(("text", "speaker"), [
    ("ذبیح‌الله مجاهد، سخنگوی طالبان، این خبر را تکذیب کرد.", "ذبیح‌الله مجاهد"),
    ("به گفته فریده رحیمی، بیش از نیمی از خانه‌ها آب ندارند.", "فریده رحیمی"),
    ("به گزارش رسانه‌ها، وزیر خارجه روز شنبه گفت که سفر لغو شد.", "وزیر خارجه"),
    ("وی افزود که کار ادامه دارد.", None),  # a pronoun names nobody
    ("گفته می‌شود که سه نفر زخمی شده‌اند.", None),
    ("- خرازی: اعتمادسازی امری دو طرفه است", "خرازی"),  # a digest line
    ("فضل خان، باشنده کابل، نگران است: «ما نمی‌دانیم چه می‌شود.»", "فضل خان"),  # speech after a colon
    ("پیش‌تر یک رسانه محلی مدعی شده بود که برق قطع می‌شود.", "یک رسانه محلی"),  # an adverb before the subject
    ("همچنین سخنگوی وزارت گفت که کار ادامه دارد.", "سخنگوی وزارت"),
])
def test_speakers(text: str, speaker: str | None) -> None:
    assert one(text).speaker == speaker


def test_cues_that_fired_scores_and_spans() -> None:
    text = "نخست باران آمد.\n\nوزارت انرژی این گزارش را تکذیب کرد و آن را بی‌اساس خواند. فردا جلسه است."
    (found,) = suggest(text)
    assert text[found.start:found.end] == "وزارت انرژی این گزارش را تکذیب کرد و آن را بی‌اساس خواند."
    assert found.cues == ("تکذیب کرد", "بی‌اساس … خواند")
    assert found.speaker == "وزارت انرژی" and 0.9 <= found.score <= 1.0
    weaker = one("به گزارش رسانه‌ها، سه نفر زخمی شده‌اند.")
    assert weaker.score < found.score


def test_the_lexicon_decides() -> None:
    text = "وزارت این گزارش را تکذیب کرد."
    off = lx.Lexicon(tuple(lx.Cue(c.role, c.kind, c.phrase, c.phrase not in ("تکذیب کرد", "تکذیب"))
                           for c in lx.DEFAULT_CUES))
    assert one(text, off) is None
    assert one(text, lx.DEFAULT_LEXICON.with_role(lx.DENIAL, False)) is None
    mine = lx.Lexicon((lx.Cue(lx.CLAIM, lx.SAY, "شکوه کرد"),))
    assert one("باشندگان از کمبود آب شکوه کردند.", mine).role == lx.CLAIM


WORDS = ["گفت", "نگفت", "تکذیب", "کرد", "نکرد", "رد", "پای", "به", "گفته", "«", "»", "،", ".", "؟", "و", "گو",
         "وزیر", "این", "خبر", "را", "صحت", "ندارد", "\n\n", "می‌گویند", "بی‌اساس", "خواند", ":"]


@settings(deadline=None, max_examples=200)
@given(st.lists(st.sampled_from(WORDS), max_size=40))
def test_suggestions_are_sound(parts: list[str]) -> None:
    text = " ".join(parts)
    previous_end = 0
    for found in suggest(text):
        assert previous_end <= found.start < found.end <= len(text)
        assert text[found.start:found.end].strip() == text[found.start:found.end]
        assert found.role in lx.ROLES and 0 <= found.score <= 1 and found.cues
        previous_end = found.end
