## Claiming a rostered coop in registration (issue 20)
reg-claim-ask =
    The Dinas roster lists an official cooperative in { $village }:
    { $name }
    AHU number: { $ahu }
    Is this your cooperative?
reg-claim-yes = ✅ Yes, this is ours
reg-claim-no = ❌ No
reg-claim-not-ours = All right, you are registering your own cooperative: { $name }. As this differs from the official roster of { $village }, the field officer (BA) will be asked to check it.
reg-summary-title-claim = Summary of your claim:
reg-send-claim = ✅ Send
reg-claim-gone = Sorry, the official cooperative of that village has just changed. Please choose your village again.
reg-claim-verified = 🎉 { $name } is now on this assistant with you on its board. Your phone number matches the chairperson's number in the official roster, so no further confirmation is needed. Next step: the monthly report with /lapor. Cooperative data: /koperasi.
reg-claim-pending = 📨 Your claim to { $name } is recorded. Your phone number could not be matched with the chairperson's number in the official roster, so { $who } will confirm it by { $until }. We will tell you the result here.
claim-who-BA = { $names }, your cooperative's field officer (BA),
claim-who-PMO = { $names } (PMO { $area })
claim-who-ADMIN = the programme admin
claim-verify-card =
    🔎 Confirm a cooperative claim
    { $person } ({ $phone }) says they are { $position } of { $coop } (AHU { $ahu }), { $where }.
    { $reason ->
        [mismatch] Their phone number differs from the chairperson's number in the official roster.
        [typed] Their phone number was typed, not shared with the Telegram button.
        [none] They did not share a phone number.
       *[other] The official roster has no chairperson's phone number.
    }
    Are they on this cooperative's board? Please answer by { $until }.
claim-accept = ✅ Yes, accept
claim-reject = ❌ No, reject
claim-accepted-by = ✅ { $person }'s claim to { $coop } was accepted by { $by }.
claim-rejected-by = ❌ { $person }'s claim to { $coop } was rejected by { $by }. The cooperative is waiting for its board again in the official roster.
claim-accepted-to-claimant = 🎉 Your claim to { $coop } was confirmed by { $by }. Type /lapor for the monthly report, /koperasi for the cooperative's data.
claim-rejected-to-claimant = Sorry, your claim to { $coop } was rejected by { $by }. If this is a mistake, contact { $by }, then type /daftar to apply again.
claim-already-decided = { $person }'s claim was already decided (status: { $status }).
claim-joined-to-ba = ✅ { $coop } ({ $where }) from the official roster is now on the assistant: { $person } ({ $phone }) verified as board member by the chairperson's phone number.
claim-open-coop = 🗂 Open cooperative
claim-conflict-card =
    ⚠️ Data differs from the official roster
    In { $where }, { $person } ({ $phone }) registered "{ $coop }" (AHU { $ahu }) and says the cooperative in the official roster is not theirs:
    "{ $rosterName }" (AHU { $rosterAhu }).
    A village has only one cooperative: please check with the board and the Dinas.

## Staff roster: a rostered phone is offered its role
reg-staff-offer = Your phone number is on the programme's staff roster as { $role } for { $area }. Are you joining as { $role }?
reg-staff-yes = ✅ Yes, I am { $role }
reg-staff-no = 🏠 No, I am on a cooperative's board
reg-staff-taken = The staff role of this number has already been taken. If that was not you, contact the Dinas or an admin. The cooperative registration continues.
