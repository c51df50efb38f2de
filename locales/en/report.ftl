## Monthly report: menu, entry
menu-report = 📝 Monthly report
rep-not-member = You are not an active board member of any cooperative yet, so you cannot report. Type /start to register or join.
rep-member-pending = Your request to join is still waiting for the chair's or an admin's approval. Once approved you can report with /lapor.
rep-not-found = Report not found. Type /lapor to start again.
rep-pick-coop = You are on the board of several cooperatives. Which one is this report for?
rep-pick-coop-template = Report form for which cooperative?
rep-bad-period = The { $period } report cannot be filled in yet. The latest period you can report: { $latest }.
rep-closed-submitted = The { $period } report was already sent (version { $version }, { $at }) and is being checked by the business assistant (BA). See it with /riwayat.
rep-closed-accepted = The { $period } report was accepted (version { $version }). Thank you! See it with /riwayat.
rep-intro-title = 📝 Monthly report { $coop } — { $period }
rep-intro-new =
    Due: { $due }.
    Every answer is saved at once. You can stop and continue any time with /lapor.
rep-intro-resume = Continuing the report being filled in ({ $count ->
        [one] 1 answer
       *[other] { $count } answers
    } saved). Due: { $due }.
rep-intro-late = ⏰ The due date ({ $due }) has passed, but the report can still be sent. Please send it as soon as you can.
rep-intro-returned =
    ↩️ This report was returned by { $by } for correction.
    Parts: { $fields }
    Note: "{ $comment }"
    I will ask only those parts again.

## Monthly report: groups and fields (labels, examples)
rep-g-gerai = 🛒 Grocery shop
rep-g-sp = 💰 Savings and loans
rep-g-klinik = 🏥 Clinic
rep-g-apotek = 💊 Pharmacy
rep-g-cold = ❄️ Cold store
rep-g-logistik = 🚚 Logistics
rep-g-lain = 📦 Other business
rep-g-anggota = 👥 Members & board
rep-g-kesiapan = 🏗 Operational readiness
rep-g-kendala = ⚠️ Problems
rep-g-foto = 📷 Activity photos
rep-f-gerai-omzet = Revenue
rep-f-gerai-trx = Transactions
rep-f-gerai-stok = Stock purchases
rep-f-sp-omzet = Service income
rep-f-sp-trx = Transactions
rep-f-sp-salur = Loans disbursed
rep-f-sp-outstanding = Outstanding loans
rep-f-sp-tunggakan = Arrears
rep-f-klinik-omzet = Revenue
rep-f-klinik-pasien = Patient visits
rep-f-apotek-omzet = Revenue
rep-f-apotek-trx = Transactions
rep-f-cold-omzet = Revenue
rep-f-cold-trx = Transactions
rep-f-cold-volume = Volume (kg)
rep-f-logistik-omzet = Revenue
rep-f-logistik-trx = Deliveries
rep-f-logistik-volume = Volume (kg)
rep-f-lain-omzet = Revenue
rep-f-lain-trx = Transactions
rep-f-anggota-total = Members
rep-f-anggota-baru = New members
rep-f-pengurus-aktif = Active board members
rep-f-kesiapan = Operational readiness
rep-f-kendala = Problems
rep-f-foto = Photos
rep-f-aktif = { $unit }: operating?
rep-ex-gerai-omzet = 12,5 jt
rep-ex-gerai-trx = 340
rep-ex-gerai-stok = 8 jt
rep-ex-sp-omzet = 1,2 jt
rep-ex-sp-trx = 25
rep-ex-sp-salur = 30 jt
rep-ex-sp-outstanding = 120 jt
rep-ex-sp-tunggakan = 4 jt
rep-ex-klinik-omzet = 6 jt
rep-ex-klinik-pasien = 150
rep-ex-apotek-omzet = 9 jt
rep-ex-apotek-trx = 420
rep-ex-cold-omzet = 5 jt
rep-ex-cold-trx = 30
rep-ex-cold-volume = 2.500
rep-ex-logistik-omzet = 7 jt
rep-ex-logistik-trx = 45
rep-ex-logistik-volume = 1,5 ton
rep-ex-lain-omzet = 3 jt
rep-ex-lain-trx = 60
rep-ex-anggota-total = 250
rep-ex-anggota-baru = 12
rep-ex-pengurus-aktif = 5
rep-money-label = { $label } (Rp)

## Monthly report: asking figures
rep-ask-numbers =
    Type { $labels } for { $period } in ONE message, separated by slashes (/).
rep-ask-one = Type { $labels } for { $period }.
rep-example = Example: { $example }
rep-zero-hint = None? Type 0 or -.
rep-money-hint = Money may be shortened: rb (ribu, thousand), jt (juta, million), M (miliar, billion).
rep-current = Current answer: { $values }
rep-unit-off-button = ⏸ This unit is not operating yet
rep-unit-off = not operating
rep-unit-on = operating
rep-type-numbers = Please type the numbers, for example: { $example }
rep-saved = ✅ Saved: { $values }
rep-value-empty = (empty)
rep-none = none
rep-use-buttons = Please choose by tapping one of the buttons under the message.

## Monthly report: errors in answers
rep-err-invalid-money = ❗ { $label }: "{ $input }" is not a rupiah amount. Write e.g. 12.500.000, 12,5 jt, 500rb or 1,2 M; 0 or - for none.
rep-err-invalid-count = ❗ { $label }: "{ $input }" is not a number. Type digits only, for example: { $example }
rep-err-negative = ❗ { $label } cannot be negative. Type 0 or - for none, for example: { $example }
rep-err-fraction = ❗ { $label }: "{ $input }" must be a whole number, for example: { $example }
rep-err-too-large = ❗ { $label }: the number is too large. Check the zeros, for example: { $example }
rep-err-empty = ❗ { $label } is empty. Example: { $example }
rep-err-too-many = Too many numbers. I need { $count }: { $labels }. Example: { $example }
rep-err-again = Type only that part again; the rest is saved.
rep-err-new-above-total = ❗ New members cannot be more than the number of members.
rep-err-arrears-above-outstanding = ❗ Arrears cannot be larger than the outstanding loans.
rep-err-too-long = ❗ The text is too long (at most 1,000 characters). Please keep it short.
rep-err-too-short = ❗ The answer is too short. Write at least 2 letters, or - for none.
rep-odd-title = ⚠️ Please check this number:
rep-odd-max = { $label }: { $value } — very large for one month.
rep-odd-last = { $label }: { $value } — far above last month ({ $last }).
rep-odd-ask = Is it correct?
rep-odd-yes = ✅ Yes, correct
rep-odd-no = ✏️ Type again

## Monthly report: checklist, problems, photos
rep-ck-ask = 
    Each tap on a button moves it to the next state: ⬜ not yet · ✅ done · 🚧 being built · 📨 applied · 👍 approved · 💰 disbursed. Tap again until it is right.
    Land: send the location (📎 → Location) while you stand on that land, not from home. When it is right, press Continue.
rep-ck-done = ➡️ Continue
rep-ck-saved = Readiness saved
rep-ck-use-buttons = Tap the buttons (repeatedly) to change the states, or send the location (📎 → Location) while standing on the land. Press Continue when it is right.
rep-ck-pin-which = Which land is this location for?
rep-ck-pin-saved = 📍 Location of the { $item } saved.
rep-ck-AHU = { $state } Legal entity
rep-ck-KANTOR = { $state } Office
rep-ck-REKENING = { $state } Bank account
rep-ck-SIMKOPDES = { $state } SIMKOPDES account
rep-ck-BUSINESS_PLAN = { $state } Business plan
rep-ck-LAND_GERAI = { $state } Shop land
rep-ck-LAND_GUDANG = { $state } Warehouse land
rep-ck-BUILD_GERAI = { $state } Shop building
rep-ck-BUILD_GUDANG = { $state } Warehouse building
rep-ck-FINANCING = { $state } Financing
rep-ck-state-NO = ⬜
rep-ck-state-YES = ✅
rep-ck-state-PROSES = 🚧
rep-ck-state-SELESAI = ✅
rep-ck-state-DIAJUKAN = 📨
rep-ck-state-DISETUJUI = 👍
rep-ck-state-CAIR = 💰
rep-ck-short-AHU = legal entity
rep-ck-short-KANTOR = office
rep-ck-short-REKENING = bank account
rep-ck-short-SIMKOPDES = SIMKOPDES
rep-ck-short-BUSINESS_PLAN = business plan
rep-ck-short-LAND_GERAI = shop land
rep-ck-short-LAND_GUDANG = warehouse land
rep-ck-short-BUILD_GERAI = shop building
rep-ck-short-BUILD_GUDANG = warehouse building
rep-ck-short-FINANCING = financing
rep-checklist-count = { $done } of { $total } ready
rep-kendala-ask = What problems did the cooperative have this month? Keep it short, for example: Rice stock often arrives late.
rep-kendala-none = ✅ No problems
rep-kendala-type = Write the problems in one message (at least 2 letters), for example: Rice stock often arrives late. Or press "No problems".
rep-photo-ask = Send photos of this month's activities (several are fine), then press Done. No photos? Press Skip.
rep-photo-ask-more = There are already { $count ->
        [one] 1 photo
       *[other] { $count } photos
    }. Send more, or press Done.
rep-photo-skip = ⏭ Skip
rep-photo-done = ✅ Done
rep-photo-saved = 📷 Photo saved ({ $count }). Send another or press Done.
rep-photo-count = { $count ->
        [one] 1 photo
       *[other] { $count } photos
    }
rep-photo-none = No photos
rep-photo-full = At most { $count ->
        [one] 1 photo
       *[other] { $count } photos
    } per report. Press Done to continue.
rep-photo-early = 📷 Photo kept for this report ({ $count ->
        [one] 1 photo
       *[other] { $count } photos
    }).
rep-photo-use = Send it as a photo (📎 → Gallery or Camera), or press the button below.

## Monthly report: summary and sending
rep-sum-title = 📋 Summary of the { $period } report
    { $coop }
rep-sum-checklist = 🏗 Readiness: { $done } of { $total } ready
rep-sum-checklist-missing = 🏗 Readiness: { $done } of { $total } ready (not yet: { $missing })
rep-sum-kendala = ⚠️ Problems: { $value }
rep-sum-photos = 📷 Photos: { $count }
rep-sum-check = Check it, then press 📤 Send (or ✏️ Edit to correct something).
rep-summary-use-buttons = Press ✏️ Edit or 📤 Send below the summary.
rep-edit = ✏️ Edit
rep-edit-which = Which part do you want to change?
rep-edit-back = ⬅️ Back
rep-edit-header = ✏️ Edit
rep-send = 📤 Send
rep-send-again = 📤 Send again
rep-sent = ✅ The { $period } report was sent (version { $version }) to { $to }. You will be told the result of the review.
rep-no-reviewer = the admins (no business assistant (BA) assigned yet)
rep-to-program = the programme's staff (your cooperative has no BA yet)
rep-send-conflict = ⚠️ Another board member just changed the draft. Here is the latest summary; check it and send again.
rep-send-incomplete = Some answers are still empty. Let me ask them first.
rep-locked = This report was already sent by { $by }, so it cannot be changed here any more. See it with /riwayat.
rep-someone = another board member
rep-conflict = ⚠️ { $by } just changed the same answer:
rep-conflict-line = { $label }: now { $current } (your answer: { $mine })
rep-conflict-theirs = 👍 Keep the latest value
rep-conflict-mine = ✏️ Use my answer

## Monthly report: template (/templat)
rep-tpl-howto =
    The form for the { $period } report is in the next message. Copy it, fill in after the colons (:), and send it back in one message — later is fine, when the signal is good.
    Do not change the first line. Numbers may be written as 12,5 jt or 500rb; leave blank what you do not know yet.
rep-tpl-no-header = The first line of the form must stay as it was, for example: #LAPORAN K12 2026-10. Type /templat to get a new form.
rep-tpl-problems = Some lines could not be used:
rep-tpl-unknown = Unknown lines:
    { $lines }
rep-tpl-nothing = Nothing could be read from the form. I will continue with the usual questions.
rep-tpl-read = 📋 Read { $count ->
        [one] 1 answer
       *[other] { $count } answers
    }:
rep-tpl-odd = ⚠️ = unusual number, please check.
rep-tpl-save = ✅ Save
rep-tpl-cancel = ❌ Cancel
rep-tpl-saved = ✅ { $count ->
        [one] 1 answer
       *[other] { $count } answers
    } saved to your report.
rep-tpl-cancelled = The form answers were not saved. Type /lapor to fill in the report.
rep-tpl-closed = The { $period } report was already sent, so the form is no longer needed. See it with /riwayat.

## Monthly report: review (BA)
rep-review-new =
    📥 Report to review: { $coop } — { $period } (version { $version })
    Sent by { $by }, { $at }
rep-changes-title = ✏️ Changed since the previous version:
rep-change-line = • { $label }: { $before } → { $after }
rep-review-reply = 💬 { $by }'s answer to your note: "{ $reply }"
rep-reply-ask =
    💬 { $by } wrote: "{ $comment }"
    Any answer or explanation for { $by }? Type it here, for example: Yes, sales to the health centre (Rp20 million) are included.
    Changed your mind? Press Skip.
rep-reply-send = 💬 Answer the note and send again
rep-reply-skip = ⏭ Skip
rep-reply-short = That answer is too short. Type at least 3 letters, for example: Yes, included, or press Skip.
rep-reply-long = That answer is too long (500 characters at most). Type a shorter one, or press Skip.
rep-ev-replied = • { $at } — { $by } (version { $version }): answered "{ $reply }"
rep-err-words-returned = You can answer the reviewer's note before sending again: in the summary, press "💬 Answer the note and send again". Type the figure first, for example: { $example }
rep-words-kept = 💬 We kept what you wrote as your answer to { $by }'s note; it goes with the report when you send it again (you can change it with "💬 Jawab catatan lalu kirim ulang"). Now type the figure, for example: { $example }
rep-review-accept = ✅ Accept
rep-review-return = ↩️ Return
rep-review-history = 🕘 History
rep-review-stale = This report is already { $status } (version { $version }). This button is no longer valid.
rep-review-invalid = The chosen parts are not valid. Please start again from the Return button.
rep-accepted-ba = ✅ Report { $coop } — { $period } (version { $version }) accepted.
rep-accepted-to-pengurus = ✅ The { $period } report of { $coop } (version { $version }) was accepted by { $by }. Thank you!
rep-ret-pick = ↩️ Return the report { $coop } — { $period } (version { $version }). Choose the parts to correct, then press Continue.
rep-ret-next = ✍️ Continue
rep-ret-cancel = ❌ Cancel
rep-ret-cancelled = Cancelled; the report was not returned.
rep-ret-none = Choose at least one part.
rep-ret-comment-ask = Write a note for the board: what needs to be corrected? For example: Shop revenue looks too low compared with the receipts, please check.
rep-ret-comment-short = The note is too short. Write at least 3 letters, for example: Please check the purchase receipts.
rep-ret-comment-long = The note is too long (at most 500 characters). Please keep it short.
rep-ret-done = ↩️ Report { $coop } — { $period } returned. Parts: { $fields }. A notice to the board is queued.
rep-returned-to-pengurus =
    ↩️ The { $period } report of { $coop } was returned by { $by } for correction.
    Parts: { $fields }
    Note: "{ $comment }"
    Press the button below or type /lapor.
rep-fix-button = ✏️ Correct it now

## Monthly report: history (/riwayat)
rep-status-DRAFT = being filled in, not sent yet
rep-status-SUBMITTED = sent, waiting for review
rep-status-RETURNED = returned for correction
rep-status-ACCEPTED = accepted
rep-hist-title = 🕘 Reports of { $coop }. Choose one to view:
rep-hist-empty = No reports yet for { $coop }. Type /lapor to start.
rep-hist-item = { $period } — { $status } (v{ $version })
rep-view-title =
    📄 Report { $period } — { $coop }
    Status: { $status } (version { $version })
rep-view-readonly = (Read only.)
rep-hist-version = 🕘 History of version { $version }:
rep-hist-newer = « Newer
rep-hist-older = Older »
rep-ev-submitted = • { $at } — { $by }: sent (version { $version })
rep-ev-accepted = • { $at } — { $by }: accepted (version { $version })
rep-ev-returned = • { $at } — { $by }: returned (version { $version }): { $fields }. "{ $comment }"
rep-ev-changed = • { $at } — { $by } (version { $version }): { $label } { $before } → { $after }
