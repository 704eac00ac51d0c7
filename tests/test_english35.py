"""English questions of three kinds: a body or place abroad (by acronym or country) and who may use the title there;
why social workers leave, asked as a paper's title; and how to draw people into social work and keep them."""

from __future__ import annotations

import pytest

from bot.core.replies import Outcome
from tests.helpers import Ask, answered, values

ABROAD = [
    "who regulates the title social worker in Singapore",
    "who can use the title social worker according to SASW",
    "what power does BASW have over unregistered social workers",
    "does AASW have authority over people who are not registered",
    "title protection for social workers in New Zealand",
    "ANZASW disciplinary powers",
    "what authority does Social Work England have over unregistered practitioners",
    "does CASW regulate social workers in Canada",
    "HCPC title protection social worker",
    "who can call themselves a social worker in Ireland",
    "is the title social worker protected in Scotland",
]
LEAVING = [  # as papers title it
    "Why do they leave? Modeling turnover intentions of social workers in China",
    "predictors of turnover intention among social workers: evidence from China",
    "organizational and occupational factors of social workers' intentions to leave",
    "factors influencing social workers' turnover",
]
DRAWING_AND_KEEPING = [
    "how to attract more people to social work",
    "how do you improve the numbers entering and staying in social work",
    "how to keep social workers in the profession",
    "what can be done to attract and keep social workers",
    "how to attract young graduates into social work",
]
UNMOVED = [  # the new words leave questions about the mainland where they were
    ("how can social workers improve their pay", "pay"),
    ("can I call myself a social worker without the certificate", "work-without-certificate"),
    ("a study of social work exam difficulty", "exam-difficulty"),
]


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        *((q, "outside-mainland") for q in ABROAD),
        *((q, "why-people-leave") for q in LEAVING),
        *((q, "close-talent-gap") for q in DRAWING_AND_KEEPING),
        *UNMOVED,
    ],
)
def test_each_kind_gets_its_entry(ask: Ask, question: str, entry: str) -> None:
    assert answered(ask(question)) == entry


@pytest.mark.parametrize("question", ["who regulates social workers", "who can use the title social worker"])
def test_who_regulates_asked_of_no_place_is_declined_never_a_mainland_entry(ask: Ask, question: str) -> None:
    reply = ask(question)
    assert reply.outcome is Outcome.DECLINED and answered(reply) is None, reply.text
    assert "outside-mainland" in values(reply)  # the systems abroad offered beside
