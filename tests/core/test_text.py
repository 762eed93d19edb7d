import pytest

from reader.core.errors import BadInputError
from reader.core.text import clean_text, content_hash, decode_bytes, text_direction

PERSIAN = "وزارت امور خارجه گفت که یک دیپلمات ارشد با مقامات گفتگو کرده است.\n"
ARABIC_SPELLING = PERSIAN.replace("ی", "ي").replace("ک", "ك")  # what Windows-1256 pages hold


@pytest.mark.parametrize(
    "data",
    [
        PERSIAN.encode("utf-8"),
        b"\xef\xbb\xbf" + PERSIAN.encode("utf-8"),
        PERSIAN.encode("utf-16"),  # with BOM
        b"\xfe\xff" + PERSIAN.encode("utf-16-be"),
    ],
    ids=["utf8", "utf8-bom", "utf16-le-bom", "utf16-be-bom"],
)
def test_decodes_unicode_encodings(data: bytes) -> None:
    assert clean_text(decode_bytes(data, "a.txt")) == PERSIAN


def test_decodes_windows_1256() -> None:
    assert decode_bytes(ARABIC_SPELLING.encode("cp1256"), "old.txt") == ARABIC_SPELLING


def test_crlf_and_cr_become_lf() -> None:
    assert clean_text("یک\r\nدو\rسه\n") == "یک\nدو\nسه\n"


def test_nfc_composes_alef_madda() -> None:
    assert clean_text("\u0627\u0653ب") == "آب"


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "empty"),
        (b"  \n\n ", "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
        (bytes(range(1, 32)) * 40, "binary"),
    ],
)
def test_rejects_empty_and_binary(data: bytes, message: str) -> None:
    with pytest.raises(BadInputError, match=message) as err:
        decode_bytes(data, "bad.txt")
    assert str(err.value).startswith("bad.txt: ")


def test_damaged_utf8_names_the_byte() -> None:
    data = bytearray(PERSIAN.encode("utf-8"))
    data[11] = 0xFF
    with pytest.raises(BadInputError, match=r"damaged.txt: undecodable bytes at byte 11"):
        decode_bytes(bytes(data), "damaged.txt")


def test_direction_and_hash() -> None:
    assert text_direction("USA-SECURITY/ " + PERSIAN) == "rtl"
    assert text_direction("An English page with one word فارسی") == "ltr"
    assert content_hash("آب") == content_hash("آب") != content_hash("اب")


# Our own sentences (Arabic ي/ك, which Windows-1256 holds) for the two halves of a mixed file.
_FIRST_HALF = "والي هرات گفت كه كاروان كمك‌ها امروز به ولسوالي‌هاي غربي رسيد.\n\n"
_SECOND_HALF = "مردم محل مي‌گويند كه آب آشاميدني هنوز كم است و راه‌ها بسته مانده است.\n"


@pytest.mark.parametrize("first, second", [("utf-8", "cp1256"), ("cp1256", "utf-8")])
def test_a_file_half_utf8_half_windows_1256_is_refused_not_garbled(first: str, second: str) -> None:
    data = _FIRST_HALF.encode(first) + _SECOND_HALF.encode(second)
    with pytest.raises(BadInputError, match=r"mixed.txt: part of the file is UTF-8 and part Windows-1256") as err:
        decode_bytes(data, "mixed.txt")
    assert err.value.arguments[1] == (len(_FIRST_HALF.encode("utf-8")) if first == "utf-8" else 0)


def test_either_half_alone_still_reads() -> None:
    for text in (_FIRST_HALF, _SECOND_HALF, _FIRST_HALF + _SECOND_HALF):
        assert decode_bytes(text.encode("cp1256"), "old.txt") == text
        assert decode_bytes(text.encode("utf-8"), "new.txt") == text
