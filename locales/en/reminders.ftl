## Report reminders (jobs/report-reminders.ts): to the pengurus, and the BA's digest
rem-due-soon =
    ⏰ Monthly report reminder
    The report of { $coop } for { $period } is due by { $due } (in { $days ->
        [one] { $days } day
       *[other] { $days } days
    }).
rem-due-today =
    ⏰ The report is due today
    The report of { $coop } for { $period } must be sent today, { $due }.
rem-overdue = 
    ⚠️ The report due date has passed
    The report of { $coop } for { $period } has not been sent (it was due on { $due }). It can still be sent: please send it as soon as you can.
rem-draft-none = Nothing filled in yet. Every answer is saved at once, so it can be done bit by bit.
rem-draft-some = The report already has { $count ->
        [one] 1 answer
       *[other] { $count } answers
    } — just continue.
rem-draft-returned = This report was returned by your business assistant (BA) for correction ({ $count ->
        [one] 1 answer
       *[other] { $count } answers
    } saved).
rem-action = Press the button below or type /lapor.
rem-button = 📝 Fill in the { $period } report
rem-ba-digest = 📋 { $period } reports past the due date ({ $due }): { $count ->
        [one] 1 cooperative
       *[other] { $count } cooperatives
    } you assist have not sent theirs yet. They can still send them.
rem-ba-line = • { $coop } — { $state }
rem-ba-state-none = nothing filled in
rem-ba-state-draft = being filled in ({ $count ->
        [one] 1 answer
       *[other] { $count } answers
    })
rem-ba-state-returned = returned, not sent again
rem-ba-more = …and { $count } more.
