from reader.core.search_query import MESSAGES, QueryError, parse_query
from reader.gui import query_messages


def test_every_query_error_message_is_listed_for_translation() -> None:
    assert set(query_messages.MESSAGES) == set(MESSAGES)


def test_bad_queries_raise_listed_messages() -> None:
    for query in ('"a', "(a", "a)", "OR", "a OR", "*", "ab*c", '""', "a AND", "NOT", "-", "()", "NOT a",
                  "NEAR(a)", "", "،؛", "((((((((((a))))))))))", "NEAR(a b, x)"):
        try:
            parse_query(query)
        except QueryError as error:
            assert str(error) in MESSAGES, query
            assert query_messages.translated(error)
        else:
            raise AssertionError(f"{query!r} was accepted")
