"""What a merge lets in from someone else's file: believable times, tag names, notes and authors
of sane size. An annotation that fails is left out and reported (a `Notice` naming its uuid and the
problem); the file on disk keeps it, so nothing is lost, and the rest of the file merges.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from reader.core import messages
from reader.core.errors import Message, Notice
from reader.core.exchange.common import unique
from reader.core.exchange.model import ExchangeAnnotation
from reader.core.limits import MAX_AUTHOR, MAX_NOTE, MAX_TAG_NAME, Problem, tag_name_problem
from reader.core.timestamps import is_believable, normalised, parse_instant

_SHOWN = 40  # characters of a refused value quoted in the message

# (not a date, ahead of the clock) per field
_DATE_TEMPLATES: dict[str, tuple[Message, Message]] = {
    "created": (messages.MERGE_CREATED_INVALID, messages.MERGE_CREATED_AHEAD),
    "modified": (messages.MERGE_MODIFIED_INVALID, messages.MERGE_MODIFIED_AHEAD),
}


def admit(annotation: ExchangeAnnotation, now: datetime) -> ExchangeAnnotation | Notice:
    """`annotation` as a merge stores it — times as UTC instants in the one stored form (a missing
    `modified` is its `created`), tag names trimmed — or why it is left out. `now` is this machine's
    clock: a time more than a day ahead of it is not believed."""
    uuid = annotation.uuid
    times: dict[str, str] = {}
    for field, (invalid, ahead) in _DATE_TEMPLATES.items():
        value: str = getattr(annotation, field)
        if not value:
            times[field] = ""
            continue
        instant = parse_instant(value)
        if instant is None:
            return Notice.of(uuid, invalid, uuid, _shown(value))
        if not is_believable(instant, now):
            return Notice.of(uuid, ahead, uuid, value)
        times[field] = normalised(instant)
    tags = []
    for name in annotation.tags:
        name = name.strip()
        problem = tag_name_problem(name)
        if problem is Problem.EMPTY:
            return Notice.of(uuid, messages.MERGE_TAG_EMPTY, uuid)
        if problem is Problem.TOO_LONG:
            return Notice.of(uuid, messages.MERGE_TAG_TOO_LONG, uuid, len(name), MAX_TAG_NAME)
        if problem is Problem.CONTROL:
            return Notice.of(uuid, messages.MERGE_TAG_CONTROL, uuid, _shown(name))
        tags.append(name)
    if len(annotation.note) > MAX_NOTE:
        return Notice.of(uuid, messages.MERGE_NOTE_TOO_LONG, uuid, len(annotation.note), MAX_NOTE)
    if len(annotation.author) > MAX_AUTHOR:
        return Notice.of(uuid, messages.MERGE_AUTHOR_TOO_LONG, uuid, len(annotation.author), MAX_AUTHOR)
    return replace(annotation, created=times["created"], modified=times["modified"] or times["created"],
                   tags=unique(tuple(tags)))


def _shown(value: str) -> str:
    """A refused value as the message quotes it: short, with invisible characters made visible."""
    return repr(value if len(value) <= _SHOWN else value[:_SHOWN] + "…")
