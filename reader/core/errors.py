"""Expected failures, each carrying a message a user can act on."""


class HashiyaError(Exception):
    """Base of every failure we expect and explain to the user."""


class BadInputError(HashiyaError):
    """A file could not be turned into articles; the message names the problem."""
