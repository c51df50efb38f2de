## /siaran — announcements to many recipients (admins; PMO and Dinas Koperasi in their area)

cmd-siaran = Send a broadcast (announcement) to users
cmd-siaran_batal = Stop a running broadcast
cmd-siaran_status = Recent broadcasts and their figures

bc-not-allowed = Sorry, broadcasts can only be sent by admins, PMO (BA supervisors) or Dinas Koperasi. Pengurus and business assistants (BA) can ask an admin or their PMO to send one.
bc-compose = { $step }
    Send the broadcast: a text (bold, italic and links stay exactly as you type them), or one photo/document with a caption. At most { $max } characters.
    Example: Bookkeeping training, Thursday 5 December 2026 at 09.00 WIB in the district hall.
bc-compose-too-long = The broadcast is too long ({ $length } characters). At most { $max } characters; shorten it or split it into several broadcasts.
bc-compose-empty = The broadcast is empty. Type its text, for example: The October monthly report is due on 10 November.
bc-compose-kind = Send a text, one photo or one document. Example text: Bookkeeping training, Thursday 5 December 2026 at 09.00 WIB.
bc-compose-album = Send a single photo (not an album). Other photos can go in another broadcast.

bc-audience = { $step }
    Choose the recipients. Several filters apply together.
    { $filters }
    Recipients right now: { $count }.
bc-filter-none = Filters: none yet (every user in your area).
bc-filter-roles = Roles: { $roles }
bc-filter-region = Area: { $region }
bc-filter-lang = Language: { $lang }
bc-filter-report = Report { $period }: { $status }
bc-filter-stage = Readiness stage: { $stage }
bc-btn-roles = 👥 Roles
bc-btn-region = 📍 Area
bc-btn-lang = 🌐 Language
bc-btn-report = 📝 Report status
bc-btn-stage = 🏗 Readiness stage
bc-btn-clear = 🧹 Clear all filters
bc-btn-next = ➡️ Continue
bc-btn-done = ✅ Done
bc-btn-any = All
bc-btn-cancel = ✖️ Cancel

bc-aud-PENGURUS = Pengurus
bc-aud-KETUA = Ketua only
bc-aud-BA = Business assistants (BA)
bc-aud-PMO = PMO
bc-aud-DINAS = Dinas Koperasi
bc-roles-ask = Choose the recipients' roles (press again to unselect), then press Done. No choice means every role.
bc-lang-ask = Recipients whose language is:
bc-lang-id = Bahasa Indonesia
bc-lang-en = English
bc-report-ask = Choose the monthly report status:
bc-report-NONE = not reported
bc-report-RETURNED = returned
bc-report-SUBMITTED = awaiting review
bc-report-ACCEPTED = accepted
bc-report-period-ask = Report of which month?
bc-stage-ask = Choose the cooperatives' readiness stage:
bc-stage-REGISTERED = Registered
bc-stage-LEGAL = Legal entity (AHU)
bc-stage-ADMIN_READY = Administration complete
bc-stage-LAND_READY = Land ready
bc-stage-BUILT = Outlet built
bc-stage-FINANCED = Financing approved
bc-stage-OPERATING = Operating

bc-region-province = Choose a province (page { $page }/{ $pages }). Type part of a name to search, for example: kalimantan
bc-region-regency = Choose a regency/city (page { $page }/{ $pages }). Type part of a name to search, for example: kubu
bc-region-district = Choose a district (page { $page }/{ $pages }). Type part of a name to search, for example: sungai
bc-region-found = { $total } results for "{ $query }" (page { $page }/{ $pages }):
bc-region-whole = All of { $name }
bc-region-all = Every area
bc-region-short = Type at least 2 letters, for example: kubu

bc-empty = Nobody matches these filters. Change them.
bc-out-of-scope = That area is outside your area of responsibility. Choose another one.

bc-ack-ask = { $step }
    Add a "{ bc-ack-button }" button so recipients can confirm? You will see how many pressed it.
bc-ack-yes = Yes, add it
bc-ack-no = No need
bc-ack-button = Received ✔
bc-ack-thanks = Thank you, your confirmation has been recorded.
bc-ack-again = Your confirmation was already recorded. Thank you.
bc-ack-preview = This is the preview; recipients will see the same button.

bc-when-ask = { $step }
    When should the broadcast go out?
bc-when-now = Send now
bc-when-later = Schedule
bc-when-time = Type the date and time to send.
    Example: 5/12/2026 08.00 (or 5/12 08.00 for this year).
bc-when-bad = The date/time was not recognised. Type it like the example: 5/12/2026 08.00
bc-when-past = That time has passed. Type a time in the future, for example: { $example }
bc-when-zone = { $time } in which time zone?
bc-when-recipient = Each recipient's local time (WIB/WITA/WIT)
bc-when-mine = { $zone } (your zone)

bc-preview = { $step }
    The preview below is exactly what recipients will receive.
bc-confirm = Ready to send to { $count } recipients.
    { $filters }
    When: { $when }
    "{ bc-ack-button }" button: { $ack }
bc-when-immediately = right away
bc-when-at-recipient = { $time } recipients' local time
bc-yes = yes
bc-no = no
bc-btn-send = 📣 Send broadcast
bc-btn-edit-audience = ✏️ Change recipients
bc-cancelled = Broadcast cancelled, nothing was sent.
bc-start-failed = The broadcast could not start: nobody matches any more. Type /siaran to try again.

bc-progress = 📣 Broadcast #{ $id } ({ $status })
    Sent: { $sent } · Failed: { $failed } · Blocked the bot: { $blocked }
    Remaining: { $remaining } of { $recipients }
    { $eta }
bc-progress-acks = Pressed "{ bc-ack-button }": { $acks }
bc-progress-eta = Expected to finish in { $minutes } minutes
bc-progress-eta-soon = Expected to finish in under a minute
bc-progress-scheduled = Scheduled from { $at }
bc-progress-cancelled-rows = Cancelled before sending: { $cancelled }
bc-status-SENDING = running
bc-status-DONE = finished
bc-status-CANCELLED = stopped
bc-final = { $icon } Broadcast #{ $id } finished.
    Sent: { $sent } of { $recipients } · Failed: { $failed } · Blocked the bot: { $blocked }

bc-status-title = Recent broadcasts:
bc-status-none = No broadcasts yet. Type /siaran to create one.
bc-status-line = #{ $id } · { $date } · { $status } · "{ $text }"
    Sent { $sent }/{ $recipients } · failed { $failed } · blocked { $blocked }
bc-status-line-acks = · received { $acks }

bc-cancel-none = No broadcast is running.
bc-cancel-pick = Choose the broadcast to stop:
bc-cancel-button = Stop #{ $id }: { $text }
bc-cancel-done = Broadcast #{ $id } stopped. { $cancelled } messages will not be sent; those already sent stay.
bc-cancel-finished = Broadcast #{ $id } has already finished or been stopped.

## Paid broadcast rate (PAID_BROADCAST=1, admins only)
bc-speed-ask = { $step }
    Sending speed for { $count } recipients:
    🐢 Free rate ({ $freeRate } messages/s): { $free }, no cost.
    ⚡ Telegram's paid rate ({ $paidRate } messages/s): { $paid }, about { $stars } Stars from the bot's balance (0.1 Star per message above 30/s).
bc-speed-free = 🐢 Free · { $free }
bc-speed-paid = ⚡ Paid · { $paid } · ~{ $stars } Stars
bc-confirm-free = Speed: 🐢 free rate, { $free } (paid: { $paid }, ~{ $stars } Stars)
bc-confirm-paid = Speed: ⚡ paid rate, { $paid }, about { $stars } Stars (free: { $free })
bc-dur-seconds = under 1 minute
bc-dur-minutes = ~{ $minutes } min
bc-dur-hours = ~{ $hours } h { $minutes } min
bc-paid-refused = ⚠️ Telegram refused the paid rate for broadcast #{ $id }: { $reason }. The broadcast goes on at the free rate (slower); the progress message shows when it ends. No message is lost.
bc-paid-refused-stars = the bot's Stars balance is too low
bc-paid-refused-eligible = the bot is not eligible for paid broadcasts yet
