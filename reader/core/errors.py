"""Expected failures, each carrying a message a user can act on.

Every message is a template from the one catalogue, `reader/core/messages.py`: English text with
Qt-style placeholders %1 … %9. A raise names the template and its arguments:

    raise BadInputError(messages.FILE_TOO_LARGE, name, size)

`str(error)` is the English text with the placeholders filled (the command line prints it); the
window shows the same template translated (`reader/gui/errors.py`). Placeholders are filled in one
place, `fill`, whatever the language. A whole number stays a number until then, so the window can
write it with the interface's digits.

What is reported rather than raised (a file an import skipped, an annotation a merge could not
bring in) carries a template and arguments the same way (`Explained`) and is rendered the same way.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Protocol, Self

from reader.core.record import Record

_PLACEHOLDER = re.compile(r"%([1-9])")

Argument = str | int
"""What fills a placeholder: text as it is, or a whole number (written by `fill`'s `number`)."""


class Message(str):
    """A catalogue template: English, with %1 … %9 placeholders (see `reader.core.messages`)."""

    __slots__ = ()


def placeholders(template: str) -> list[int]:
    """The numbers of the placeholders in `template`, in order of appearance (%2 … %1 → [2, 1])."""
    return [int(number) for number in _PLACEHOLDER.findall(template)]


def grouped(number: int) -> str:
    """A whole number as English writes it: 1,234,567."""
    return f"{number:,}"


def _same(text: str) -> str:
    return text


def fill(template: str, arguments: Sequence[Argument], wrap: Callable[[str], str] = _same,
         number: Callable[[int], str] = grouped) -> str:
    """The template with %1 … %9 replaced by `wrap(argument)`, in one pass (an argument that itself
    holds "%2" is not replaced again); a whole number is first written by `number`. A placeholder
    without an argument stays as written."""

    def argument(match: re.Match[str]) -> str:
        index = int(match.group(1)) - 1
        if index >= len(arguments):
            return match.group(0)
        value = arguments[index]
        return wrap(number(value) if isinstance(value, int) else value)

    return _PLACEHOLDER.sub(argument, template)


def arguments_for(template: Message, arguments: Sequence[object]) -> tuple[Argument, ...]:
    """The arguments as they are kept: whole numbers as numbers, anything else as text.

    Raises TypeError when `template` is not a catalogue Message or the count does not match its
    placeholders: both are mistakes in our code, caught by the first test that reaches the raise."""
    if not isinstance(template, Message):
        raise TypeError(f"expected a template from reader.core.messages, got {template!r}")
    expected = max(placeholders(template), default=0)
    if len(arguments) != expected:
        raise TypeError(f"{template!r} takes {expected} argument(s), got {len(arguments)}")
    return tuple(a if isinstance(a, int) and not isinstance(a, bool) else str(a) for a in arguments)


class Explained(Protocol):
    """Anything that carries a catalogue template and its arguments."""

    @property
    def template(self) -> Message: ...

    @property
    def arguments(self) -> tuple[Argument, ...]: ...


def render(explained: Explained, translate: Callable[[str], str] = _same, wrap: Callable[[str], str] = _same,
           number: Callable[[int], str] = grouped) -> str:
    """The message through `translate` (the template), `number` (whole numbers) and `wrap` (each argument)."""
    return fill(translate(explained.template), explained.arguments, wrap, number)


class Notice(Record):
    """A message reported rather than raised (a file an import could not read, an annotation a merge
    left out): `subject` names what it is about, the template and arguments say why. Plain data, so
    it crosses from a worker process as it is."""

    subject: str
    template: Message
    arguments: tuple[Argument, ...] = ()

    @classmethod
    def of(cls, subject: str, template: Message, *arguments: object) -> Self:
        return cls(subject, template, arguments_for(template, arguments))

    @classmethod
    def from_error(cls, subject: str, error: HashiyaError) -> Self:
        return cls(subject, error.template, error.arguments)

    def __str__(self) -> str:
        return render(self)


class HashiyaError(Exception):
    """Base of every failure we expect and explain to the user."""

    def __init__(self, template: Message, *arguments: object) -> None:
        self.template = template
        self.arguments = arguments_for(template, arguments)
        super().__init__(fill(template, self.arguments))

    def __reduce__(self) -> tuple[object, ...]:
        # Exception's own pickling would call the class with the English text alone; a worker
        # process's error must arrive with its template and arguments, to be translated here.
        return (type(self), (self.template, *self.arguments))

    def render(self, translate: Callable[[str], str] = _same, wrap: Callable[[str], str] = _same,
               number: Callable[[int], str] = grouped) -> str:
        """The message through `translate` (the template), `number` (whole numbers) and `wrap` (each argument)."""
        return render(self, translate, wrap, number)


class BadInputError(HashiyaError):
    """A file could not be turned into articles; the message names the problem."""


class Cancelled(Exception):
    """The user cancelled a long operation; whatever it had not committed was rolled back.

    The one cancellation signal of every background operation: work checks its `cancelled()`
    callable between steps and raises this."""


class InvalidRequestError(HashiyaError):
    """What the user asked for does not fit the library (on the command line: a usage error)."""


class NotFoundError(HashiyaError):
    """What the user asked to change (delete, rename, move, edit) is not in the library (on the
    command line: an error, exit 1, rather than a usage error)."""


class UnknownNameError(InvalidRequestError):
    """A collection, tag, author or article the user named does not exist."""
