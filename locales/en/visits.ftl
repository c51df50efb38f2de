## Visit log (/kunjungan): a BA's visits, calls and online sessions

vis-only-ba = Only business assistants (BA) log visits. PMO see visits per BA in /koperasiku.
vis-step = Step { $step } of { $total } · /batal to stop
vis-no-coops = You have no assisted cooperatives yet. The PMO (supervisor of the business assistants) will assign them.
vis-ask-coop = Which cooperative did you visit or contact? ({ $page }/{ $pages }) You can also type part of its name.
vis-coop-given = Cooperative: { $coop }
vis-search-title = Results for "{ $query }" ({ $count }):
vis-search-none = None of your cooperatives has "{ $query }" in its name. Type another part of the name, e.g. Limbung.
vis-search-short = Type at least 2 letters of the cooperative's name, e.g. Limbung.
vis-ask-date = When? Press "Today" or type the date, e.g. 12/11 or yesterday.
vis-btn-today = Today
vis-btn-yesterday = Yesterday
vis-date-format = Date not recognised. Type it like the example: 12/11, 12/11/2026, yesterday or last monday.
vis-date-future = That date has not come yet. Type today's date or an earlier one, e.g. yesterday or 12/11.
vis-date-too-old = That date is more than { $days ->
        [one] 1 day
       *[other] { $days } days
    } ago. Type a more recent date, e.g. yesterday or 12/11.
vis-ask-kind = Kind of contact?
vis-kind-VISIT = 🚗 Visit
vis-kind-CALL = 📞 Phone call
vis-kind-ONLINE = 💻 Online
vis-ask-topic = Main topic?
vis-topic-KELEMBAGAAN = Organisation
vis-topic-USAHA = Business
vis-topic-KEUANGAN = Finance
vis-topic-SIMKOPDES = SIMKOPDES
vis-topic-PEMBIAYAAN = Financing
vis-topic-LAHAN = Land/buildings
vis-topic-LAINNYA = Other
vis-ask-note = Write a short note (at most { $max } characters), e.g. Went through the shop's bookkeeping; the treasurer will tidy the daily cash book.
vis-note-text = Please send the note as text, e.g. Discussed the shop's business plan.
vis-note-short = The note is too short. Write at least 3 characters, e.g. Checked shop stock.
vis-note-long = The note is too long ({ $length } characters). Shorten it to at most { $max }, e.g. Discussed the shop's bookkeeping.
vis-ask-follow = Any follow-up? Type its date, e.g. 20/12, tomorrow or next thursday. You will be reminded at 08:00 that morning. If not needed, press "No follow-up".
vis-btn-no-follow = No follow-up
vis-follow-format = Date not recognised. Type it like the example: 20/12, 20/12/2026 or tomorrow.
vis-follow-past = A follow-up is tomorrow at the earliest. Type e.g. tomorrow or 20/12.
vis-follow-too-far = That date is more than { $days ->
        [one] 1 day
       *[other] { $days } days
    } ahead. Type a nearer date, e.g. 20/12.
vis-ask-photo = Send one photo of the activity (optional), or press "Skip".
vis-btn-skip = ⏭ Skip
vis-photo-expected = Please send a photo (not a file or text), or press "Skip".
vis-ask-location = Send a location pin (optional): press 📎 then Location. If not needed, press "Skip".
vis-location-expected = Please send a location via 📎 → Location, or press "Skip".
vis-location-outside = That pin is outside Indonesia. Send the cooperative's location via 📎 → Location, or press "Skip".
vis-saved =
    ✅ Logged: { $kind } — { $coop }, { $date }.
    Topic: { $topic }
    Note: { $note }
vis-saved-follow = 🔔 Follow-up reminder: { $date } at 08:00 { $zone }.
vis-saved-photo = 📷 Photo saved.
vis-saved-location = 📍 Location saved.
vis-failed = Sorry, this cooperative is no longer assigned to you. The note was not saved.
vis-invalid = Sorry, the note could not be saved. Please start again with /kunjungan.
vis-btn-history = 🗂 This cooperative's history
vis-hist-title = 🗂 Assistance history of { $coop } · { $from }–{ $to } of { $count }
vis-hist-empty = No visit or call has been logged for { $coop } yet.
vis-line = • { $date } · { $kind } · { $topic }: { $note }
vis-line-follow = ↪ follow-up { $date }
vis-line-ba = (by { $ba })
vis-ba-title = 🗂 Visits of { $name } · { $from }–{ $to } of { $count }
vis-ba-empty = { $name } has not logged any visit yet.
vis-line-coop = { $n }. { $date } · { $coop } · { $kind } · { $topic }
vis-per-ba-title = 🗂 Assistance { $month } — { $area }
vis-per-ba-line = { $n }. { $name }: { $visits ->
        [one] 1 visit
       *[other] { $visits } visits
    }, { $calls ->
        [one] 1 call
       *[other] { $calls } calls
    }, { $online } online · { $coops ->
        [one] 1 cooperative
       *[other] { $coops } cooperatives
    } · ⚠️ { $stale }
vis-per-ba-none = There is no business assistant (BA) in your area yet.
vis-per-ba-foot = ⚠️ = assisted cooperatives not visited or called for 30 days. Press a number to see that BA's visits.
vis-follow-reminder =
    🔔 Follow-up today: { $coop }
    From the { $kind } on { $date } ({ $topic }): { $note }
