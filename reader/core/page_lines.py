"""Line-level cleanup of a saved page: what is glued to a line without being part of it.

An image's file name before the first word («defect.jpgیک مقام…»), a «read more» link after the
last («… ادامه مطلب »»), a comment counter after a headline («… درست تر است؟ ۰»), a breadcrumb
in front of a headline («صفحه نخست » …»). The words of the line itself are never touched.
"""

from __future__ import annotations

import re

from reader.core.page_knowledge import fold

_IMAGE_NAME = re.compile(r"^[\w\-.]+\.(?:jpe?g|png|gif|webp|svg)(?=\S)", re.IGNORECASE)
# Only with its ellipsis or its arrow: a sentence may end in the words «ادامه مطلب».
_READ_MORE = re.compile(r"(?:\s*(?:…|\.\.\.)\s*(?:ادامه\s*(?:مطلب|خبر)|read more)\s*[»>]*"
                        r"|\s+(?:ادامه\s*(?:مطلب|خبر)|read more)\s*[»>]+)\s*$", re.IGNORECASE)
_COUNTER = re.compile(r"(?<=[?؟!.»])\s+[0-9۰-۹٠-٩]{1,4}$")
_BREADCRUMB = re.compile(r"\s+(?:»|>|›|/)\s+")
_HOME = frozenset({"صفحه نخست", "صفحه اصلی", "خانه", "home", "کور", "خبرها", "اخبار"})
_TRAILING_BARS = re.compile(r"[\s|]+$")
_MIN_HEADLINE_WORDS = 3


def clean_line(line: str, breadcrumbs: bool = True) -> str:
    """The line without what a page glues to it; "" when nothing of the line is left.
    `breadcrumbs`: whether the line may be a breadcrumb (it is in a page's header)."""
    text = line.strip()
    if "." in text[:80]:
        text = _IMAGE_NAME.sub("", text)
    if text.endswith(("»", ">", "مطلب", "خبر", "more", "More")):
        text = _READ_MORE.sub("", text)
    if text[-1:].isdigit() and len(text) < 200:
        text = _COUNTER.sub("", text)
    if not breadcrumbs or len(text) > 300 or not ("»" in text or ">" in text or "›" in text or " / " in text):
        return text.strip()
    parts = _BREADCRUMB.split(text)
    if len(parts) > 1 and fold(parts[0]) in _HOME:
        last = _TRAILING_BARS.sub("", parts[-1]).strip()
        return last if len(last.split()) >= _MIN_HEADLINE_WORDS else ""
    return text.strip()
