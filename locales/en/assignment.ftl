## Assignment (/tugaskan)
asg-regency-ask = Pick a regency/city (numbers: without BA/total cooperatives). Or type its name.
asg-regency-none = No regency/city with registered cooperatives matches "{ $query }". Use the buttons.
asg-area-button = { $name } ({ $free }/{ $total })
asg-no-coops = No cooperatives are registered in your area yet, so there is nothing to assign.
asg-district-ask = Pick a district in { $regency } (numbers: without BA/total), then tick the cooperatives. Press Next when done.
asg-coops-ask = Tick the cooperatives in { $district } district to assign (⬜ not picked, ✅ picked):
asg-free = no BA yet
asg-other-district = ⬅️ Other district
asg-next = ➡️ Next ({ $count } picked)
asg-pick-one = Pick at least one cooperative first.
asg-picked = { $count ->
        [one] 1 cooperative
       *[other] { $count } cooperatives
    } picked
asg-use-buttons = Please choose by tapping one of the buttons under the message.
asg-no-ba = There is no BA in { $regency } yet. Invite one first (admin: /undang), then try /tugaskan again.
asg-ba-ask = Assign { $count ->
        [one] 1 cooperative
       *[other] { $count } cooperatives
    } to which business assistant (BA)? Suggested: { $suggested } (lightest load, { $load ->
        [one] 1 cooperative
       *[other] { $load } cooperatives
    }).
asg-ba-suggested = ⭐ { $name } — { $load ->
        [one] 1 cooperative
       *[other] { $load } cooperatives
    } (suggested)
asg-ba-option = { $name } — { $load ->
        [one] 1 cooperative
       *[other] { $load } cooperatives
    }
asg-confirm = Assign { $count ->
        [one] 1 cooperative
       *[other] { $count } cooperatives
    } to { $ba }?
asg-confirm-yes = ✅ Yes, assign
asg-more = … and { $count } more cooperatives
asg-failed = Sorry, the assignment could not be saved (data changed or outside your area). Start again with /tugaskan.
asg-done = ✅ { $count ->
        [one] 1 cooperative
       *[other] { $count } cooperatives
    } assigned to { $ba }. Notices to the BA and the boards are queued; the delivery result follows in this chat.{ $unchanged ->
        [0] {""}
       *[other] {" "}({ $unchanged } others already had this BA.)
    }

## Assignment notifications
asg-ba-head = 📋 You now assist { $count ->
        [one] 1 cooperative
       *[other] { $count } cooperatives
    } (assigned by { $by }):
asg-ba-line =
    { $n }. { $coop } — { $place }
    Chair: { $ketua }
asg-no-ketua = chair not registered yet
asg-ba-foot = Details per cooperative: /koperasiku
asg-old-ba-head = 🔁 These { $count ->
        [one] 1 cooperative
       *[other] { $count } cooperatives
    } are now assisted by { $ba }:
asg-old-ba-foot = Their open help requests moved along. Thank you for your support.
asg-pengurus = 🤝 The business assistant (BA) of { $coop } is now { $ba }. Contact: { $contact }. To ask for help press 🆘 Ask for help or type /mintabantuan.
asg-contact-bot = through this bot (/mintabantuan)

## Workspace (/koperasiku)
ws-not-staff = This command is for business assistants (BA), PMO and the Dinas Koperasi. To see your cooperative, type /koperasi.
ws-ba-title = 📋 Your cooperatives ({ $count }):
ws-ba-title-other = 📋 Cooperatives of { $name } ({ $count }):
ws-ba-none = No cooperatives are assigned to you yet. You will be told as soon as the PMO or an admin assigns cooperatives to you.
ws-ba-none-other = { $name } has no cooperatives yet. Assign with /tugaskan.
ws-ba-foot = Press a number to see the cooperative's details.
ws-ba-range = Cooperatives { $from }–{ $to } of { $total }
ws-report-line = Report { $period }: { $status }
ws-report-none = none yet
ws-report-DRAFT = being filled in, not sent yet
ws-report-SUBMITTED = sent, waiting for review
ws-report-RETURNED = returned for correction
ws-report-ACCEPTED = accepted
ws-open-requests = 🆘 { $count } open requests
ws-member-blocked = ⚠️ blocked the bot
ws-board = Active board members ({ $count }):
ws-reports = Latest monthly reports:
ws-open-title = Open help requests ({ $count }):
ws-all-areas = All areas
ws-sup-title = 📊 { $area }
ws-sup-coops = Cooperatives: { $count } · without BA: { $unassigned }
ws-sup-requests = Open help requests: { $open } · overdue: { $overdue }
ws-sup-bas = BAs ({ $count }):
ws-sup-no-ba = No BA yet. An admin can invite one with /undang.
ws-sup-ba-line = • { $name } — { $load ->
        [one] 1 cooperative
       *[other] { $load } cooperatives
    } · { $open } open · { $overdue } overdue
ws-sup-areas = Per regency/city:
ws-sup-area-line = • { $area } — { $coops ->
        [one] 1 cooperative
       *[other] { $coops } cooperatives
    } · { $unassigned } without BA · { $overdue } overdue
ws-sup-overdue = ⏰ Not taken past the deadline ({ $count }):
ws-sup-overdue-line = • { $no } · { $coop } · due { $due }
ws-sup-foot = Assign cooperatives to a BA: /tugaskan
asg-pengurus-unreachable = 🤝 { $coop } is now accompanied by { $ba }, but { $ba } cannot be reached through the bot yet. Meanwhile the PMO of { $regency } handles your help requests: press 🆘 Minta bantuan or type /mintabantuan as usual.
