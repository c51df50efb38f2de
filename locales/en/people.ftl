## Search (/cari), cards, roles, coop changes after registration, /keluar
cmd-cari = Find a cooperative or a person
cmd-keluar = Leave a cooperative's board
cmd-ubahkoperasi = Change cooperative details (name, AHU, units, board)
ppl-not-allowed = This command is for admins, PMOs, the Dinas Koperasi and business assistants (BA). Type /bantuan to see your commands.
ppl-search-ask = 🔎 Type what you are looking for: a cooperative's name, a village name, a region code, a person's name, a phone number or @username.
    E.g.: Durian, 61.12.03, Siti, 0812345, @siti_a
ppl-search-too-short = Type at least 2 letters or digits, e.g.: Durian
ppl-search-results = 🔎 "{ $query }": { $total ->
        [one] 1 result
       *[other] { $total } results
    } (page { $page } of { $pages }). Pick one to open it, or type another word.
ppl-search-none = No cooperative or person "{ $query }" in your area. Try part of the name, e.g.: Durian
ppl-hit-coop = 🏠 { $name }
ppl-hit-person = 👤 { $name } ({ $role })
ppl-coop-card =
    🏠 { $name }
    📍 { $where }
    Region code: { $code }
    Legal entity (AHU): { $ahu }
    Business units: { $units }
    Status: { $status }
    Business assistant (BA): { $ba }
ppl-board-title = Board ({ $count }):
ppl-board-line = • { $name } — { $position }
ppl-board-more = …and { $count } more
ppl-history-title = Recent changes:
ppl-history-line = • { $date }: { $what } ({ $by })
ppl-person-card =
    👤 { $name }
    Role: { $role }
    Area: { $area }
    Contact: { $contact }
ppl-person-coop = • { $name } — { $position }
ppl-person-blocked = ⚠️ This person blocked the bot; messages do not reach them.
ppl-btn-role = 🔑 Change role
ppl-btn-edit = ✏️ Change cooperative details
ppl-btn-deactivate = ⛔ Deactivate cooperative
ppl-btn-activate = ✅ Activate again
ppl-btn-coop = 🏠 { $name }
ppl-deactivated = Cooperative deactivated: it gets no reminders and is not counted in recaps. It can be activated again from this card.
ppl-activated = Cooperative active again.
history-COOP_RENAMED = name changed
history-COOP_AHU_SET = AHU number changed
history-COOP_UNITS_SET = business units changed
history-MEMBER_POSITION_SET = a board position changed
history-MEMBER_REMOVED = a board member removed
history-MEMBER_LEFT = a board member left
history-KETUA_HANDOVER_PROPOSED = chair handover proposed
history-KETUA_HANDOVER_ACCEPTED = new chair accepted
history-KETUA_HANDOVER_DECLINED = chair handover declined
history-COOP_DEACTIVATED = cooperative deactivated
history-COOP_REACTIVATED = cooperative activated again
history-COOP_ASSIGNED = business assistant (BA) assigned
history-other = details changed

## Role change
role-ask = 🔑 New role for { $name } (now: { $role }):
role-area-regency = Pick the regency/city where { $name } works (page { $page } of { $pages }), or type its name:
role-area-province = Pick the province for { $name } (page { $page } of { $pages }), or type its name:
role-confirm = Change { $name }'s role to { $role }{ $area }?
role-confirm-yes = ✅ Yes, change
role-confirm-no = ❌ Cancel
role-done = ✅ { $name } is now { $role }{ $area }.
role-done-unassigned = Cooperatives left without a business assistant (BA): { $count }. A notice to the PMO is queued. Assign them with /tugaskan.
role-cancelled = Nothing was changed.
role-unchanged = The role and area are the same as now; nothing was changed.
role-self = You cannot change your own role. Ask another admin.
role-notice = ℹ️ Your role in the Koperasi Merah Putih bot is now: { $role }{ $area }. Type /bantuan to see your commands.
role-notice-pmo = ℹ️ { $name } is no longer a business assistant (BA) in your area. Cooperatives that need a new one: { $count }. Type /tugaskan.
role-area-in = { " " }in { $area }
area-national = all of Indonesia

## Coop edit (ketua and pengurus)
edit-pick-coop = Which cooperative do you want to change?
edit-what = ✏️ What do you want to change in { $name }?
edit-name = Cooperative name
edit-ahu = AHU number
edit-units = Business units
edit-position = Board positions
edit-remove = Remove a board member
edit-handover = Hand over the chair
edit-done-button = ✅ Done
edit-name-ask = Type the new name of the cooperative (5–100 letters).
    E.g.: Koperasi Desa Merah Putih Durian
edit-name-invalid = The name needs 5 to 100 letters and no hidden or control characters, e.g.: Koperasi Desa Merah Putih Durian
edit-ahu-ask = Type the legal entity (AHU) number from the Ministry of Law, starting with "AHU-", or tap "Not yet".
    E.g.: AHU-0001234.AH.01.29.TAHUN 2025
edit-ahu-none = Not yet
edit-ahu-invalid = That AHU number has the wrong format. E.g.: AHU-0001234.AH.01.29.TAHUN 2025
edit-ahu-taken = That AHU number is already used by { $name }. Check the number; if that is your cooperative, join it via /start.
edit-units-ask = Tap business units to select or unselect them, then tap "Done". Selected: { $chosen }
edit-units-none = Select at least one business unit, then tap "Done".
edit-member-pick = Pick a board member:
edit-position-ask = New position for { $name }:
edit-remove-confirm = Remove { $name } from the board of { $coop }? Reports already sent are kept.
edit-handover-confirm = Hand over the chair of { $coop } to { $name }? It moves once { $name } agrees; you will hold the position { $position }.
edit-yes = ✅ Yes
edit-no = ❌ No
edit-saved = ✅ Saved.
edit-forbidden = Only the cooperative's chair (or an admin) can make this change.
edit-no-members = There are no other active board members in this cooperative yet.
edit-handover-sent = Request sent to { $name }. The chair moves once they agree.
edit-notice-position = ℹ️ Your position in { $coop } is now: { $position }.
edit-notice-removed = ℹ️ You are no longer listed as a board member of { $coop } in this bot. Your account and other data remain. If this is a mistake, contact the chair.
handover-ask = 🤝 { $from } proposes that you become the chair of { $coop } in this bot. Do you agree?
handover-yes = ✅ Agree
handover-no = ❌ Decline
handover-accepted = ✅ You are now listed as the chair of { $coop }.
handover-declined = You declined. Nothing changed.
handover-notice-accepted = ✅ { $name } accepted the chair of { $coop }. Your position is now: { $position }.
handover-notice-declined = { $name } declined to become the chair of { $coop }. Nothing changed.
handover-stale = This request is no longer valid.

## Leaving (/keluar)
leave-none = You are not listed on the board of any cooperative.
leave-pick = Leave the board of which cooperative?
leave-confirm = Leave the board of { $coop }? Your account and data stay (to erase your personal data, use /hapusdata). Reports already sent are kept.
leave-yes = ✅ Yes, leave
leave-no = ❌ No
leave-done = You have left the board of { $coop }. To join again, type /start.
leave-kept = Fine, you stay on the board.
leave-ketua = You are the chair of { $coop }. First hand the chair over to another board member via /ubahkoperasi → "Hand over the chair", then leave.
leave-notice-ketua = ℹ️ { $name } left the board of { $coop }.
