"""Personal data people type into a question, replaced by a placeholder before anything is stored or logged.

Pure functions, no Telegram. Recognised: mainland mobile numbers (1[3-9] and nine more digits, with an optional +86,
86 or 0086 and spaces or dashes anywhere), 18-character resident ID-card numbers (region, birth date, sequence, a
check character that may be X), e-mail addresses, and bank-card numbers (16 to 19 digits, maybe grouped by spaces or
dashes). Ordinary numbers in questions (2023年, 1500元, 72学时, 第3级) are left alone: every pattern needs a long
run of digits or an @.

The journal receives a question as asked, but a follow-up as the engine read it (normalised: punctuation becomes
spaces, letters lower case), and rows written before session 4 hold normalised text; there an e-mail address reads
`zhang san example com`, so `redact_normalised` also recognises that shape (two to four word tokens ending in com,
cn, net, org, edu or gov), at the cost of sometimes taking a word too many before the address.
"""

from __future__ import annotations

import re

PHONE = "[手机号]"
ID_CARD = "[身份证号]"
EMAIL = "[邮箱]"
BANK_CARD = "[银行卡号]"

_SEP = r"[ \t\-]?"  # one space or dash between digit groups
_EMAIL_RE = re.compile(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}")
# The same address after normalisation: `zhang san example com`, `12345 qq com`, `li 163 com cn`.
_SUFFIXES = "com|cn|net|org|edu|gov"
_NORMALISED_EMAIL_RE = re.compile(
    rf"(?<![A-Za-z0-9])[A-Za-z0-9_]+(?: [A-Za-z0-9_]+){{1,3}} (?:{_SUFFIXES})(?: (?:cn|hk|tw|uk))?(?![A-Za-z0-9])",
    re.IGNORECASE,
)
_ID_CARD_RE = re.compile(
    r"(?<![0-9A-Za-z])[1-9]\d{5}(?:18|19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}[0-9Xx](?![0-9A-Za-z])"
)
_BANK_CARD_RE = re.compile(rf"(?<![0-9])\d(?:{_SEP}\d){{15,18}}(?![0-9])")
_PHONE_RE = re.compile(rf"(?<![0-9+])(?:(?:\+|00)?86{_SEP})?1{_SEP}[3-9](?:{_SEP}\d){{9}}(?![0-9])")


def redact(text: str) -> str:
    """`text` with every mobile number, ID-card number, e-mail address and bank-card number replaced by a
    placeholder naming what was there."""
    text = _EMAIL_RE.sub(EMAIL, text)
    text = _ID_CARD_RE.sub(ID_CARD, text)
    text = _BANK_CARD_RE.sub(BANK_CARD, text)
    return _PHONE_RE.sub(PHONE, text)


def redact_normalised(text: str) -> str:
    """`redact` for a question as the engine normalised it, where an e-mail address has lost its @ and dots."""
    return _NORMALISED_EMAIL_RE.sub(EMAIL, redact(text))
