## Roster import from a spreadsheet: /impor, .xlsx/.csv documents, npm run import

imp-file-too-big = This file is { $size }; the limit is { $limit }. Split the list into several files (e.g. per regency) and send them one by one.
imp-file-empty = This file is empty. Send an .xlsx or .csv file with the list; templates are in /impor.
imp-file-wrong-type = This file is not a spreadsheet (it holds { $what }), even if its name ends in .xlsx. Save the list from Excel as .xlsx or .csv and send it again. Templates: /impor
imp-file-old-xls = This is an old Excel file (.xls). Open it in Excel, Save As → "Excel Workbook (.xlsx)", and send it again.
imp-file-too-many-rows = This file has { $rows } rows; the limit is { $limit } rows per file. Split the list per province and send them one by one.
imp-file-bad-xlsx = This .xlsx file is damaged or cannot be read. Open it in Excel, save it again as .xlsx and send it again.
imp-file-bad-csv = This .csv file cannot be read (an unclosed quote?). Save it again from Excel as "CSV UTF-8" and send it again.
imp-file-no-header = No column header row recognised. The first row must hold column names such as "Nama Koperasi", "Nomor Badan Hukum (AHU)", "Kode Desa". Get a template with /impor, copy the data into it and send it again.
imp-file-merged = Cells { $range } are merged. Unmerge them and fill every row on its own, then send it again. Nothing was saved.
imp-file-no-rows = There is a header row but no data rows below it. Fill one row per coop/person and send it again.

imp-problem-line = Row { $row }: { $reason }
imp-err-coop-name-empty = the coop name is empty
imp-err-coop-name-invalid = the coop name is not valid (5–100 letters, e.g. Koperasi Desa Merah Putih Durian)
imp-err-coop-name-too_long = the coop name is over 100 characters
imp-err-village-code-format = "{ $code }" is not a village code (e.g. 61.12.03.2005)
imp-err-village-unknown = village code { $code } does not exist
imp-err-village-names-missing = fill the village code, or village + district + regency names
imp-err-regency-ambiguous = more than one regency is called "{ $name }"; use the village code
imp-err-regency-unknown = regency "{ $name }" not found
imp-err-province-unknown = province "{ $name }" not found
imp-err-district-ambiguous = more than one district "{ $name }" in { $regency }; use the village code
imp-err-district-unknown = no district "{ $name }" in { $regency }
imp-err-village-ambiguous = more than one village "{ $name }" in { $district }; use the village code
imp-err-village-name-unknown = no village "{ $name }" in { $district }
imp-err-out-of-scope = it is in { $province }, outside your area ({ $scope })
imp-err-ahu-format = "{ $ahu }" is not an AHU number (e.g. AHU-0012345.AH.01.29.TAHUN 2025)
imp-err-person-name = the name "{ $name }" is not valid (2–60 letters)
imp-err-phone = the phone number "{ $phone }" is not valid (e.g. 081234567890)
imp-err-phone-missing = the phone number is empty
imp-err-unit = unknown business unit "{ $unit }" (Kantor, Gerai Sembako, Simpan Pinjam, Klinik, Apotek, Cold Storage/Gudang, Logistik, Lainnya)
imp-err-date = the date "{ $date }" is not valid (e.g. 2025-09-01 or 01/09/2025)
imp-err-duplicate-row = duplicate of row { $first }
imp-err-duplicate-village = village { $code } is already in row { $first } (one coop per village)
imp-err-duplicate-ahu = AHU { $ahu } is already in row { $first }
imp-err-ahu-taken = AHU { $ahu } is already recorded for village { $code }
imp-err-ahu-on-bot = AHU { $ahu } is already used by { $coop } (village { $code }) on the bot
imp-conflict-ahu = { $coop } on the bot uses AHU { $theirs } (entered by its board), the list says { $ahu }; the board's data is left as it is
imp-err-role = unknown role "{ $role }" (BA, PMO, Dinas)
imp-err-area-unknown = area code { $code } does not exist
imp-err-area-province = "{ $code }" is not a province code (e.g. 61)
imp-err-area-regency = "{ $code }" is not a regency code (e.g. 61.12)
imp-err-area-missing = the area is empty (regency for BA and PMO, province for Dinas)
imp-err-duplicate-phone = number { $phone } is already in row { $first }
imp-conflict-staff-joined = { $name } already joined as { $role }; change their role with /cari, not by import
imp-err-ba-missing = the BA's phone or name is empty
imp-err-coop-missing = the coop's AHU or village code is empty
imp-err-ba-ambiguous = more than one person is called "{ $ba }"; use the phone number
imp-err-ba-unknown = BA "{ $ba }" is not in the staff list; import the staff list first
imp-err-coop-unknown = coop "{ $coop }" is neither in the coop list nor on the bot; import the coop list first
imp-err-ba-other-regency = { $ba } works in { $regency }, not where { $coop } is
imp-err-duplicate-coop = { $coop } was already assigned in row { $first } (one BA per coop)
imp-err-ba-not-joined = { $ba } has not joined and { $coop } is not in the coop list; import the coop list first

imp-sheet-data = Data
imp-sheet-notes = Notes
imp-sheet-rejected = Rejected
imp-sheet-conflicts = Conflicts
imp-sheet-invites = Invites
imp-col-row = Row
imp-col-reason = Reason
imp-col-name = Name
imp-col-phone = Phone
imp-col-role = Role
imp-col-area = Area
imp-col-link = Invite link
imp-col-code = Code
imp-col-until = Valid until
imp-role-BA = BA
imp-role-PMO = PMO
imp-role-DINAS = Dinas
imp-invite-joined = joined
imp-invite-none = -
imp-notes-coops =
    Coop list template (KDKMP). One row per coop; row 1 holds the column names, keep them.
    Required: Nama Koperasi, and Kode Desa (Kemendagri code, e.g. 61.12.03.2005) OR Desa/Kelurahan + Kecamatan + Kabupaten/Kota.
    Nomor Badan Hukum (AHU): e.g. AHU-0012345.AH.01.29.TAHUN 2025.
    Nama Ketua and HP Ketua may be empty. Phones: 08…, +62… or 62….
    Unit Usaha: separated by commas: Kantor, Gerai Sembako, Simpan Pinjam, Klinik, Apotek, Cold Storage, Logistik, Lainnya.
    Dates: 2025-09-01 or 01/09/2025; may be empty.
    One coop per village. Any column order; other columns are ignored. Do not merge cells.
    Send this file to the bot as a document: it shows a dry run (new/changed/rejected) before anything is saved.
imp-notes-staff =
    Staff list template. One row per person; row 1 holds the column names.
    Required: Nama, No HP (08…), Peran (BA, PMO or Dinas).
    Area: BA and PMO per regency (Kode Wilayah 61.12 or the Kabupaten/Kota name); Dinas per province (code 61 or the Provinsi name).
    Once applied, the bot sends a file with a personal invite link and code for each person; pass them on by SMS/WhatsApp.
    Importing the same phone number again updates that person instead of adding a new one.
imp-notes-assignments =
    Assignments template: who accompanies which coop. One row per coop; row 1 holds the column names.
    BA: fill HP BA (preferred) or Nama BA, as in the staff list.
    Coop: fill Nomor Badan Hukum (AHU) or Kode Desa, as in the coop list. Nama Koperasi is for reading only.
    The BA must work in the coop's regency. Import the coop and staff lists first.
    Each BA gets one summary message, and each coop's board one message about its BA.

imp-notice-ba = 📋 From the assignments list, you now accompany { $count } coops: { $coops }{ $more ->
        [0] {""}
       *[other] , and { $more } more
    }. See them all with /koperasiku.
imp-notice-board = 👋 The business assistant (BA) of { $coop } is now { $ba } ({ $phone }). Contact them when needed, or type /mintabantuan.

cmd-impor = Import coop, staff and assignment lists from Excel
imp-intro =
    📥 Import lists from Excel (.xlsx) or .csv. There are three kinds:
    1. Coop list: name, AHU number, village code (or village + district + regency), ketua and their phone.
    2. Staff list: name, phone, role (BA, PMO, Dinas) and area; each person gets a personal invite.
    3. Assignments: the BA's phone and the coop's AHU or village code.
    Fill in a template below and send the file here as a document. The bot shows a dry run first; nothing is saved before you press "Apply". File limit 20 MB.
imp-tpl-caption-COOPS = Template 1: coop list (see the "Notes" sheet)
imp-tpl-caption-STAFF = Template 2: staff list
imp-tpl-caption-ASSIGNMENTS = Template 3: BA assignments
imp-kind-COOPS = coop list
imp-kind-STAFF = staff list
imp-kind-ASSIGNMENTS = assignments
imp-download-failed = The file could not be downloaded from Telegram. Try sending it again in a moment.
imp-dryrun =
    📋 Dry run of import #{ $id } ({ $kind }, { $file }):
    New: { $new } · Changed: { $updated } · Unchanged: { $unchanged } · Rejected: { $rejected } · Conflicts: { $conflicts }
imp-more-problems = …and { $n } more in the attached file.
imp-dryrun-foot = Nothing is saved yet. Press "Apply" to save it, or "Cancel".
imp-dryrun-nothing = No row can be imported. Fix the rows in the attached file and send it again.
imp-rejected-caption = { $n } rows with problems, with the reasons. Fix them and send the file again.
btn-imp-apply = ✅ Apply
btn-imp-cancel = ❌ Cancel
imp-applying = ⏳ Applying import #{ $id } ({ $total } rows)…
imp-applied = ✅ Import #{ $id } applied: { $new } new, { $updated } changed, { $rejected } rejected (not saved).{ $notices ->
        [0] {""}
       *[other] {" "}{ $notices } messages sent to BAs and boards.
    }
imp-already-applied = Import #{ $id } was applied before; nothing changed again.
imp-apply-failed = ⚠️ Import #{ $id } stopped after { $applied } of { $total } rows (what was saved stays saved). Press "Apply" to continue from there.
imp-busy = Import #{ $id } is being applied. Please wait a moment.
imp-cancelled = Import #{ $id } cancelled; nothing was saved.
imp-too-late = Import #{ $id } can no longer be changed (cancelled or applied). Send the file again for a new dry run.
imp-invites-caption = 🔑 Personal invites for { $n } people (link and code, one use, valid 30 days). Pass each on by SMS/WhatsApp.
