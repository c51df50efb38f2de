## Registration wizard
reg-welcome = Hello { $name }! I am the Koperasi Desa/Kelurahan Merah Putih bot. I will help you register a cooperative or join your village cooperative.
reg-start-button = 📝 Register / join a cooperative
reg-consent =
    Permission to keep your data
    So that we can support your cooperative, we keep your name, phone number (if you share it), Telegram ID, position, and your cooperative's data. It is used only for the Koperasi Merah Putih programme by the Ministry of Cooperatives, the Dinas Koperasi, and the business assistants (BA), as the Personal Data Protection Law (UU PDP) requires.
    You can view (/dataku) or erase (/hapusdata) your data at any time.
    Do you agree?
reg-consent-agree = ✅ I agree
reg-consent-decline = ❌ I do not agree
reg-consent-more = ℹ️ Read more
reg-consent-again = Please choose "I agree" or "I do not agree" with the buttons below.
reg-consent-declined = All right, we store no data other than your Telegram ID. If you change your mind, type /start.
reg-keep = Keep: { $value }
reg-name-ask =
    What is your full name (as on your ID card/KTP)?
    Example: Siti Aminah
reg-name-empty = The name is empty. Type your full name, for example: Siti Aminah
reg-name-invalid = A name may only contain letters, spaces, periods, commas, apostrophes or hyphens (at least 2 letters). Example: Siti Aminah
reg-name-too-long = The name is too long (at most 60 letters). Type just your full name, for example: Siti Aminah
reg-phone-ask =
    Your phone number lets the cooperative's chair and your business assistant (BA) contact you, for example when you ask for help.
    Share it with the "📱 Send my phone number" button below, or type the number (example: 0812 3456 7890).
    Don't want to share it? Press "Skip".
reg-phone-share = 📱 Send my phone number
reg-phone-skip = ⏭ Skip
reg-phone-saved = ✅ Phone number saved: { $phone }
reg-phone-skipped = All right, phone number skipped.
reg-phone-invalid = Phone number not recognised. Press the "📱 Send my phone number" button, press "Skip", or type an Indonesian phone number, for example: 0812 3456 7890
reg-phone-not-own = Please share your own phone number with the "📱 Send my phone number" button, not someone else's contact.
reg-wilayah-province =
    In which village (desa/kelurahan) is your cooperative?
    Type the village name, with its district or regency if you like, for example: Durian, Kubu Raya
    Or choose the province (page { $page }/{ $pages }):
reg-wilayah-regency = Province { $parent }. Choose the regency/city (page { $page }/{ $pages }), or type a village name to search.
reg-wilayah-district = { $parent }. Choose the district (kecamatan) (page { $page }/{ $pages }), or type a village name to search.
reg-wilayah-village = District { $parent }. Choose the village (desa/kelurahan) (page { $page }/{ $pages }), or type its name to search.
reg-wilayah-results = { $count ->
        [one] 1 result
       *[other] { $count } results
    } for "{ $query }" (page { $page }/{ $pages }). Choose your village:
reg-wilayah-results-more = More than { $count ->
        [one] 1 result
       *[other] { $count } results
    } for "{ $query }" (page { $page }/{ $pages }). Choose one, or also type the district or regency, for example: Durian, Kubu Raya
reg-wilayah-not-found = There is no area named "{ $query }" in { $where }. Check the spelling or type just part of the name, for example: Sungai Raya. Or choose from the list.
reg-wilayah-indonesia = Indonesia
reg-wilayah-use-buttons = Choose an area with the buttons, or type a village name (at least 2 letters), for example: Durian, Kubu Raya
reg-search-too-short = Type at least 2 letters of the area name, for example: Sungai Raya
reg-search-too-long = The area name is too long. Type just part of the name, for example: Sungai Raya
reg-village-new = No Koperasi Merah Putih is registered in { $village } yet, so you are registering a new cooperative: { $name }. You can change its name in the summary.
reg-join-ask = "{ $name }" is already registered in { $village }. A village has only one Koperasi Merah Putih. Are you on its board and do you want to join it?
reg-join-yes = 🤝 Join this cooperative
reg-join-other = 🔎 Choose another village
reg-coopname-ask =
    Cooperative name now: { $current }
    Type your cooperative's official name, or press the button to use the suggested name.
reg-coopname-use = Use: { $name }
reg-coopname-empty = The cooperative name is empty. Example: Koperasi Desa Merah Putih Sungai Raya
reg-coopname-invalid = The cooperative name must be at least 5 letters long and contain letters. Example: Koperasi Desa Merah Putih Sungai Raya
reg-coopname-too-long = The cooperative name is too long (at most 100 letters). Example: Koperasi Desa Merah Putih Sungai Raya
reg-ahu-ask =
    Type the cooperative's legal entity decree (SK) number from the Ministry of Law. It starts with "AHU-".
    Example: AHU-0012345.AH.01.29.TAHUN 2025
    Don't have one yet? Press "None yet".
reg-ahu-none = None yet
reg-ahu-saved = ✅ AHU number: { $number }
reg-ahu-invalid = The AHU number format is not valid. Write it as on the SK, starting with "AHU-", for example: AHU-0012345.AH.01.29.TAHUN 2025 — or press "None yet".
reg-ahu-taken = That AHU number is already recorded for "{ $name }" ({ $where }). If you are on that cooperative's board, press "⬅️ Back", then "✏️ Edit area", choose the village { $where } and press "🤝 Join this cooperative". If the number has a typo, type the right number.
reg-units-title = Business units
reg-units-ask = Which business units does the cooperative run or plan? Press to select (you can choose more than one), then press "Done".
reg-units-done = ✅ Done
reg-units-none = Choose at least one business unit first.
reg-units-use-buttons = Choose business units by pressing the buttons, then press "Done".
reg-position-ask = What is your position in the cooperative?
reg-position-ask-join = What is your position in { $name }?
reg-summary-title = Registration summary:
reg-summary-title-join = Join request summary:
reg-summary-name = Name: { $value }
reg-summary-phone = Phone: { $value }
reg-summary-village = Area: { $value }
reg-summary-coop = Cooperative name: { $value }
reg-summary-join-coop = Cooperative: { $value }
reg-summary-ahu = AHU number: { $value }
reg-summary-units = Business units: { $value }
reg-summary-position = Position: { $value }
reg-summary-none = not shared
reg-summary-check = All correct? Press "Send". Something wrong? Press "Edit".
reg-summary-use-buttons = Press one of the "Edit" buttons to correct something, or "Send" if everything is right.
reg-edit-name = ✏️ Edit name
reg-edit-phone = ✏️ Edit phone
reg-edit-wilayah = ✏️ Edit area
reg-edit-coopName = ✏️ Edit cooperative name
reg-edit-ahu = ✏️ Edit AHU
reg-edit-units = ✏️ Edit business units
reg-edit-position = ✏️ Edit position
reg-send = ✅ Send registration
reg-send-join = ✅ Send request
reg-done-created = 🎉 { $name } is now recorded in this bot, with you on its board. This is the bot's record, not a legal entity approval and not a SIMKOPDES registration. Next step: fill in the monthly report with /lapor. Cooperative data: /koperasi.
reg-join-sent-ketua = Your request to join { $name } has been sent to the cooperative's chair. We will let you know once a decision is made.
reg-join-sent-admin = Your request to join { $name } has been sent to the admins (the cooperative has no registered chair yet). We will let you know once a decision is made.
reg-join-sent-nobody = Your request to join { $name } has been recorded. There is no chair or admin yet who can approve it; we will let you know once a decision is made.
reg-already-member = You are already a board member of { $name }. Type /koperasi to see it.
reg-already-pending = Your request to join { $name } is still awaiting approval.
reg-admin-new-coop = 🆕 New cooperative registered: { $coop } ({ $where }), by { $person }. ID: { $id }
btn-prev = « Previous
btn-next = Next »
btn-back = ⬅️ Back
btn-back-to-list = ⬅️ Back to the list

## Join requests
join-request-to-approver =
    🤝 Request to join { $coop } ({ $where }):
    Name: { $person }
    Position: { $position }
    Phone: { $phone }
join-approve = ✅ Approve
join-reject = ❌ Reject
join-approved-by = ✅ { $person } was approved to join { $coop } by { $by }.
join-rejected-by = ❌ The request of { $person } to join { $coop } was rejected by { $by }.
join-approved-to-requester = 🎉 Your request to join { $coop } was approved by { $by }. Type /koperasi to see your cooperative.
join-rejected-to-requester = Sorry, your request to join { $coop } was rejected by { $by }. If this is a mistake, contact the cooperative's chair and then type /start to apply again.
join-already-decided = The join request of { $person } was already decided earlier (status: { $status }).
membership-PENDING = awaiting approval
membership-ACTIVE = active
membership-REJECTED = rejected
membership-REMOVED = removed

## Business units and positions
unit-KANTOR = Co-op office
unit-GERAI_SEMBAKO = Grocery (sembako)
unit-SIMPAN_PINJAM = Savings and loans
unit-KLINIK = Village clinic
unit-APOTEK = Village pharmacy
unit-COLD_STORAGE = Cold store
unit-LOGISTIK = Logistics
unit-LAINNYA = Other
position-KETUA = Chair
position-WAKIL_USAHA = Vice chair for business
position-WAKIL_ANGGOTA = Vice chair for membership
position-SEKRETARIS = Secretary
position-BENDAHARA = Treasurer
position-PENGAWAS = Supervisor
position-LAINNYA = Other
