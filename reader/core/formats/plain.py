"""Plain text pages (`.txt`) and Markdown (`.md`)."""

from __future__ import annotations

import re

from reader.core.article import ExtractedDocument

_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$")
_IMAGE = re.compile(r"!\[[^\]]*\]\([^)]*\)")
_LINK = re.compile(r"\[([^\]]+)\]\([^)]*\)")
_EMPHASIS = re.compile(r"(\*\*|__|\*|_)(\S(?:.*?\S)?)\1")
_LIST_MARK = re.compile(r"^\s{0,3}(?:[-*+]|>+)\s+")
_RULE = re.compile(r"^\s{0,3}(?:[-*_]\s*){3,}$")


def read_text_file(source: str, text: str, raw_hash: str) -> list[ExtractedDocument]:
    return [ExtractedDocument(source=source, format="txt", raw=text, body=text, raw_hash=raw_hash)]


def markdown_to_lines(text: str) -> tuple[str | None, str]:
    """Strip Markdown syntax; the first heading becomes the title."""
    title: str | None = None
    out: list[str] = []
    for line in text.split("\n"):
        heading = _HEADING.match(line)
        if heading:
            if title is None:
                title = _inline(heading.group(1))
                continue
            out.append(_inline(heading.group(1)))
            continue
        if _RULE.match(line):
            out.append("")
            continue
        out.append(_inline(_LIST_MARK.sub("", line)))
    return title, "\n".join(out)


def _inline(line: str) -> str:
    line = _IMAGE.sub("", line)
    line = _LINK.sub(r"\1", line)
    return _EMPHASIS.sub(r"\2", line).rstrip()


def read_markdown(source: str, text: str, raw_hash: str) -> list[ExtractedDocument]:
    title, body = markdown_to_lines(text)
    return [ExtractedDocument(source=source, format="md", raw=text, body=body, raw_hash=raw_hash, title=title)]
