"""What handlers read from the application (the answerer in service, the recorder, the per-user limit, the admins),
and what a conversation carries on: the asker's thread for follow-ups, the chat's last self-check choices."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from telegram import Update
from telegram.ext import Application, CallbackContext, ContextTypes, filters

from bot.core.answerer import Answerer
from bot.core.conversation import Recent
from bot.core.replies import Action, Reply
from bot.journal.store import Asker
from bot.service import KnowledgeService
from bot.telegram.send import send_reply
from bot.telegram.throttle import Throttle

TRADITIONAL_LANGUAGES = ("zh-hant", "zh-tw", "zh-hk", "zh-mo")  # Telegram language codes written in Traditional


@dataclass(frozen=True, slots=True)
class Offer:
    """What a chat's last self-check question offered: the states its buttons lead to, in its script."""

    states: tuple[str, ...]
    traditional: bool


class BotData:
    """What every handler shares, typed instead of behind string keys. PTB makes it (`CONTEXT_TYPES`) and
    `handlers.register` fills it in."""

    def __init__(self) -> None:
        self.service: KnowledgeService | None = None
        self.throttle: Throttle | None = None
        # ADMIN_IDS as PTB's own filter on the admin commands; no id (the default) lets nobody through.
        self.admins = filters.User(allow_empty=False)
        self.outage = False  # the Bot API could not be reached while polling; logged once until it can again
        self.offers: Recent[Offer] = Recent()  # each chat's last self-check question, for an answer typed to it


CONTEXT_TYPES = ContextTypes(bot_data=BotData)


def bot_data_of(holder: CallbackContext[Any, Any, Any, Any] | Application[Any, Any, Any, Any, Any, Any]) -> BotData:
    """The application's shared data (from a handler's context or the application itself); the application must have
    been built with `CONTEXT_TYPES`."""
    data = holder.bot_data
    if not isinstance(data, BotData):
        raise TypeError("build the application with ContextTypes from handlers.context.CONTEXT_TYPES")
    return data


def service_of(context: ContextTypes.DEFAULT_TYPE) -> KnowledgeService:
    """The knowledge service the application was built with."""
    service = bot_data_of(context).service
    if service is None:
        raise RuntimeError("handlers.register has not been called on this application")
    return service


def answerer_of(context: ContextTypes.DEFAULT_TYPE) -> Answerer:
    """The answerer in service now: one question is answered wholly by it, even if a reload swaps it meanwhile."""
    return service_of(context).answerer


def asker_of(update: Update) -> Asker:
    """Who asked, as the journal may record it: the chat type and the user id (which the journal only hashes)."""
    chat = update.effective_chat
    user = update.effective_user
    return Asker(chat.type if chat else "unknown", user.id if user else None)


def prefers_traditional(update: Update) -> bool:
    """Whether the user's Telegram language is written in Traditional characters (zh-hant, zh-tw, zh-hk, zh-mo)."""
    user = update.effective_user
    code = (user.language_code or "").casefold().replace("_", "-") if user else ""
    return any(code == lang or code.startswith(f"{lang}-") for lang in TRADITIONAL_LANGUAGES)


def answer(update: Update, context: ContextTypes.DEFAULT_TYPE, question: str) -> Reply:
    """The reply to a question, read as a follow-up of the asker's last one in this chat when it is one, and
    recorded in the journal (with the journal id on its suggestion buttons)."""
    service = service_of(context)
    reply = answerer_of(context).ask(question, service.threads.last(thread_of(update)))
    note_thread(update, context, reply)
    return service.recorder.question(reply, asker_of(update), question)


def thread_of(update: Update) -> tuple[int | None, int | None]:
    """The thread an update belongs to: its chat and, in a group, each member's own."""
    chat, user = update.effective_chat, update.effective_user
    return chat.id if chat else None, user.id if user else None


def note_thread(update: Update, context: ContextTypes.DEFAULT_TYPE, reply: Reply) -> None:
    """Keeps what a reply answered (an answer, or a self-check verdict) as its thread's last, for a follow-up."""
    service_of(context).threads.remember(thread_of(update), reply.read_as)


def reply_to(update: Update, context: ContextTypes.DEFAULT_TYPE, text: str) -> Reply:
    """The reply to a message: when it answers the chat's last self-check question in words instead of a tap (本科,
    3年, 社工专业), the next step just as that choice's button shows it; else the answer to it as a question (a
    message too long to read is refused as a question is)."""
    chat = update.effective_chat
    offer = bot_data_of(context).offers.last(chat.id) if chat else None
    typed = answerer_of(context).typed_check(offer.states, text, offer.traditional) if offer else None
    if typed is None:
        return answer(update, context, text)
    note_thread(update, context, typed)  # a verdict reached by typing: 那初级呢 may follow
    return typed


def note_offer(update: Update, context: ContextTypes.DEFAULT_TYPE, reply: Reply) -> None:
    """Keeps the self-check choices a reply offers as its chat's offer (read by `reply_to`); any other reply
    forgets the chat's offer."""
    chat = update.effective_chat
    if chat is None:
        return
    offers = bot_data_of(context).offers
    states = tuple(button.value for row in reply.buttons for button in row if button.action is Action.CHECK)
    if states:
        offers.keep(chat.id, Offer(states, reply.traditional))
    else:
        offers.forget(chat.id)


async def send(update: Update, context: ContextTypes.DEFAULT_TYPE, reply: Reply, quote: bool = False) -> None:
    """Sends a reply under the update's message (quoting it when `quote`), noting the self-check choices it offers."""
    message = update.effective_message
    if message is None:
        return
    note_offer(update, context, reply)
    await send_reply(message, reply, quote=quote)
