"""Every written form of a verb, by hazm's verb list and conjugation tables.

hazm's Lemmatizer conjugates all of its ~700 verbs into half a million forms when it is built
(~2 s); a cue lexicon needs a few dozen verbs, so only their forms are made, in canonical spelling
(`search_text.canonical_word`: ZWNJ joined, Arabic letters folded), each with its polarity:
«نگفت»، «نمی‌گویند» are negated forms of «گفت», «نوشت» is not a negated «وشت».
"""

from __future__ import annotations

import threading

from reader.core.search_text import canonical_word

Verb = tuple[str, bool]  # (past stem, negated)


class VerbForms:
    """Canonical verb form -> (past stem, negated), for the stems a lexicon needs: every form
    hazm's conjugation tables give for the verbs (hazm's verb list) with those past stems."""

    def __init__(self) -> None:
        from reader.core.hazm_import import import_hazm

        import_hazm()
        from hazm import Conjugation
        from hazm.utils import verbs_list

        self._conjugation = Conjugation()
        self._by_past: dict[str, list[str]] = {}
        self._by_present: dict[str, str] = {}
        for verb in verbs_list():  # "past#present"
            past, _, present = verb.partition("#")
            if past:
                self._by_past.setdefault(past, []).append(verb)
            if present:
                self._by_present.setdefault(present, past)
        self._forms: dict[str, Verb] = {}
        self._stems: frozenset[str] = frozenset()
        self._lock = threading.Lock()

    def stem_of(self, written: str) -> Verb | None:
        """(past stem, negated) of a verb as written in a cue («گفت»، «ندارد»، «نپذیرفت»), else None."""
        word = written.replace("\u200c", "")
        for negated, body in ((False, word), (True, word[1:] if word.startswith("ن") else "")):
            for prefix in ("", "می"):
                if not body.startswith(prefix):
                    continue
                rest = body[len(prefix):]
                if rest in self._by_past:
                    return rest, negated
                for ending in ("د", "ند", "م", "ی", "یم", "ید"):
                    if rest.endswith(ending) and rest[: -len(ending)] in self._by_present:
                        return self._by_present[rest[: -len(ending)]], negated
        return None

    def need(self, stems: frozenset[str]) -> None:
        """Know every form of these stems (the table grows; it is never rebuilt from scratch)."""
        with self._lock:
            missing = stems - self._stems
            if not missing:
                return
            forms = dict(self._forms)
            for past in missing:
                for verb in self._by_past.get(past, ()):
                    present = verb.partition("#")[2]
                    for form in self._conjugation.get_all(verb):
                        if " " not in form:
                            forms.setdefault(canonical_word(form), (past, _negated(form, past, present)))
            self._forms, self._stems = forms, self._stems | missing

    def lookup(self, token: str) -> Verb | None:
        found = self._forms.get(token)
        if found is None and token.endswith("است") and len(token) > 4:
            found = self._forms.get(token[:-3])  # «گفته‌است» joined by the canonical form
        return found


def _negated(form: str, past: str, present: str) -> bool:
    return form.startswith("ن") and not form.startswith(past) and not (present and form.startswith(present))


_verbs: VerbForms | None = None
_verbs_lock = threading.Lock()


def verb_forms() -> VerbForms:
    """The process's one table (hazm imported on first use); thread-safe."""
    global _verbs
    if _verbs is None:
        with _verbs_lock:
            if _verbs is None:
                _verbs = VerbForms()
    return _verbs
