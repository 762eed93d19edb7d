"""Expected failures, each carrying a message a user can act on.

Every message is a template from the one catalogue, `reader/core/messages.py`: English text with
Qt-style placeholders %1 … %9. A raise names the template and its arguments:

    raise BadInputError(messages.FILE_TOO_LARGE, name, size)

`str(error)` is the English text with the placeholders filled (the command line prints it); the
window shows the same template translated (`reader/gui/errors.py`). Placeholders are filled in one
place, `fill`, whatever the language.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

_PLACEHOLDER = re.compile(r"%([1-9])")


class Message(str):
    """A catalogue template: English, with %1 … %9 placeholders (see `reader.core.messages`)."""


def fill(template: str, arguments: Sequence[str], wrap: Callable[[str], str] = lambda text: text) -> str:
    """The template with %1 … %9 replaced by `wrap(argument)`, in one pass (an argument that itself
    holds "%2" is not replaced again); a placeholder without an argument stays as written."""

    def argument(match: re.Match[str]) -> str:
        index = int(match.group(1)) - 1
        return wrap(arguments[index]) if index < len(arguments) else match.group(0)

    return _PLACEHOLDER.sub(argument, template)


class HashiyaError(Exception):
    """Base of every failure we expect and explain to the user."""

    def __init__(self, template: Message, *arguments: object) -> None:
        self.template = template  # a Message; plain text is accepted until every raise uses the catalogue
        self.arguments = tuple(str(a) for a in arguments)
        super().__init__(fill(template, self.arguments))

    def render(self, translate: Callable[[str], str] = lambda text: text,
               wrap: Callable[[str], str] = lambda text: text) -> str:
        """The message through `translate` (the template) and `wrap` (each argument)."""
        return fill(translate(self.template), self.arguments, wrap)


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
