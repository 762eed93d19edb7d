"""Every refusal of the search language comes from the error catalogue and reads in Persian."""

from PySide6.QtCore import QLocale, QTranslator

from reader.core import messages
from reader.core.errors import Message
from reader.core.search_query import QueryError, parse_query
from reader.gui.errors import message_for
from reader.services.locations import translations_path

BAD_QUERIES = ('"a', "(a", "a)", "OR", "a OR", "*", "ab*c", '""', "a AND", "NOT", "-", "()", "NOT a",
               "NEAR(a)", "", "،؛", "((((((((((a))))))))))", "NEAR(a b, x)")


def test_bad_queries_raise_catalogue_messages_shown_in_persian(qapp) -> None:
    catalogue = {value for value in vars(messages).values() if isinstance(value, Message)}
    translator = QTranslator(qapp)  # removed again by the `neutral_application` fixture
    assert translator.load(QLocale(QLocale.Language.Persian, QLocale.Country.Afghanistan), "hashiya", "_",
                           str(translations_path()))
    qapp.installTranslator(translator)
    for query in BAD_QUERIES:
        try:
            parse_query(query)
        except QueryError as error:
            assert error.template in catalogue, query
            shown = message_for(error)
            assert shown and shown != str(error), query  # translated
        else:
            raise AssertionError(f"{query!r} was accepted")
