"""社工问答助手: a Telegram FAQ assistant on social work in China."""
