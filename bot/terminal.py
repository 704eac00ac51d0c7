"""A terminal conversation on the same replies the Telegram bot sends: numbered choices stand in for buttons."""

from __future__ import annotations

import re
import sys
from collections.abc import Callable
from dataclasses import replace

from bot.core import wording
from bot.core.answerer import Answerer
from bot.core.conversation import Threads
from bot.core.replies import Action, Button, Reply
from bot.core.text import is_traditional, to_traditional
from bot.journal.recorder import Recorder
from bot.journal.stats import reload_text
from bot.journal.store import Asker
from bot.service import KnowledgeService

_NUMBER_RE = re.compile(r"[+-]?\d+(?:\.\d*)?")  # what reads as a number, whether or not it is a choice
START_WORDS = {"/start", "start", "开始", "開始"}
TOPIC_WORDS = {"话题", "話題", "topics", "/topics", "目录", "菜单"}
HELP_WORDS = {"帮助", "幫助", "help", "/help", "?", "？"}
ABOUT_WORDS = {"来源", "來源", "about", "/about"}
CHECK_WORDS = {"/check", "check", "自测", "自測"}
CHECK_WITH_DETAILS = {"/check", "自测", "自測"}  # before details the self-check starts with (/check 本科 社工专业)
_BOT_NAMED_RE = re.compile(r"(?<=^/)(\w+)@\w+$")  # a command addressed to the bot by name (/check@shegong_faq_bot)
_COMMAND_RE = re.compile(r"/[a-z0-9_]+")  # what Telegram reads as a command (/stats), by its name
QUIT_WORDS = {"退出", "exit", "quit", "/quit", "bye", "再见", "再見", "拜拜"}
_FEEDBACK = (Action.HELPFUL, Action.UNHELPFUL)
MAX_CHECK_WORD = 4  # in the self-check, a line this short that names no choice (不知道) is a slip, not a question
_YEARS_RE = re.compile(r"(\d+)年")  # the self-check's choices of years are labelled 0年, 1年, …, 6年及以上
TERMINAL = "terminal"  # the one conversation a terminal holds
ASKER = Asker(TERMINAL, 0)  # its one pseudo user, for the journal (which hashes the id like any other)
UNRECORDED = Recorder(None)  # a recorder without a journal: the chat keeps none unless given one
_COMMAND_WORDS = START_WORDS | TOPIC_WORDS | HELP_WORDS | ABOUT_WORDS | CHECK_WORDS


def render(reply: Reply) -> tuple[str, list[Button]]:
    """A reply as terminal text, and the choices its numbers stand for (the self-check's years are typed as years,
    so they are listed without numbers)."""
    choices = [b for row in reply.buttons for b in row if b.action not in _FEEDBACK]
    lines = [reply.text]
    if _years_of(choices):
        typed = wording.CHECK_YEARS_CHOICES.format(labels=wording.LIST_SEPARATOR.join(b.label for b in choices))
        lines.append(to_traditional(typed) if reply.traditional else typed)
    else:
        lines += [f"  {number}. {button.label}" for number, button in enumerate(choices, start=1)]
    return "\n".join(lines), choices


def read_line(prompt: str) -> str:
    """A line typed after the prompt; a piped line is echoed after it, so prompt and reply never share a line."""
    if sys.stdin.isatty():
        return input(prompt)
    line = input()
    print(prompt + line)
    return line


Reload = Callable[[], tuple[Answerer, str] | None]  # the answerer after an edit to knowledge/, and what it changed


def reloaded(service: KnowledgeService) -> tuple[Answerer, str] | None:
    """When a knowledge file changed since the last load, the service reloaded as Telegram's reload job does: its
    answerer (the old one when the edit does not validate) and what /reload would say; else None."""
    if not service.changed():
        return None
    said = reload_text(service.reload())
    return service.answerer, said


def chat(
    answerer: Answerer,
    read: Callable[[str], str] = read_line,
    write: Callable[[str], None] = print,
    recorder: Recorder = UNRECORDED,
    reload: Reload = lambda: None,
) -> None:
    """Runs the conversation until the user quits, Ctrl-D or Ctrl-C; `recorder` journals it as Telegram's does, and
    `reload` before each line puts an edit to knowledge/ in service, saying so, as Telegram's reload job does."""
    greeting = answerer.welcome()
    write(greeting.text.rsplit("\n", 1)[0])
    write(wording.TERMINAL_HOW_TO)
    shown = Reply("")  # the last reply: its numbered choices, and the script their replies keep
    threads = Threads()  # this conversation's last answered question, for reading follow-ups (那台州呢)
    while True:
        try:
            line = read(wording.TERMINAL_PROMPT).strip()
        except (EOFError, KeyboardInterrupt):
            write("\n" + _goodbye(shown.traditional))
            return
        if not line:
            continue
        if (fresh := reload()) is not None:
            answerer, said = fresh
            write(said)
        reply = _reply_to(answerer, recorder, line, shown, threads.last(TERMINAL))
        if reply is None:
            write(_goodbye(shown.traditional or is_traditional(line)))
            return
        threads.remember(TERMINAL, reply.read_as)
        shown = reply
        text, _ = render(reply)
        write(wording.TERMINAL_SAYS.format(text=text))


def _typed_choice(word: str, choices: list[Button]) -> int | None:
    """The number of the choice `word` names: its whole label, or in the self-check the one label it begins or is
    part of (中级 for 社会工作师（中级）)."""
    labels = [button.label.casefold() for button in choices]
    if word in labels:
        return labels.index(word) + 1
    if not _in_check(choices):
        return None
    if word.isdigit() and (years := _years_of(choices)) and int(word) <= max(years):  # asked how many years: 3年
        return max(number for number, least in enumerate(years, start=1) if least <= int(word))
    if _NUMBER_RE.fullmatch(word):
        return None  # any other number is the number of a choice, never part of one
    for fits in (str.startswith, str.__contains__):
        found = [number for number, label in enumerate(labels, start=1) if fits(label, word)]
        if len(found) == 1:
            return found[0]
    return None


def _ask_again(shown: Reply, choices: list[Button]) -> Reply:
    """The reply shown again, asking for the number of a choice (in the self-check's years, for the years)."""
    if _years_of(choices):
        again = wording.CHECK_YEARS_AGAIN
    elif len(choices) > 1:
        again = wording.CHOOSE_NUMBER.format(count=len(choices))
    else:
        again = wording.CHOOSE_ONE
    return replace(shown, text=again, read_as=None)


def _years_of(choices: list[Button]) -> list[int]:
    """The years each choice stands for when the self-check asks how many years (0年 … 6年及以上), else none."""
    found = [_YEARS_RE.match(button.label) for button in choices]
    return [int(m[1]) for m in found if m] if _in_check(choices) and all(found) else []


def _in_check(choices: list[Button]) -> bool:
    """Whether the choices shown are the self-check's."""
    return bool(choices) and all(button.action is Action.CHECK for button in choices)


def _goodbye(traditional: bool) -> str:
    """Goodbye in the conversation's script."""
    return to_traditional(wording.GOODBYE) if traditional else wording.GOODBYE


def _reply_to(answerer: Answerer, recorder: Recorder, line: str, shown: Reply, previous: str | None) -> Reply | None:
    """The reply to one line of input after `shown`, with its question and picks recorded; None means the user wants
    to leave."""
    word = line.casefold()
    if word in QUIT_WORDS:
        return None
    _, choices = render(shown)
    checking = _in_check(choices)
    named = _typed_choice(word, choices)
    if named is not None:  # a choice typed out instead of its number
        line = str(named)
    if named is None and _NUMBER_RE.fullmatch(line) and _years_of(choices):  # 7, 0.5: years, as typed (not 6年及以上)
        return answerer.typed_check([b.value for b in choices], line, shown.traditional) or _ask_again(shown, choices)
    if _NUMBER_RE.fullmatch(line) and choices:
        if not line.isdigit() or not 1 <= int(line) <= len(choices):  # a slip: ask again, the choices still stand
            return _ask_again(shown, choices)
        chosen = choices[int(line) - 1]
        recorder.press(chosen, ASKER, answerer.knowledge.entries)
        return answerer.press(chosen, shown.traditional) or Reply(wording.CHOICE_GONE)
    offered = [b.value for b in choices]
    if named is None and checking and (typed := answerer.typed_check(offered, line, shown.traditional)):
        return typed  # an answer typed in words (两年, 社工, 有, 沒有)
    if named is None and checking and len(line) <= MAX_CHECK_WORD and word not in _COMMAND_WORDS:
        return _ask_again(shown, choices)  # in the self-check, a short word that is no choice (不知道) is a slip too
    return command(answerer, line) or recorder.question(answerer.ask(line, previous), ASKER, line)


def command(answerer: Answerer, line: str, help_text: str = wording.TERMINAL_HELP) -> Reply | None:
    """The reply to a command of the chat (/start, /topics, /check, /help, /about, or a word for one: 话题, 自测), as
    Telegram reads it, also addressed to the bot by name (/check@shegong_faq_bot), or None when `line` is none; /help
    says `help_text`, and a command the chat has not (/stats) that there is no such command. The self-check asked for
    with details (/check 本科 社工专业 1年) starts with the facts they give, as Telegram's does."""
    head, _, details = line.strip().partition(" ")
    word = _BOT_NAMED_RE.sub(r"\1", head.casefold())
    if _COMMAND_RE.fullmatch(word) and word not in _COMMAND_WORDS:
        return Reply(wording.UNKNOWN_COMMAND)  # one the chat has not (/stats, /reload): as Telegram answers it
    if word in CHECK_WITH_DETAILS and details.strip():
        return answerer.check_with(details, traditional=is_traditional(line))
    if details.strip():
        return None
    if word in CHECK_WORDS:
        return answerer.check(traditional=is_traditional(line))
    if word in START_WORDS:
        return answerer.welcome()
    if word in TOPIC_WORDS:
        return answerer.topics()
    if word in HELP_WORDS:
        return Reply(help_text)
    if word in ABOUT_WORDS:
        return answerer.about()
    return None
