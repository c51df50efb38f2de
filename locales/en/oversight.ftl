## Oversight (BA, PMO): review queue, not reported and nudges, review SLA, coops without a BA

menu-queue = 📥 To review
menu-visit = 🤝 Log a visit
cmd-kunjungan = Log a visit, call or online session with an assisted cooperative
ov-not-staff = This feature is for business assistants (BA) and the PMO (supervisor of the business assistants).

ov-queue-title = 📥 To review ({ $count })
ov-queue-empty = 📥 To review (0): no report is waiting.
ov-queue-page = 📥 To review: { $from }–{ $to } of { $count }
ov-queue-line = { $n }. { $coop } — { $period }, sent { $at }
ov-queue-line-ba = { $n }. { $coop } — { $period }, sent { $at } · BA: { $ba }
ov-queue-late = ⏰ overdue
ov-queue-more = … and { $count } more reports
ov-btn-open = 🔎 { $n }
ov-btn-queue-all = 📥 Everything to review ({ $count })
ov-not-reported-count = 📭 Not reported { $period }: { $count ->
        [one] 1 cooperative
       *[other] { $count } cooperatives
    }
ov-stale-count = ⚠️ Not visited or called for 30 days: { $count ->
        [one] 1 cooperative
       *[other] { $count } cooperatives
    }
ov-unassigned-count = 🧭 Cooperatives without a business assistant (BA): { $count }
ov-btn-not-reported = 📭 Not reported ({ $count })
ov-btn-stale = ⚠️ 30 days ({ $count })
ov-btn-visit = 🤝 Log a visit
ov-btn-my-visits = 🗂 Visit history
ov-btn-visits-per-ba = 🗂 Visits per BA
ov-btn-unassigned = 🧭 Without a BA ({ $count })

ov-card-title = 📄 Report { $period } — { $coop }
ov-card-meta = Version { $version } · sent { $at } by { $by }
ov-card-late = ⏰ Waiting for more than { $days } working days.
ov-card-more = … Full details: press "History".

ov-nr-title = 📭 Not reported { $period }: { $from }–{ $to } of { $count ->
        [one] 1 cooperative
       *[other] { $count } cooperatives
    }
ov-nr-none = ✅ Every cooperative has sent its report for { $period }.
ov-nr-line = { $n }. { $coop } — { $state }
ov-nr-line-ba = { $n }. { $coop } — { $state } · BA: { $ba }
ov-nr-state-NONE = not started
ov-nr-state-DRAFT = being filled in, not sent yet
ov-nr-state-RETURNED = returned, not fixed yet
ov-nr-nudged = 🔔
ov-nr-foot = Press 🔔 and a number to remind that board (once a day). 🔔 at the end of a line: already reminded today.
ov-btn-nudge = 🔔 { $n }
ov-btn-nudge-all = 🔔 Remind all
ov-btn-period = 🗓 { $period }
ov-nudge-ok = ⏳ Reminder queued for { $count } board members. The delivery result (who received it) follows in this chat.
ov-nudge-already = This cooperative was already reminded today. Please try again tomorrow.
ov-nudge-reported = This cooperative's report has been sent; no reminder needed.
ov-nudge-no-recipients = This cooperative has no board member reachable through the bot yet.
ov-nudge-bad-period = This period cannot be reported yet.
ov-nudge-all-done = ⏳ Reminders queued for { $sent ->
        [one] 1 cooperative
       *[other] { $sent } cooperatives
    } ({ $people } board members); the delivery result follows in this chat. Already reminded today: { $already }. Skipped: { $skipped }.
ov-nudge-skipped-why = Skipped { $count } cooperatives: { $list }.
ov-skip-no_recipients = { $count } with no pengurus to reach (nobody active on the bot yet)
ov-skip-reported = { $count } had already reported
ov-skip-bad_period = { $count } for a period not open for reminders yet
ov-skip-forbidden = { $count } outside your area
ov-skip-not_found = { $count } no longer exist
ov-nudge-msg =
    🔔 Reminder from { $name } ({ $role })

    The monthly report { $period } for { $coop } { $state }. Press the button below to fill it in now.
ov-nudge-state-NONE = has not been filled in
ov-nudge-state-DRAFT = is still being filled in and has not been sent
ov-nudge-state-RETURNED = was returned for corrections and has not been sent again

ov-sla-ba = ⏰ The report { $period } from { $coop } has been waiting for your review since { $at } (more than { $days } working days). Please review it.
ov-sla-pmo = ⏰ The report { $period } from { $coop } has not been reviewed since { $at } (more than { $days } working days). Assistant (BA): { $ba }. You can review it here.
ov-sla-no-ba = none yet

ov-un-title = 🧭 Cooperatives without a business assistant (BA): { $from }–{ $to } of { $count }
ov-un-none = ✅ Every cooperative in your area has a business assistant (BA).
ov-un-line = { $n }. { $coop } — { $place }
ov-btn-assign = 👤 Assign a BA

ov-stale-title = ⚠️ Not visited or called for 30 days: { $from }–{ $to } of { $count ->
        [one] 1 cooperative
       *[other] { $count } cooperatives
    }
ov-stale-none = ✅ Every cooperative was visited or called in the last 30 days.
ov-stale-line = { $n }. { $coop } — { $last }
ov-stale-never = never
ov-stale-last = last { $date }
ov-btn-history = 🗂 { $n }
