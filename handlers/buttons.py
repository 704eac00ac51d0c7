"""Button presses (callback queries)."""

from __future__ import annotations

from telegram import Update
from telegram.constants import ChatType
from telegram.error import BadRequest
from telegram.ext import ContextTypes

from bot.core import wording
from bot.core.policy import posts_in_group
from bot.core.replies import Action
from bot.telegram.render import decode_button, html_pieces, keyboard
from bot.telegram.send import send_reply
from handlers.context import answerer_of, asker_of, note_offer, note_thread, service_of

NAVIGATION = (Action.TOPIC, Action.TOPICS, Action.CHECK)  # edited in place
FEEDBACK = (Action.HELPFUL, Action.UNHELPFUL)


async def button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Answers the press before sending anything, then shows what the button asks for."""
    query = update.callback_query
    if query is None:
        return
    decoded = decode_button(query.data)
    message = query.message
    if decoded is None or message is None or not hasattr(message, "reply_text"):
        await query.answer(wording.EXPIRED)
        return
    pressed, traditional = decoded
    answerer = answerer_of(context)
    service_of(context).recorder.press(pressed, asker_of(update), answerer.knowledge.entries)
    reply = answerer.press(pressed, traditional)
    if reply is None:
        await query.answer(wording.EXPIRED)
        return
    action = pressed.action
    in_group = message.chat.type != ChatType.PRIVATE
    if action in FEEDBACK or (in_group and not posts_in_group(reply.outcome)):
        await query.answer(reply.text)  # a toast: no message in the chat
        return
    await query.answer()
    note_offer(update, context, reply)  # a self-check step's choices may be typed instead of tapped
    note_thread(update, context, reply)  # a verdict or an answer tapped: a follow-up may come
    if action in NAVIGATION:
        try:
            await query.edit_message_text(html_pieces(reply)[0], reply_markup=keyboard(reply))
            return
        except BadRequest:  # the message is too old to edit, or unchanged: send a new one instead
            pass
    await send_reply(message, reply)  # type: ignore[arg-type]
