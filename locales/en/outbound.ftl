# Outbound module (issue 10): notices about messages that could not be delivered.
help-rerouted = ↪️ Request { $no } could not reach { $from }, so it was forwarded to { $to }. Replies will appear here.
help-rerouted-BA = your BA (pendamping)
help-rerouted-PMO = the PMO (supervisor of the business assistants) of { $regency }
help-rerouted-ADMIN = the programme admins

## Delivery reports (issue 23.2): what actually arrived, told once the outbox is done
dr-nudge = 📬 Result of the report reminder for { $period }: { $sent } of { $total } board members received it.
dr-assign = 📬 Result of the assignment notices for { $ba }: { $sent } of { $total } people received them.
dr-missed = ⚠️ Not delivered: { $failed } · Blocked the bot: { $blocked }. Press the button below to see who and why.
dr-all-ok = ✅ Everything was delivered.
dr-btn-failed = 📋 Who did not receive it ({ $count })
dr-btn-prev = ◀️ Previous
dr-btn-next = Next ▶️
dr-list-title = Not received: { $total } people (page { $page } of { $pages })
dr-list-line = { $n }. { $name } — { $reason }
dr-list-empty = Every recipient has received the message.
dr-reason-blocked = blocked the bot or erased their data
dr-reason-not_found = their Telegram account was not found (never opened the bot)
dr-reason-network = Telegram network trouble, tried several times
dr-reason-refused = refused by Telegram
