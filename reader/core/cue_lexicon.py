"""The cue lexicon: the words that make a sentence a suggested claim or denial.

It is data, not code: the library stores it (storage/cues_repo.py), the user sees and edits it,
and it travels with the tags in a W3C export. Each cue is a phrase written as people write it;
`…` between words lets up to three words stand there («کذب … خواند» matches «این خبر را کذب محض
خواند»). The last word of a phrase, when it is a verb, matches every form of that verb (hazm's
lemmas: «گفت» matches «می‌گویند»، «گفته‌اند»), with its polarity: «تکذیب کرد» does not match «تکذیب
نکرد», and «صحت ندارد» does not match «صحت دارد».

Kinds, and what they do (reader/core/suggestions.py):

  say         a verb of saying or asserting: a claim; the speaker is the subject before it
  source      an attribution («به گفته»، «به گزارش»): a claim; the speaker is the name after it
  deny        a denial verb: a denial; the speaker is the subject before it
  verdict     a verdict on a claim («صحت ندارد»، «بی‌اساس … خواند»): a denial
  reject      «رد کرد»، «نپذیرفت»: a denial, unless what was turned down is a proposal, a request
              or a bill (proposal-word) and no claim is named; a cue without a verb («ضمن رد») or
              in the passive («رد شده است») needs a claim-word («این گزارش … رد شد»)
  claim-word  what a claim is called («ادعا»، «اتهام»، «شایعه»); it suggests nothing by itself
  false-word  what a claim is called when it is denied («بی‌اساس»، «نادرست»، «کذب»): a denial when
              the sentence also names a claim («اتهامات … را بی‌اساس عنوان کرد») or says it is so
              («… دور از حقیقت است»)
  proposal-word  what can be turned down without denying anything («پیشنهاد»، «درخواست»، «لایحه»)
  reaction    «در واکنش به»، «در پاسخ به»: a statement made in reaction to a claim named right after
              (a claim-word within three words) that contradicts it — a negation after the verb of
              saying («… گفت که هیچ … وجود ندارد») — is a denial
  trap        a phrase that looks like a cue and is not («گفت و گو»، «رد پای»): a cue inside it
              does not count
"""

from __future__ import annotations

from dataclasses import dataclass, replace

CLAIM = "claim"
DENIAL = "denial"
ROLES = (CLAIM, DENIAL)
# The tags a new library gives the two roles (schema.DEFAULT_TAGS).
DEFAULT_TAG_NAMES = {CLAIM: "ادعا", DENIAL: "تکذیب"}

SAY, SOURCE, DENY, VERDICT, REJECT, CLAIM_WORD, FALSE_WORD, PROPOSAL_WORD, REACTION, TRAP = (
    "say", "source", "deny", "verdict", "reject", "claim-word", "false-word", "proposal-word", "reaction", "trap")
KINDS_OF_ROLE = {CLAIM: (SAY, SOURCE, TRAP),
                 DENIAL: (DENY, VERDICT, REJECT, CLAIM_WORD, FALSE_WORD, PROPOSAL_WORD, REACTION, TRAP)}
KINDS = (SAY, SOURCE, DENY, VERDICT, REJECT, CLAIM_WORD, FALSE_WORD, PROPOSAL_WORD, REACTION, TRAP)
GAP = "…"


@dataclass(frozen=True, slots=True)
class Cue:
    role: str      # CLAIM or DENIAL
    kind: str      # one of KINDS, allowed for the role (KINDS_OF_ROLE)
    phrase: str    # as written; «…» marks a gap of up to three words
    enabled: bool = True


@dataclass(frozen=True, slots=True)
class Lexicon:
    cues: tuple[Cue, ...]
    enabled_roles: frozenset[str] = frozenset(ROLES)

    def active(self) -> tuple[Cue, ...]:
        """The cues that take part: enabled, of an enabled role."""
        return tuple(c for c in self.cues if c.enabled and c.role in self.enabled_roles)

    def with_role(self, role: str, enabled: bool) -> Lexicon:
        roles = set(self.enabled_roles)
        (roles.add if enabled else roles.discard)(role)
        return replace(self, enabled_roles=frozenset(roles))


def is_valid(cue: Cue) -> bool:
    return cue.role in ROLES and cue.kind in KINDS_OF_ROLE[cue.role] and bool(cue.phrase.replace(GAP, "").strip())


def _cues(role: str, kind: str, phrases: str) -> list[Cue]:
    return [Cue(role, kind, phrase.strip()) for phrase in phrases.split("،")]


# Added to the defaults after the first libraries were made (schema migration 12 adds them there):
# the passive reject, statements in reaction to a claim, more words for a denied claim, a report
# called propaganda or dismissed («مردود دانست»), «مبنی بر رد», «نفی کرد».
ADDED_CUES_9: tuple[Cue, ...] = tuple(
    _cues(DENIAL, REJECT, "رد شد، رد گردید")
    + _cues(DENIAL, REACTION, "در واکنش به، در پاسخ به، در جواب")
    + _cues(DENIAL, CLAIM_WORD, "انتقاد، انتقادات، نگرانی")
    + _cues(DENIAL, FALSE_WORD, "بی‌جا، غیر واقعی، غیرواقعی، واهی، فاقد صحت، عاری از حقیقت، عاری از صحت")
    + _cues(DENIAL, DENY, "نفی کرد")
    + _cues(DENIAL, VERDICT, "دور از حقیقت … دانست، دور از حقیقت … خواند، دور از واقعیت … خواند، "
                             "هیچ مدرکی … وجود ندارد، هیچ سندی … وجود ندارد، هیچ شواهدی … وجود ندارد، "
                             "تبلیغات … خواند، تبلیغات … دانست، تبلیغات … اعلام کرد، پروپاگند … خواند، مردود … خواند، "
                             "مردود … دانست، شواهدی … به دست نیاورد، شواهد … به دست نیاورد")
    + _cues(DENIAL, REJECT, "مبنی بر رد")
)


# Verbs of saying in Iranian and Dari news (Dari: «علاوه کرد»، «اضافه کرد»، «اعلان کرد»، «سخن زد»).
# The defaults a library was first given (schema migration 5); ADDED_CUES_9 came after.
FIRST_CUES: tuple[Cue, ...] = tuple(
    _cues(CLAIM, SAY, "گفت، افزود، اظهار داشت، اظهار کرد، تصریح کرد، تاکید کرد، تاکید ورزید، خاطرنشان کرد، "
                      "خاطر نشان کرد، خاطرنشان ساخت، یادآور شد، یادآوری کرد، عنوان کرد، اعلام کرد، اعلام داشت، "
                      "اعلان کرد، بیان کرد، بیان داشت، توضیح داد، ادامه داد، اضافه کرد، علاوه کرد، مدعی شد، "
                      "ادعا کرد، ادعا شد، هشدار داد، وعده داد، نوشت، خبر داد، گزارش داد، تایید کرد، ابراز … کرد، "
                      "ابراز داشت، پیش‌بینی کرد، معتقد است، معتقد بود، متذکر شد، فاش کرد، اذعان کرد، اذعان داشت، "
                      "تشریح کرد، گفته شد، متهم … کرد، متهم شد، اطمینان داد، ارزیابی کرد، یاد کرد، سخن زد، "
                      "انتقاد کرد، در … گزارش … آمد، در … بیانیه … آمد، در … اطلاعیه … آمد، در … نامه … آمد، "
                      "گزارش … نشان داد")
    + _cues(CLAIM, SOURCE, "به گفته، به گزارش، به نقل از، به نوشته، به ادعای، به اعتقاد، به باور، "
                           "طبق گزارش، بنا بر گزارش، بر اساس … گزارش، براساس … گزارش، بر اساس … نظرسنجی، "
                           "بر بنیاد … گزارش، طبق ادعای، به استناد")
    # «به گزارش خبرنگار/خبرگزاری …» is how an agency dates its own news, not an attribution.
    + _cues(CLAIM, TRAP, "گفت و گو، گفت وگو، به گزارش خبرنگار، به گزارش خبرگزاری، به گزارش گروه، "
                         "به گزارش سرویس")
    + _cues(DENIAL, DENY, "تکذیب کرد، تکذیب نمود، تکذیب شد، تکذیب، انکار کرد")
    + _cues(DENIAL, VERDICT, "بی‌اساس … خواند، بی‌اساس … دانست، نادرست … خواند، نادرست … دانست، "
                             "کذب … خواند، کذب … دانست، دروغ … خواند، دروغ … دانست، شایعه … خواند، "
                             "شایعه … دانست، بی‌پایه … خواند، بی‌پایه … دانست، بی‌بنیاد … خواند، "
                             "بی‌بنیاد … دانست، ساختگی … خواند، جعلی … خواند، خلاف واقع … خواند، "
                             "خلاف واقعیت … دانست، دور از واقعیت … دانست، صحت ندارد، واقعیت ندارد، "
                             "حقیقت ندارد، بنیاد ندارد، اساس ندارد، کذب محض، دروغ محض، بی‌اساس است، "
                             "نادرست است، دروغ است، کذب است، شایعه است، شایعه بود، درست نیست، صحیح نیست، "
                             "دروغ بودن، کذب بودن")
    + _cues(DENIAL, REJECT, "رد کرد، رد نمود، نپذیرفت، ضمن رد، با رد")
    + _cues(DENIAL, CLAIM_WORD, "ادعا، اتهام، اتهامات، گزارش، گزارشات، خبر، اخبار، شایعه، شایعات، "
                                "اظهارات، سخنان، ادعاها، گفته، گفته‌ها")
    + _cues(DENIAL, FALSE_WORD, "بی‌اساس، بی‌پایه، بی‌بنیاد، نادرست، کذب، دروغ، دروغین، ساختگی، جعلی، "
                                "خلاف واقع، خلاف واقعیت، دور از واقعیت، دور از حقیقت")
    + _cues(DENIAL, PROPOSAL_WORD, "پیشنهاد، پیشنهادات، درخواست، تقاضا، لایحه، طرح، دعوت، استعفا، صلاحیت، "
                                   "قرارداد، قطعنامه، شکایت، رشوه، توافق، تهدید")
    + _cues(DENIAL, TRAP, "رد پا، رد پای، رد شدن، رد یابی")
)
DEFAULT_CUES: tuple[Cue, ...] = FIRST_CUES + ADDED_CUES_9

DEFAULT_LEXICON = Lexicon(DEFAULT_CUES)
