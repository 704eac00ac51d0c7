"""A terminal conversation on the same replies the Telegram bot sends: numbered choices stand in for buttons."""

from __future__ import annotations

from collections.abc import Callable

from bot.core.replies import Action, Button, Reply, Responder

TOPIC_WORDS = {"话题", "話題", "topics", "/topics", "目录", "菜单"}
HELP_WORDS = {"帮助", "幫助", "help", "/help", "?", "？"}
ABOUT_WORDS = {"来源", "來源", "about", "/about"}
QUIT_WORDS = {"退出", "exit", "quit", "/quit", "bye"}
_FEEDBACK = (Action.HELPFUL, Action.UNHELPFUL)


def render(reply: Reply) -> tuple[str, list[Button]]:
    """A reply as terminal text, and the choices its numbers stand for."""
    choices = [b for row in reply.buttons for b in row if b.action not in _FEEDBACK]
    lines = [reply.text]
    lines += [f"  {number}. {button.label}" for number, button in enumerate(choices, start=1)]
    return "\n".join(lines), choices


def chat(responder: Responder, read: Callable[[str], str] = input, write: Callable[[str], None] = print) -> None:
    """Runs the conversation until the user quits, Ctrl-D or Ctrl-C."""
    greeting = responder.welcome()
    write(greeting.text.rsplit("\n", 1)[0])
    write("输入问题并回车；输入“话题”浏览全部问题，输入数字选择，输入“退出”或按 Ctrl-D 结束。")
    choices: list[Button] = []
    thread = object()  # this conversation, for reading follow-ups (那台州呢)
    while True:
        try:
            line = read("\n你：").strip()
        except (EOFError, KeyboardInterrupt):
            write("\n再见！")
            return
        if not line:
            continue
        reply = _reply_to(responder, line, choices, thread)
        if reply is None:
            write("再见！")
            return
        text, choices = render(reply)
        write(f"助手：{text}")


def _reply_to(responder: Responder, line: str, choices: list[Button], thread: object) -> Reply | None:
    """The reply to one line of input; None means the user wants to leave."""
    word = line.casefold()
    if word in QUIT_WORDS:
        return None
    if line.isdigit() and 1 <= int(line) <= len(choices):
        button = choices[int(line) - 1]
        return responder.press(button) or Reply("这个选项已失效，请重新提问。")
    if word in TOPIC_WORDS:
        return responder.topics()
    if word in HELP_WORDS:
        return responder.help()
    if word in ABOUT_WORDS:
        return responder.about()
    return responder.ask(line, chat=thread)
