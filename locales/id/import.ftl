## Impor daftar (roster) dari spreadsheet: /impor, dokumen .xlsx/.csv, npm run import

imp-file-too-big = File ini { $size }; batasnya { $limit }. Bagi daftar menjadi beberapa file (misalnya per kabupaten/kota), lalu kirim satu per satu.
imp-file-empty = File ini kosong. Kirim file .xlsx atau .csv yang berisi daftar; templatnya ada di /impor.
imp-file-wrong-type = File ini bukan spreadsheet (isinya { $what }), walaupun namanya mungkin berakhiran .xlsx. Simpan daftar dari Excel sebagai .xlsx atau .csv, lalu kirim lagi. Templat: /impor
imp-file-old-xls = File ini format Excel lama (.xls). Buka di Excel, pilih Simpan Sebagai → "Excel Workbook (.xlsx)", lalu kirim lagi.
imp-file-too-many-rows = File ini berisi { $rows } baris; batasnya { $limit } baris per file. Bagi daftar per provinsi, lalu kirim satu per satu.
imp-file-bad-xlsx = File .xlsx ini rusak atau tidak bisa dibaca. Buka di Excel, simpan ulang sebagai .xlsx, lalu kirim lagi.
imp-file-bad-csv = File .csv ini tidak bisa dibaca (tanda kutip tidak lengkap?). Simpan ulang dari Excel sebagai "CSV UTF-8", lalu kirim lagi.
imp-file-no-header = Baris judul kolom tidak dikenali. Baris pertama harus berisi nama kolom, misalnya "Nama Koperasi", "Nomor Badan Hukum (AHU)", "Kode Desa". Unduh templat dengan /impor, salin data ke sana, lalu kirim lagi.
imp-file-merged = Sel { $range } digabung (merge). Pisahkan sel itu (Unmerge Cells) dan isi setiap baris sendiri-sendiri, lalu kirim lagi. Tidak ada yang disimpan.
imp-file-no-rows = Ada baris judul, tetapi tidak ada baris data di bawahnya. Isi satu baris per koperasi/orang, lalu kirim lagi.

imp-problem-line = Baris { $row }: { $reason }
imp-err-coop-name-empty = nama koperasi kosong
imp-err-coop-name-invalid = nama koperasi tidak valid (5–100 huruf, contoh: Koperasi Desa Merah Putih Durian)
imp-err-coop-name-too_long = nama koperasi lebih dari 100 huruf
imp-err-village-code-format = "{ $code }" bukan kode desa (contoh: 61.12.03.2005)
imp-err-village-unknown = kode desa { $code } tidak ada
imp-err-village-names-missing = isi kode desa, atau nama desa + kecamatan + kabupaten/kota
imp-err-regency-ambiguous = kabupaten/kota "{ $name }" ada lebih dari satu; pakai kode desa
imp-err-regency-unknown = kabupaten/kota "{ $name }" tidak ditemukan
imp-err-province-unknown = provinsi "{ $name }" tidak ditemukan
imp-err-district-ambiguous = kecamatan "{ $name }" ada lebih dari satu di { $regency }; pakai kode desa
imp-err-district-unknown = kecamatan "{ $name }" tidak ada di { $regency }
imp-err-village-ambiguous = desa "{ $name }" ada lebih dari satu di Kec. { $district }; pakai kode desa
imp-err-village-name-unknown = desa "{ $name }" tidak ada di Kec. { $district }
imp-err-out-of-scope = wilayahnya di { $province }, di luar wilayah Anda ({ $scope })
imp-err-ahu-format = "{ $ahu }" bukan nomor AHU (contoh: AHU-0012345.AH.01.29.TAHUN 2025)
imp-err-person-name = nama "{ $name }" tidak valid (2–60 huruf)
imp-err-phone = nomor HP "{ $phone }" tidak valid (contoh: 081234567890)
imp-err-phone-missing = nomor HP kosong
imp-err-unit = unit usaha "{ $unit }" tidak dikenal (pilihan: Kantor, Gerai Sembako, Simpan Pinjam, Klinik, Apotek, Cold Storage/Gudang, Logistik, Lainnya)
imp-err-date = tanggal "{ $date }" tidak valid (contoh: 2025-09-01 atau 01/09/2025)
imp-err-duplicate-row = baris ganda, sama dengan baris { $first }
imp-err-duplicate-village = desa { $code } sudah ada di baris { $first } (satu koperasi per desa)
imp-err-duplicate-ahu = AHU { $ahu } sudah ada di baris { $first }
imp-err-ahu-taken = AHU { $ahu } sudah tercatat untuk desa { $code }
imp-err-ahu-on-bot = AHU { $ahu } sudah dipakai { $coop } (desa { $code }) di bot
imp-conflict-ahu = { $coop } di bot memakai AHU { $theirs } (diisi pengurus), daftar menyebut { $ahu }; data pengurus tidak diubah
imp-err-role = peran "{ $role }" tidak dikenal (pilihan: BA, PMO, Dinas)
imp-err-area-unknown = kode wilayah { $code } tidak ada
imp-err-area-province = "{ $code }" bukan kode provinsi (contoh: 61)
imp-err-area-regency = "{ $code }" bukan kode kabupaten/kota (contoh: 61.12)
imp-err-area-missing = wilayah tugas kosong (kabupaten/kota untuk BA dan PMO, provinsi untuk Dinas)
imp-err-duplicate-phone = nomor { $phone } sudah ada di baris { $first }
imp-conflict-staff-joined = { $name } sudah bergabung sebagai { $role }; ubah perannya lewat /cari, bukan lewat impor
imp-err-ba-missing = HP atau nama BA kosong
imp-err-coop-missing = AHU atau kode desa koperasi kosong
imp-err-ba-ambiguous = nama BA "{ $ba }" dimiliki lebih dari satu orang; pakai nomor HP
imp-err-ba-unknown = BA "{ $ba }" tidak ada di daftar pendamping; impor daftar pendamping dulu
imp-err-coop-unknown = koperasi "{ $coop }" tidak ada di daftar koperasi maupun di bot; impor daftar koperasi dulu
imp-err-ba-other-regency = { $ba } bertugas di { $regency }, bukan di wilayah { $coop }
imp-err-duplicate-coop = { $coop } sudah ditugaskan di baris { $first } (satu BA per koperasi)
imp-err-ba-not-joined = { $ba } belum bergabung dan { $coop } belum ada di daftar koperasi; impor daftar koperasi dulu

imp-sheet-data = Data
imp-sheet-notes = Petunjuk
imp-sheet-rejected = Ditolak
imp-sheet-conflicts = Konflik
imp-sheet-invites = Undangan
imp-col-row = Baris
imp-col-reason = Alasan
imp-col-name = Nama
imp-col-phone = No HP
imp-col-role = Peran
imp-col-area = Wilayah
imp-col-link = Tautan undangan
imp-col-code = Kode
imp-col-until = Berlaku sampai
imp-role-BA = BA
imp-role-PMO = PMO
imp-role-DINAS = Dinas
imp-invite-joined = sudah bergabung
imp-invite-none = -
imp-notes-coops =
    Templat daftar koperasi (KDKMP). Satu baris per koperasi; baris 1 adalah judul kolom, jangan diubah namanya.
    Wajib: Nama Koperasi, dan Kode Desa (kode Kemendagri, misalnya 61.12.03.2005) ATAU Desa/Kelurahan + Kecamatan + Kabupaten/Kota.
    Nomor Badan Hukum (AHU) ditulis seperti AHU-0012345.AH.01.29.TAHUN 2025.
    Nama Ketua dan HP Ketua boleh kosong. HP: 08…, +62… atau 62….
    Unit Usaha: pisahkan dengan koma: Kantor, Gerai Sembako, Simpan Pinjam, Klinik, Apotek, Cold Storage, Logistik, Lainnya.
    Tanggal: 2025-09-01 atau 01/09/2025; boleh kosong.
    Satu koperasi per desa. Urutan kolom bebas; kolom lain diabaikan. Jangan menggabung (merge) sel.
    Kirim file ini ke bot sebagai dokumen: bot menampilkan uji coba (berapa baru/berubah/ditolak) sebelum apa pun disimpan.
imp-notes-staff =
    Templat daftar pendamping dan petugas. Satu baris per orang; baris 1 adalah judul kolom.
    Wajib: Nama, No HP (08…), Peran (BA, PMO atau Dinas).
    Wilayah: BA dan PMO per kabupaten/kota (Kode Wilayah 61.12 atau nama Kabupaten/Kota); Dinas per provinsi (kode 61 atau nama Provinsi).
    Setelah diterapkan, bot mengirim file berisi tautan dan kode undangan pribadi untuk tiap orang; teruskan lewat SMS/WhatsApp.
    Impor ulang dengan nomor HP yang sama memperbarui orang itu, bukan menambah orang baru.
imp-notes-assignments =
    Templat penugasan: siapa mendampingi koperasi mana. Satu baris per koperasi; baris 1 adalah judul kolom.
    BA: isi HP BA (disarankan) atau Nama BA, seperti di daftar pendamping.
    Koperasi: isi Nomor Badan Hukum (AHU) atau Kode Desa, seperti di daftar koperasi. Nama Koperasi hanya untuk dibaca.
    BA harus bertugas di kabupaten/kota koperasi itu. Impor daftar koperasi dan pendamping lebih dulu.
    Setiap BA mendapat satu pesan ringkasan, dan pengurus tiap koperasi satu pesan tentang BA-nya.

imp-notice-ba = 📋 Dari daftar penugasan, Anda kini mendampingi { $count } koperasi: { $coops }{ $more ->
        [0] {""}
       *[other] , dan { $more } lainnya
    }. Lihat semuanya dengan /koperasiku.
imp-notice-board = 👋 Pendamping (BA) { $coop } sekarang { $ba } ({ $phone }). Hubungi beliau bila perlu, atau ketik /mintabantuan.

cmd-impor = Impor daftar koperasi, pendamping, dan penugasan dari Excel
imp-intro =
    📥 Impor daftar dari Excel (.xlsx) atau .csv. Ada tiga jenis:
    1. Daftar koperasi: nama, nomor AHU, kode desa (atau desa + kecamatan + kabupaten), ketua dan HP-nya.
    2. Daftar pendamping: nama, HP, peran (BA, PMO, Dinas) dan wilayahnya; tiap orang mendapat undangan pribadi.
    3. Penugasan: HP BA dan AHU atau kode desa koperasi.
    Isi templat di bawah, lalu kirim filenya ke sini sebagai dokumen. Bot menampilkan uji coba dulu; tidak ada yang disimpan sebelum Anda menekan "Terapkan". Batas file 20 MB.
imp-tpl-caption-COOPS = Templat 1: daftar koperasi (lihat lembar "Petunjuk")
imp-tpl-caption-STAFF = Templat 2: daftar pendamping dan petugas
imp-tpl-caption-ASSIGNMENTS = Templat 3: penugasan BA ke koperasi
imp-kind-COOPS = daftar koperasi
imp-kind-STAFF = daftar pendamping
imp-kind-ASSIGNMENTS = penugasan
imp-download-failed = File tidak bisa diunduh dari Telegram. Coba kirim lagi sebentar lagi.
imp-dryrun =
    📋 Uji coba impor #{ $id } ({ $kind }, { $file }):
    Baru: { $new } · Berubah: { $updated } · Tetap: { $unchanged } · Ditolak: { $rejected } · Konflik: { $conflicts }
imp-more-problems = …dan { $n } lainnya di file terlampir.
imp-dryrun-foot = Belum ada yang disimpan. Tekan "Terapkan" untuk menyimpan, atau "Batal".
imp-dryrun-nothing = Tidak ada baris yang bisa diimpor. Perbaiki baris di file terlampir, lalu kirim lagi.
imp-rejected-caption = { $n } baris bermasalah, dengan alasannya. Perbaiki lalu kirim lagi.
btn-imp-apply = ✅ Terapkan
btn-imp-cancel = ❌ Batal
imp-applying = ⏳ Menerapkan impor #{ $id } ({ $total } baris)…
imp-applied = ✅ Impor #{ $id } diterapkan: { $new } baru, { $updated } berubah, { $rejected } ditolak (tidak disimpan).{ $notices ->
        [0] {""}
       *[other] {" "}{ $notices } pesan dikirim ke BA dan pengurus.
    }
imp-already-applied = Impor #{ $id } sudah diterapkan sebelumnya; tidak ada yang diubah lagi.
imp-apply-failed = ⚠️ Impor #{ $id } terhenti setelah { $applied } dari { $total } baris (yang sudah tersimpan tetap tersimpan). Tekan "Terapkan" untuk melanjutkan dari situ.
imp-busy = Impor #{ $id } sedang diterapkan. Tunggu sebentar.
imp-cancelled = Impor #{ $id } dibatalkan; tidak ada yang disimpan.
imp-too-late = Impor #{ $id } tidak bisa diubah lagi (sudah dibatalkan atau diterapkan). Kirim filenya lagi untuk uji coba baru.
imp-invites-caption = 🔑 Undangan pribadi untuk { $n } orang (tautan dan kode, sekali pakai, berlaku 30 hari). Teruskan ke masing-masing lewat SMS/WhatsApp.
