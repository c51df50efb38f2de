## Invite codes (/undang, /kode, deep link)
inv-role-ask = Which role is this invite code for?
inv-pick-province = Pick a province, then a regency/city. Or type the regency's name, e.g. Kubu Raya
inv-pick-province-only = Pick the province for the Dinas Koperasi. Or type its name, e.g. Kalimantan Barat
inv-pick-regency = Pick a regency/city in { $province }:
inv-search-short = Type at least 3 letters of the area's name, e.g. Kubu Raya
inv-search-none = No area called "{ $query }". Check the spelling or use the buttons.
inv-search-results = Results for "{ $query }":
inv-uses-ask = How many people may use this code?
inv-uses-n = { $n } people
inv-days-ask = Valid for how long?
inv-days-n = { $n ->
        [one] 1 day
       *[other] { $n } days
    }
inv-use-buttons = Please choose by tapping one of the buttons under the message.
inv-create-failed = Sorry, the invite code could not be created. Try again with /undang.
inv-created =
    ✅ Invite code: { $code }
    Role: { $role } · { $area }
    For { $uses } people, valid until { $until }.
    Send this link to the person: { $link }
    Or ask them to type: /kode { $code }

inv-btn-revoke = 🚫 Revoke code
inv-revoke-ask = Revoke code { $code }? Used by { $uses } of { $max } people. Those who joined keep their role; the code cannot be used any more.
inv-revoke-yes = 🚫 Yes, revoke
inv-revoke-no = No
inv-revoke-kept = Code { $code } stays valid.
inv-revoked = 🚫 Code { $code } has been revoked and cannot be used any more. The { $uses } people who joined keep their role. Make a new code with /undang.
inv-revoke-inactive-revoked = Code { $code } was already revoked.
inv-revoke-inactive-expired = Code { $code } has expired, so there is nothing to revoke.
inv-revoke-inactive-used_up = Code { $code } is used up, so there is nothing to revoke.
inv-list-head = 🔑 Invite codes still valid (newest { $count }). Tap a button to revoke:
inv-list-line = { $code } · { $role } · { $area } · { $uses }/{ $max } people · until { $until }
inv-list-revoke = 🚫 Revoke { $code }
inv-list-empty = No invite code is still valid. Make a new one with /undang.

## Joining with a code
inv-code-how = Type /kode followed by your invite code, e.g. /kode K7QM-4TZP
inv-code-malformed = "{ $code }" is not an invite code. Codes have 8 letters/digits, e.g. /kode K7QM-4TZP
inv-code-unknown = Code { $code } was not found. Check what you typed (e.g. /kode K7QM-4TZP) or ask the admin for a new code.
inv-code-expired = Code { $code } expired on { $date }. Ask the admin who invited you for a new code.
inv-code-used-up = Code { $code } has been used up ({ $max } people). Ask the admin for a new code.
inv-code-revoked = Code { $code } was cancelled. Ask the admin for a new code.
inv-code-throttled = ⏳ Too many wrong codes in a short time. For security, try again after { $time }. Check the code with the admin who invited you, e.g. /kode K7QM-4TZP
inv-code-already-yours = You already used code { $code }. Your role now: { $role }.
inv-code-admin = You are already an admin, so you do not need an invite code.
inv-join-intro = 🔑 Code { $code } invites you as { $role } for { $area }. { $needs ->
        [name] Before the role is given, please type your full name.
        [consent] Before the role is given, please read and agree to how your data is stored.
       *[both] Before the role is given, please agree to how your data is stored, then type your full name.
    }
inv-consent-declined = All right: code { $code } was not used and your role has not changed. The { $role } role can only be given once you agree to your data being stored, because the work uses your name and Telegram ID. If you change your mind, type /kode { $code } again (or open the invite link again) and tap "I agree".
inv-welcome = ✅ Welcome, { $name }! You now work as { $role } for { $area }.
inv-next-BA = Your commands: /koperasiku (your cooperatives) and /permintaan (help requests). You will be told as soon as cooperatives are assigned to you.
inv-next-PMO = Your commands: /koperasiku (BAs and requests overview), /tugaskan (assign cooperatives to a BA), /permintaan.
inv-next-DINAS = Your commands: /koperasiku (area overview) and /permintaan (help requests in your area).
inv-used-notice = 🔑 { $name } used code { $code } and now works as { $role } for { $area }.
inv-privacy-note = 🔒 By joining, your data (name, Telegram id) is processed for this role. See /privasi; download it with /dataku, erase it with /hapusdata.
