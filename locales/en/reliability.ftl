# Operations: messages sent while the service is degraded
ops-service-down = Sorry, the service is having a problem. We received your message and will handle it automatically once the service is back; no need to send it again. Please try again in a while if there is no answer.

# Groups and channels: the bot works only in a private chat
chat-private-only = This bot only works in a private chat. Please open { $link } and press Start.
chat-private-only-button = This button only works in a private chat with the bot.
