"""What search knows about Persian words beyond their spelling: lemmas and compounds, from hazm.

Everything here is in the canonical spelling of `search_text` (the index's), so a token from an
article or a query is looked up as it is. The lexicon is built once per process from hazm's own
data — its word list (`words.dat`: word, frequency, parts of speech), its verbs (`verbs.dat`:
past#present stems) conjugated by hazm's `Conjugation`, and the suffixes hazm's `Stemmer` strips
— which takes a few seconds; `shared()` builds it on first use, or loads it in a tenth of that
from a cache file (`use_cache_dir`) written the first time, keyed by hazm's data files.

Lemmas (`Lexicon.lemma`, one per token, what the index's word-forms columns hold) follow hazm's
`Lemmatizer`: a listed word is its own lemma, a verb form has its verb's lemma («میروند»,
«برود», «رفتند» -> «رفت_رو»), otherwise a suffix is stripped, as hazm's `Stemmer` strips it
(the longest of hazm's suffixes; one letter only from a word of four or more), when what is left
is a listed word («کشورهای» -> «کشور»). Two departures, both because hazm's list is written
with ZWNJ and we fold it away: entries hazm lists with no frequency or no part of speech
(participles such as «شده», «کرده», and the spellings without ZWNJ «میشود», «کتابها») give way
to the verb reading and to the stemmer; and a word hazm does not know keeps a plural ending off
(Dari «ولسوالیها» -> «ولسوالی»).

A query word may mean more than one lemma (`Lexicon.lemmas`): a past stem or a participle is
also the verb («داشت» finds «دارد»), and a verb also finds the nouns made of its past stem that
hazm lists as words of their own («گفته», «گفتن»), which the index keeps under their own lemma.

Compounds (`Lexicon.splits`, `Lexicon.joins`): hazm writes compounds with ZWNJ
(«بین‌المللی», «سهمیه‌بندی», «جمع‌آوری»); a writer may put a space there instead. The index keeps
what was written (a space makes two tokens), and a query looks for both spellings.
"""

from __future__ import annotations

import importlib.util
import itertools
import logging
import marshal
import os
import sys
import threading
from collections import Counter
from collections.abc import Iterable
from dataclasses import field
from functools import cached_property
from pathlib import Path

from reader.core.hazm_import import import_hazm
from reader.core.record import Record
from reader.core.search_text import LEMMA_MARK, canonical_word, index_text, joins_across_space
from reader.core.text import ZWNJ

log = logging.getLogger(__name__)

FORMS_VERSION = 1  # raise when lemmas or compounds change for the same hazm data: the index is rebuilt
_PRODUCTIVE = 5  # compounds sharing a part before it counts as productive
_PLURALS = ("هایشان", "هایتان", "هایمان", "هایی", "هایم", "هایت", "هایش", "های", "ها")
# Between the entries of a batch: a token no entry can produce, set apart by line breaks so that
# no suffix or prefix of a neighbour joins it.
_SEPARATOR_TOKEN = "qqqxqqq"
_SEPARATOR = f"\n{_SEPARATOR_TOKEN}\n"


class Lexicon(Record, frozen=False):
    """hazm's words, verbs and compounds in canonical spelling."""

    words: frozenset[str]  # listed words with a frequency and a part of speech
    weak_words: frozenset[str]  # listed without either: a verb reading wins over them
    verbs: dict[str, str]  # verb form (one token) -> lemma «رفت_رو»
    stems: dict[str, str]  # past stem -> lemma, for the query side
    compounds: dict[str, tuple[int, ...]]  # «بینالمللی» -> (3,): where hazm's spelling has ZWNJ
    suffixes: tuple[str, ...]  # hazm's Stemmer's, longest first
    _lemmas: dict[str, str] = field(default_factory=dict, repr=False)

    def lemma(self, token: str) -> str:
        """The one lemma the index keeps for a canonical token (without LEMMA_MARK)."""
        found = self._lemmas.get(token)
        if found is None:
            found = self._lemmas[token] = self._find_lemma(token)
        return found

    def _find_lemma(self, token: str) -> str:
        if token in self.words or not token.isalpha():
            return token
        verb = self.verbs.get(token)
        if verb is not None and (len(token) > 2 or token not in self.weak_words):  # «ای» is no verb
            return verb
        stem = self._stem(token)
        if stem != token and self._listed(stem):
            return stem
        if token in self.weak_words:
            return token
        for plural in _PLURALS:
            if token.endswith(plural) and len(token) - len(plural) >= 2:
                return token[: -len(plural)]
        return token

    def _stem(self, word: str) -> str:
        for suffix in self.suffixes:
            if word.endswith(suffix) and (len(suffix) > 1 or len(word) - 1 >= 3):
                return word[: -len(suffix)]
        return word

    def lemma_text(self, index_text: str) -> str:
        """The word-forms column for an index text: each token's lemma, marked, in the same places."""
        if not index_text:
            return ""
        words = index_text.split(" ")
        found = list(map(self._lemmas.get, words))  # nearly every token was seen before: no Python per token
        if None in found:
            found = [lemma if lemma is not None else self.lemma(word) for word, lemma in zip(words, found)]
        return LEMMA_MARK + (" " + LEMMA_MARK).join(found)

    def index_row(self, title: str, text: str) -> tuple[str, str, str, str]:
        """What the index holds for an article: title and text tokens, and their lemmas."""
        title_tokens, text_tokens = index_text(title), index_text(text)
        return title_tokens, text_tokens, self.lemma_text(title_tokens), self.lemma_text(text_tokens)

    def lemmas(self, word: str) -> tuple[str, ...]:
        """The lemmas whose forms a search for `word` finds: its own, and the verb it may stand for."""
        own = self.lemma(word)
        found = [own]
        verb = self._verb_named_by(word)
        if verb is not None and verb not in found:
            found.append(verb)
        for lemma in list(found):
            found.extend(noun for noun in self._nouns_of(lemma) if noun not in found)
        return tuple(found)

    def _verb_named_by(self, word: str) -> str | None:
        """The verb a past stem, infinitive or participle names, even where hazm lists it as a word."""
        for candidate in (word, word[:-1] if word[-1:] in ("ه", "ن") else None):
            if candidate and candidate in self.stems:
                return self.stems[candidate]
        if word.startswith("ن") and word.endswith("ه") and word[1:-1] in self.stems:
            return self.stems[word[1:-1]]
        return None

    def _nouns_of(self, lemma: str) -> Iterable[str]:
        if LEMMA_MARK not in lemma:
            return ()
        past = lemma.split(LEMMA_MARK)[0]
        return (w for w in (past, past + "ه", past + "ن") if w and w in self.words)

    def _listed(self, word: str) -> bool:
        return word in self.words or word in self.weak_words

    @cached_property
    def _parts(self) -> tuple[frozenset[str], frozenset[str]]:
        """The first and the last parts that many of hazm's compounds share («به», «پیش», «هم»;
        «گیری», «گذاری», «نامه»): a word listed apart may be compounded with them."""
        leads: Counter[str] = Counter()
        heads: Counter[str] = Counter()
        for word, cuts in self.compounds.items():
            leads[word[: cuts[0]]] += 1
            heads[word[cuts[-1] :]] += 1
        return (frozenset(w for w, n in leads.items() if n >= _PRODUCTIVE),
                frozenset(w for w, n in heads.items() if n >= _PRODUCTIVE and len(w) >= 3))

    def _cuts(self, word: str) -> tuple[int, ...]:
        """Where ZWNJ goes in a compound: hazm's spelling of it, or of it without an ending
        («دانشآموزان» is «دانش‌آموز» + «ان»); in a word hazm does not list at all, beside a
        productive part («تصمیمگیری», «بهعنوان»)."""
        cuts = self.compounds.get(word)
        if cuts:
            return cuts
        for suffix in self.suffixes:
            if word.endswith(suffix) and len(word) > len(suffix):
                cuts = self.compounds.get(word[: -len(suffix)])
                if cuts:
                    return cuts
        if self._listed(word):
            return ()  # «ایران» is not «ای» + «ران»
        leads, heads = self._parts
        for size in range(len(word) - 2, 2, -1):
            if word[-size:] in heads and word[:-size] in self.words:
                return (len(word) - size,)
        for size in range(2, len(word) - 2):
            if word[:size] in leads and word[:size] in self.words and word[size:] in self.words:
                return (size,)
        return ()

    def splits(self, word: str) -> tuple[tuple[int, ...], ...]:
        """Places where a compound's parts may be written apart: every way to cut `word` where
        ZWNJ goes («بینالمللی» -> ((3,),))."""
        cuts = self._cuts(word)
        if not cuts:
            return ()
        if len(cuts) > 3:
            return (cuts,)
        return tuple(combo for size in range(1, len(cuts) + 1) for combo in itertools.combinations(cuts, size))

    def joins(self, first: str, second: str) -> bool:
        """Whether «first second», written apart, may be the one word «firstsecond»."""
        if len(first) < 2 or len(second) < 2:
            return False
        if second == "ای":
            return first.endswith("ه") and self._listed(first)
        joined = first + second
        if len(first) in self._cuts(joined):
            return True
        return joined in self.words


# ---------------------------------------------------------------------------------------------
# Building it from hazm


def hazm_data_dir() -> Path:
    """hazm's data folder, found without importing hazm (a second: not for the start-up path)."""
    spec = importlib.util.find_spec("hazm")
    if spec is None:
        raise ModuleNotFoundError("hazm")
    for folder in [*(spec.submodule_search_locations or ()), *([Path(spec.origin).parent] if spec.origin else [])]:
        if (Path(folder) / "data" / "words.dat").exists():
            return Path(folder) / "data"
    import_hazm()
    from hazm.utils import default_words  # an importer that hides its files: ask hazm itself

    return Path(default_words).parent


def data_fingerprint() -> str:
    """What the lexicon is made of: when this changes, the index's lemmas must be made again.
    Cheap: file sizes, no hazm import."""
    folder = hazm_data_dir()
    sizes = ",".join(str((folder / name).stat().st_size) for name in ("words.dat", "verbs.dat"))
    return f"forms {FORMS_VERSION}; hazm data {sizes}"


def _canonical_all(items: list[str]) -> list[str]:
    """canonical_word of each item, in one pass over all of them."""
    return [chunk.strip() for chunk in canonical_word(_SEPARATOR.join(items)).split(_SEPARATOR_TOKEN)]


def build() -> Lexicon:
    import_hazm()
    from hazm.constants import SUFFIXES
    from hazm.lemmatizer import Conjugation

    folder = hazm_data_dir()
    strong: set[str] = set()
    listed: list[str] = []
    for line in (folder / "words.dat").read_text(encoding="utf-8").splitlines():
        word, count, tags = (line.split("\t") + ["", ""])[:3]
        listed.append(word)
        if count.strip() not in ("", "0") and tags.strip() not in ("", "0"):
            strong.add(word)
    canonical = _canonical_all(listed)
    words = {c for w, c in zip(listed, canonical) if w in strong and c and " " not in c}
    weak = {c for c in canonical if c and " " not in c} - words
    compounds = _compounds([w for w in listed if ZWNJ in w])

    verbs: dict[str, str] = {}
    stems: dict[str, str] = {}
    conjugation = Conjugation()
    for line in (folder / "verbs.dat").read_text(encoding="utf-8").splitlines():
        if "#" not in line:
            continue
        past, present = line.strip().split("#")
        lemma = LEMMA_MARK.join(canonical_word(part) for part in (past, present))
        forms = [form for form in conjugation.get_all(line.strip()) if " " not in form]
        for form in _canonical_all(forms):
            if form and " " not in form:
                verbs.setdefault(form, lemma)
        if past:
            stems.setdefault(canonical_word(past), lemma)
    verbs["است"] = LEMMA_MARK + "است"
    suffixes = tuple(sorted({canonical_word(suffix) for suffix in SUFFIXES} - {""}, key=len, reverse=True))
    return Lexicon(frozenset(words), frozenset(weak), verbs, stems, compounds, suffixes)


def _compounds(spelled: list[str]) -> dict[str, tuple[int, ...]]:
    """Compound -> offsets of its ZWNJs in canonical spelling, for the entries whose every part is
    one token and where a space would not already join the parts (`search_text`)."""
    parts_of = [word.split(ZWNJ) for word in spelled]
    flat = _canonical_all([part for parts in parts_of for part in parts])
    found: dict[str, tuple[int, ...]] = {}
    i = 0
    for parts in parts_of:
        canon = flat[i : i + len(parts)]
        i += len(parts)
        if any(not c or " " in c or len(c) < 2 for c in canon):
            continue
        if any(joins_across_space(a, b) for a, b in zip(canon, canon[1:])):
            continue
        cuts = tuple(itertools.accumulate(len(c) for c in canon[:-1]))
        found.setdefault("".join(canon), cuts)
    return found


# ---------------------------------------------------------------------------------------------
# One per process, from a cache file when there is one


def _cache_file(folder: Path) -> Path:
    return folder / f"lexicon-{FORMS_VERSION}-py{sys.version_info[0]}{sys.version_info[1]}.marshal"


def _load(path: Path, fingerprint: str) -> Lexicon | None:
    try:
        data = marshal.loads(path.read_bytes())
        if data.get("fingerprint") != fingerprint:
            return None
        return Lexicon(frozenset(data["words"]), frozenset(data["weak_words"]), data["verbs"], data["stems"],
                       data["compounds"], tuple(data["suffixes"]))
    except FileNotFoundError:
        return None
    except (OSError, EOFError, ValueError, TypeError, KeyError, AttributeError) as exc:
        log.info("lexicon cache %s unusable (%s); building the lexicon again", path, exc)
        return None


def _save(lexicon: Lexicon, path: Path, fingerprint: str) -> None:
    data = {"fingerprint": fingerprint, "words": sorted(lexicon.words), "weak_words": sorted(lexicon.weak_words),
            "verbs": lexicon.verbs, "stems": lexicon.stems, "compounds": lexicon.compounds,
            "suffixes": list(lexicon.suffixes)}
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        # Written whole under another name, then renamed: a reader never sees half a file.
        import tempfile  # only when a cache is written

        handle, temporary = tempfile.mkstemp(prefix=path.name, suffix=".part", dir=path.parent)
        with os.fdopen(handle, "wb") as out:
            out.write(marshal.dumps(data))
        os.replace(temporary, path)
    except OSError as exc:
        log.info("lexicon cache %s not written (%s)", path, exc)


_shared: Lexicon | None = None
_cache_dir: Path | None = None
_lock = threading.Lock()


def use_cache_dir(folder: Path | str | None) -> None:
    """Keep the built lexicon in `folder` (the user's cache folder), so that the next process
    loads it instead of building it. Set by the app and the command line, and handed to workers."""
    global _cache_dir
    _cache_dir = Path(folder) if folder is not None else None


def cache_dir() -> Path | None:
    return _cache_dir


def shared() -> Lexicon:
    """The process's lexicon, loaded or built on first use (import workers, searches, the re-index)."""
    global _shared
    if _shared is None:
        with _lock:
            if _shared is None:
                _shared = _load_or_build()
    return _shared


def _load_or_build() -> Lexicon:
    if _cache_dir is None:
        return build()
    fingerprint = data_fingerprint()
    path = _cache_file(_cache_dir)
    found = _load(path, fingerprint)
    if found is None:
        found = build()
        _save(found, path, fingerprint)
    return found
