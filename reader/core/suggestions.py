"""Suggested claims and denials: cue matching on an article's sentences.

The reader points, the researcher decides: each suggestion is one sentence (widened to the end of
a quotation that a cue opens, «… گفت: «…. …»»), the role it suggests (claim or denial), a score,
the cue phrases that fired, and the speaker where the sentence names one. Nothing here touches
the library; services/suggestions.py turns suggestions into annotations when accepted.

Sentences come from `words.sentence_spans` (hazm + our sentence rules); words are the canonical
tokens of `search_text` (letter variants, ZWNJ and «می …» joined), and verbs are recognised by
hazm's verb list and conjugation tables (`verb_forms`), so every inflection of a cue verb counts.
Rules, in order:

* a trap («گفت و گو») cancels the cues inside it;
* a verb cue matches only with its own polarity («نگفت»، «تأیید نکرد» are no claims; «صحت ندارد»
  is a denial and «صحت دارد» is not); a noun cue followed by a negated light verb («تکذیب نشد»)
  does not count;
* a reject cue («رد کرد») is a denial unless what was turned down is a proposal (proposal-word)
  and no claim (claim-word) is named outside the other cues; «ضمن رد» and the passive «رد شد»
  need a claim-word;
* a false-word is a denial when a claim-word is named or when it is said to be so («… دور از
  حقیقت است»);
* a statement in reaction to a named claim («در واکنش به گزارش …، گفت که هیچ … وجود ندارد»)
  that contradicts it — a negation after the verb of saying — is a denial;
* direct speech after a colon («X: «…»») and digest lines («- X: …») are claims without a verb;
* a denial beats a claim: a sentence that reports a statement and a denial is one denial.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import NamedTuple

from reader.core import cue_lexicon as lx
from reader.core.search_text import Token, canonical_word, tokens
from reader.core.verb_forms import VerbForms, verb_forms

_GAP_WORDS = 3
# Light verbs after a noun cue: «تکذیب نشد» negates «تکذیب».
_LIGHT_STEMS = frozenset(("کرد", "شد", "نمود", "گردید", "داشت", "ساخت"))
_PRONOUNS = frozenset(canonical_word(w) for w in "وی او ایشان آنها آنان اینها ایشان‌ها آن این".split())
# Words that end a speaker's name (prepositions, time words, demonstratives, conjunctions).
_SPEAKER_STOPS = frozenset(canonical_word(w) for w in (
    "در با از به برای روز امروز دیروز شامگاه بامداد صبح عصر ظهر شب که را نیز هم همچنین ضمن پس پیش طی "
    "این آن چنین هرگونه تا بر درباره طبق بنابر اما ولی هنوز بارها همواره روزها اخیرا اخیراً قبل بعد "
    "دوشنبه سه‌شنبه چهارشنبه پنجشنبه جمعه شنبه یکشنبه").split())
# Adverbs a clause may open with before its subject («پیش‌تر یک رسانه محلی … مدعی شده بود»).
_LEADING_ADVERBS = frozenset(canonical_word(w) for w in (
    "پیش‌تر پیشتر سپس همچنین اکنون هم‌اکنون همزمان بعدا بعداً قبلا قبلاً سرانجام").split())
_SPEAKER_BREAK = re.compile(r"[،,:؛;«»\"()\[\].!?؟]")
_SCORES = {lx.VERDICT: 0.9, lx.DENY: 0.9, lx.REJECT: 0.8, lx.FALSE_WORD: 0.8, lx.SAY: 0.75, lx.REACTION: 0.7,
           lx.SOURCE: 0.6}
# A reject cue in the passive («این گزارش رد شد») says nothing of what was rejected: it needs a claim-word.
_PASSIVE_STEMS = frozenset(("شد", "گردید"))
# Verbs whose negated forms contradict what a claim says («وجود ندارد»، «صورت نگرفته»، «اجازه نمی‌دهد»);
# known to the verb tables so that their polarity is read.
_NEGATION_STEMS = frozenset(("داشت", "کرد", "شد", "بود", "داد", "گرفت", "نمود", "گردید", "دید", "آمد", "رفت",
                             "یافت", "توانست"))
_NEGATION_WORDS = frozenset(canonical_word(w) for w in "نیست نیستند نیستیم نیستم نبود نبوده نبودند هرگز".split())
_REACTION_REACH = 3  # the claim a reaction answers is named within this many words after it


@dataclass(frozen=True, slots=True)
class Suggestion:
    role: str                 # cue_lexicon.CLAIM or DENIAL
    start: int                # code points into the article text, end exclusive
    end: int
    score: float              # 0–1
    cues: tuple[str, ...]     # the cue phrases that fired, as written in the lexicon
    speaker: str | None       # as written in the text


def preload() -> None:
    """Import hazm and build the verb tables of the default lexicon; thread-safe, idempotent."""
    from reader.core import words

    words.preload()
    verb_forms().need(_compile(lx.DEFAULT_LEXICON).stems)


# ---------------------------------------------------------------------------------------------
# Compiled cues


@dataclass(frozen=True, slots=True)
class _Word:
    surfaces: frozenset[str]           # canonical forms a noun may take
    stem: str | None = None            # a verb: its past stem ...
    negated: bool = False              # ... and polarity


@dataclass(frozen=True, slots=True)
class _Pattern:
    cue: lx.Cue
    parts: tuple[tuple[_Word, ...], ...]  # runs of words, with a gap of up to _GAP_WORDS between runs


@dataclass(frozen=True, slots=True)
class _Compiled:
    patterns: tuple[_Pattern, ...]
    stems: frozenset[str]
    # (noun, verb stem) of two-word cues, which people sometimes type as one word («اظهارداشت»)
    preverbs: frozenset[tuple[str, str]]
    after_be: frozenset[str]  # the word after «به» in a cue («گفته»), sometimes glued to it («بهگفته»)
    # The patterns a token can start, by its surface form or by "#" + its verb stem.
    starts: dict[str, tuple[_Pattern, ...]] = field(default_factory=dict)
    # canonical token -> the tokens it stands for (a glued «اظهارداشت» stands for two), filled as met
    tokens: dict[str, tuple[tuple[str, str | None, bool], ...]] = field(default_factory=dict)


_compiled: dict[lx.Lexicon, _Compiled] = {}


def _noun(word: str, trap: bool) -> _Word:
    if trap:
        return _Word(frozenset((word,)))
    return _Word(frozenset((word, word + "ی", word + "ای", word + "یی", word + "ها", word + "های", word + "هایی")))


def _compile(lexicon: lx.Lexicon) -> _Compiled:
    found = _compiled.get(lexicon)
    if found is not None:
        return found
    verbs = verb_forms()
    patterns, stems, preverbs, after_be = [], set(), set(), set()
    for cue in lexicon.active():
        parts = []
        pieces = [piece for piece in cue.phrase.split(lx.GAP)]
        for number, piece in enumerate(pieces):
            written = piece.split()
            if number == 0 and len(written) > 1 and canonical_word(written[0]) == "به":
                after_be.add(canonical_word(written[1]))
            words = []
            for index, word in enumerate(written):
                canonical = canonical_word(word)
                if not canonical:
                    continue
                last = number == len(pieces) - 1 and index == len(written) - 1
                verb = verbs.stem_of(word) if last and cue.kind != lx.TRAP else None
                if verb is not None:
                    stems.add(verb[0])
                    words.append(_Word(frozenset((canonical,)), verb[0], verb[1]))
                else:
                    words.append(_noun(canonical, cue.kind == lx.TRAP))
            if words:
                parts.append(tuple(words))
                if len(words) > 1 and words[-1].stem is not None:
                    preverbs.add((canonical_word(written[-2]), words[-1].stem))
        if parts:
            patterns.append(_Pattern(cue, tuple(parts)))
    starts: dict[str, list[_Pattern]] = {}
    for pattern in patterns:
        first = pattern.parts[0][0]
        for key in (("#" + first.stem,) if first.stem is not None else first.surfaces):
            starts.setdefault(key, []).append(pattern)
    result = _Compiled(tuple(patterns), frozenset(stems | _LIGHT_STEMS | _NEGATION_STEMS), frozenset(preverbs),
                       frozenset(after_be),
                       {key: tuple(found) for key, found in starts.items()})
    verbs.need(result.stems)
    if len(_compiled) > 16:
        _compiled.clear()
    _compiled[lexicon] = result
    return result


# ---------------------------------------------------------------------------------------------
# Matching


class _Token(NamedTuple):  # made for every word of every article: a tuple is the cheapest object
    text: str
    start: int
    end: int
    stem: str | None
    negated: bool


@dataclass(frozen=True, slots=True)
class _Match:
    cue: lx.Cue
    first: int  # token indexes, inclusive
    last: int
    negated: bool
    verb: bool = False  # the cue ends in a verb («رد کرد», not «ضمن رد»)
    passive: bool = False  # ... in the passive («رد شد»)


def _word_matches(word: _Word, token: _Token) -> bool | None:
    """True: matches with the cue's polarity; False: the opposite polarity; None: no match."""
    if word.stem is not None:
        if token.stem != word.stem:
            return None
        return token.negated == word.negated
    return True if token.text in word.surfaces else None


def _match_at(pattern: _Pattern, sentence: list[_Token], at: int) -> _Match | None:
    i, polarity = at, True
    for number, run in enumerate(pattern.parts):
        if number:
            for skip in range(_GAP_WORDS + 1):
                if i + skip < len(sentence) and _word_matches(run[0], sentence[i + skip]) is not None:
                    i += skip
                    break
            else:
                return None
        for word in run:
            if i >= len(sentence):
                return None
            result = _word_matches(word, sentence[i])
            if result is None:
                return None
            polarity = polarity and result
            i += 1
    last = i - 1
    if pattern.parts[-1][-1].stem is None and last + 1 < len(sentence):
        after = sentence[last + 1]  # «تکذیب نشد»: the light verb after a noun cue
        if after.stem in _LIGHT_STEMS and after.negated:
            polarity = False
    stem = pattern.parts[-1][-1].stem
    return _Match(pattern.cue, at, last, not polarity, stem is not None, stem in _PASSIVE_STEMS)


def _matches(compiled: _Compiled, sentence: list[_Token]) -> list[_Match]:
    found = []
    starts = compiled.starts
    for at, token in enumerate(sentence):
        candidates = starts.get(token.text, ())
        if token.stem is not None:
            candidates += starts.get("#" + token.stem, ())
        for pattern in candidates:
            match = _match_at(pattern, sentence, at)
            if match is not None:
                found.append(match)
    traps = [m for m in found if m.cue.kind == lx.TRAP]
    found = [m for m in found if m.cue.kind != lx.TRAP
             and not any(t.first <= m.last and m.first <= t.last for t in traps)]
    # A cue inside a longer one of the same role says nothing more («تکذیب» in «تکذیب کرد»).
    return [m for m in found if not any(
        o is not m and o.cue.role == m.cue.role and o.first <= m.first and m.last <= o.last
        and (o.last - o.first, o.cue.phrase) > (m.last - m.first, m.cue.phrase) for o in found)]


# ---------------------------------------------------------------------------------------------
# Speakers


def _speaker_after(text: str, sentence: list[_Token], match: _Match) -> str | None:
    """«به گفته X،» -> X."""
    return _name(text, sentence, match.last + 1, len(sentence))


def _speaker_before(text: str, sentence: list[_Token], match: _Match, sources: list[_Match],
                    objects: frozenset[int]) -> str | None:
    """The subject at the start of the clause, before the verb: «X، سخنگوی Y، گفت» -> X; it ends
    where what is denied begins («وزارت گزارش … را تکذیب کرد», `objects`)."""
    begin = 0
    for source in sources:  # «به گزارش فارس، X گفت»: the subject follows the attribution
        if source.first == 0:
            begin = source.last + 1
            while begin < match.first and not _SPEAKER_BREAK.search(text, sentence[begin - 1].end,
                                                                    sentence[begin].start):
                begin += 1
    limit = match.first + 1 if match.cue is _COLON_CUE else match.first  # «خرازی: …»: the word before the colon
    return _name(text, sentence, begin, limit, objects)


def _name(text: str, sentence: list[_Token], begin: int, limit: int, objects: frozenset[int] = frozenset()) -> str | None:
    while begin < limit and sentence[begin].text in _LEADING_ADVERBS:
        begin += 1
    last = None
    for i in range(begin, min(limit, begin + 6)):
        token = sentence[i]
        if token.text in _SPEAKER_STOPS or token.stem is not None or token.text.isdigit() or i in objects:
            break
        if i > begin and _SPEAKER_BREAK.search(text, sentence[i - 1].end, token.start):
            break
        last = i
    if last is None:
        return None
    if last == begin and sentence[begin].text in _PRONOUNS:
        return None
    return text[sentence[begin].start:sentence[last].end]


# ---------------------------------------------------------------------------------------------
# Sentences


def _quote_end(text: str, sentence_start: int, sentence_end: int, limit: int) -> int:
    """Where a quotation opened in this sentence closes, when that is after the sentence
    («…» and “…” nest; a straight " opens and closes in turn)."""
    depth, straight = 0, False
    for ch in text[sentence_start:sentence_end]:
        if ch in "«“":
            depth += 1
        elif ch in "»”" and depth:
            depth -= 1
        elif ch == '"':
            straight = not straight
    if not depth and not straight:
        return sentence_end
    close = sentence_end
    while (depth or straight) and close < limit:
        ch = text[close]
        if ch in "«“":
            depth += 1
        elif ch in "»”" and depth:
            depth -= 1
        elif ch == '"' and straight:
            straight = False
        close += 1
    if depth or straight:
        return sentence_end
    while close < limit and text[close] in ".!?؟":
        close += 1
    return close


# Direct speech without a verb of saying: «X، باشنده کابل نگران است: «…»» or a digest line
# «- خرازی: …»; the words before the colon name the speaker.
_COLON_CUE = lx.Cue(lx.CLAIM, lx.SAY, ": «…»")
_SPEECH_AFTER_COLON = re.compile(r"[:：]\s*[«“\"]")
_BULLET_ATTRIBUTION = re.compile(r"\s*[-–*•]\s*[^:：\d\n]{2,40}[:：]\s*\S")


def _colon_attribution(text: str, start: int, end: int, sentence: list[_Token]) -> _Match | None:
    found = _SPEECH_AFTER_COLON.search(text, start, end)
    if found is None:
        bullet = _BULLET_ATTRIBUTION.match(text, start, end)
        if bullet is None or len(text[start:bullet.end()].split()) > 6:
            return None
        colon = bullet.end() - 1
        while text[colon] not in ":：":
            colon -= 1
    else:
        colon = found.start()
    before = [i for i, token in enumerate(sentence) if token.end <= colon]
    return _Match(_COLON_CUE, before[-1], before[-1], False, True) if before else None


def _paragraph_end(text: str, at: int) -> int:
    found = text.find("\n\n", at)
    return len(text) if found < 0 else found


def _suggest(text: str, sentence: list[_Token], matches: list[_Match], start: int, end: int) -> Suggestion | None:
    live = [m for m in matches if not m.negated]
    nouns = (lx.CLAIM_WORD, lx.FALSE_WORD, lx.PROPOSAL_WORD)
    others = [m for m in live if m.cue.kind not in nouns]

    def named(kind: str) -> list[_Match]:  # nouns of that kind outside the other cues
        return [w for w in live if w.cue.kind == kind
                and not any(o.first <= w.last and w.first <= o.last for o in others)]

    claim_words, named_proposal = named(lx.CLAIM_WORD), bool(named(lx.PROPOSAL_WORD))
    denials = [m for m in others if m.cue.kind in (lx.DENY, lx.VERDICT) or (
        m.cue.kind == lx.REJECT and (bool(claim_words) or (m.verb and not m.passive and not named_proposal)))]
    # «اتهامات … را بی‌اساس عنوان کرد»: a claim called false; «… دور از حقیقت است»: said to be false
    denials += [w for w in named(lx.FALSE_WORD) if _called_false(sentence, w, claim_words)]
    reactions = [m for m in others if m.cue.kind == lx.REACTION]
    # «در واکنش به گزارش …» holds no attribution «به گزارش …»
    claims = [m for m in others if m.cue.kind == lx.SAY or m.cue.kind == lx.SOURCE and not any(
        r.first <= m.last and m.first <= r.last for r in reactions)]
    if not denials:
        # («در واکنش به گزارش»: the «به گزارش» of an attribution does not hide the claim-word)
        denials = _contradicting(sentence, reactions, [w for w in live if w.cue.kind == lx.CLAIM_WORD], claims)
    fired = denials or claims
    if not fired:
        return None
    role = lx.DENIAL if denials else lx.CLAIM
    sources = [m for m in claims if m.cue.kind == lx.SOURCE]
    # The subject of the verb first («به گزارش فارس، وارسته … گفت» -> وارسته); the name after an
    # attribution when no verb names one («به گفته محمد احمدی، …»).
    verbs = [m for m in fired if m.cue.kind not in (lx.SOURCE, lx.REACTION, lx.FALSE_WORD)]
    objects = frozenset(i for w in claim_words for i in range(w.first, w.last + 1))
    speaker = _speaker_before(text, sentence, verbs[0], sources + reactions, objects) if verbs else None
    for source in sources:
        speaker = speaker or _speaker_after(text, sentence, source)
    cues = tuple(dict.fromkeys(m.cue.phrase for m in sorted(denials + claims, key=lambda m: m.first)))
    score = max(_SCORES[m.cue.kind] for m in fired)
    score += 0.05 * (speaker is not None) + 0.05 * (len(cues) > 1)
    return Suggestion(role, start, end, round(min(score, 1.0), 2), cues, speaker)


_SPACED_PREFIXES = frozenset(("بی", "نا"))  # «بی اساس»، «نا درست» typed with a space


# After a false-word right behind its claim-word, what makes it a verdict («گزارش نادرست است»)
# rather than a description («گزارش‌های دروغین منتشر کرد»، «این اخبار دروغ باشد»).
_PREDICATES = frozenset(canonical_word(w) for w in "است اند بود بوده بودند هست هستند می‌باشد می‌باشند".split())
_CALLING_STEMS = frozenset(("خواند", "دانست"))


def _called_false(sentence: list[_Token], word: _Match, claim_words: list[_Match]) -> bool:
    """Whether a false-word denies: said of a claim named elsewhere in the sentence, or a verdict —
    the predicate after it («… نادرست است»، «… را بی‌اساس خواند»)."""
    if any(c.first <= word.last and word.first <= c.last for c in claim_words):
        return False
    after = sentence[word.last + 1] if word.last + 1 < len(sentence) else None
    verdict = after is not None and (after.text in _PREDICATES or after.stem in _CALLING_STEMS)
    if claim_words and not any(c.last + 1 == word.first for c in claim_words):
        return True
    return verdict


def _contradicting(sentence: list[_Token], reactions: list[_Match], claim_words: list[_Match],
                   claims: list[_Match]) -> list[_Match]:
    """A statement made in reaction to a claim named right after the reaction («در واکنش به گزارش …»)
    that says the opposite — a negation after its verb of saying: the reaction and the verb."""
    for reaction in reactions:
        if not any(reaction.last < c.first <= reaction.last + _REACTION_REACH for c in claim_words):
            continue
        for verb in claims:
            said = sentence[verb.last + 1:]
            if verb.cue.kind == lx.SAY and verb.first > reaction.last and (
                    any(t.negated or t.text in _NEGATION_WORDS or t.text.startswith("هیچ") for t in said)
                    or sum(t.text == "نه" for t in said) > 1):  # «نه … بوده و نه …»
                return [verb, reaction]
    return []


def _add_token(sentence: list[_Token], token: Token, verbs: VerbForms, compiled: _Compiled) -> None:
    if sentence and sentence[-1].text in _SPACED_PREFIXES and sentence[-1].end < token.start:
        prefix = sentence.pop()
        token = Token(prefix.text + token.text, prefix.start, token.end)
    known = compiled.tokens.get(token.text)
    if known is None:
        if len(compiled.tokens) > 200_000:
            compiled.tokens.clear()
        known = compiled.tokens[token.text] = _token_parts(token.text, verbs, compiled)
    sentence.extend(_Token(text, token.start, token.end, stem, negated) for text, stem, negated in known)


def _token_parts(text: str, verbs: VerbForms, compiled: _Compiled) -> tuple[tuple[str, str | None, bool], ...]:
    """What one canonical token stands for: itself (a verb or not), or a preverb and a verb typed
    without their space («اظهارداشت»), or a verb with «که» glued on («علاوه کردکه»)."""
    verb = verbs.lookup(text)
    if verb is not None:
        return ((text, *verb),)
    for prefix in ("به", "ب"):  # «بهگفته»، «بگفته»: «به گفته» typed without its space
        if text.startswith(prefix) and text[len(prefix):] in compiled.after_be:
            return (("به", None, False), (text[len(prefix):], None, False))
    if text.endswith("که") and (glued := verbs.lookup(text[:-2])):
        return ((text[:-2], *glued), ("که", None, False))
    for cut in range(2, len(text) - 1):  # only into a whole cue: «سخنگوی» is no «سخن گفت»
        glued = verbs.lookup(text[cut:])
        if glued is not None and (text[:cut], glued[0]) in compiled.preverbs:
            return ((text[:cut], None, False), (text[cut:], *glued))
    return ((text, None, False),)


def suggest(text: str, lexicon: lx.Lexicon = lx.DEFAULT_LEXICON,
            sentences: Iterable[tuple[int, int]] | None = None) -> list[Suggestion]:
    """The suggestions of one article's text, in text order (hazm is loaded on first use)."""
    from reader.core.words import sentence_spans

    compiled = _compile(lexicon)
    verbs = verb_forms()
    spans = list(sentences) if sentences is not None else list(sentence_spans(text))
    all_tokens = tokens(text)
    result: list[Suggestion] = []
    covered = 0
    index = 0
    for start, end in spans:
        while index < len(all_tokens) and all_tokens[index].start < start:
            index += 1
        sentence: list[_Token] = []
        while index < len(all_tokens) and all_tokens[index].end <= end:
            _add_token(sentence, all_tokens[index], verbs, compiled)
            index += 1
        if start < covered or not sentence:
            continue
        matches = _matches(compiled, sentence)
        if lx.CLAIM in lexicon.enabled_roles and not any(m.cue.kind in (lx.SAY, lx.SOURCE) for m in matches):
            colon = _colon_attribution(text, start, end, sentence)
            if colon is not None:
                matches.append(colon)
        if not matches:
            continue
        stop = _quote_end(text, start, end, _paragraph_end(text, end))
        suggestion = _suggest(text, sentence, matches, start, stop)
        if suggestion is not None:
            result.append(suggestion)
            covered = stop
    return result
