## Claiming a rostered coop in registration (issue 20)
reg-claim-ask =
    Di { $village } tercatat koperasi resmi dari daftar Dinas:
    { $name }
    Nomor AHU: { $ahu }
    Ini koperasi Anda?
reg-claim-yes = ✅ Ya, ini koperasi kami
reg-claim-no = ❌ Bukan
reg-claim-not-ours = Baik, Anda mendaftarkan koperasi Anda sendiri: { $name }. Karena data ini berbeda dengan daftar resmi { $village }, pendamping (BA) akan diberi tahu untuk memeriksanya.
reg-summary-title-claim = Ringkasan klaim koperasi:
reg-send-claim = ✅ Kirim
reg-claim-gone = Maaf, data koperasi resmi di desa itu baru saja berubah. Silakan pilih desa Anda lagi.
reg-claim-verified = 🎉 { $name } kini tercatat di asisten ini dengan Anda sebagai pengurusnya. Nomor HP Anda cocok dengan data ketua di daftar resmi, jadi tidak perlu konfirmasi lagi. Langkah berikutnya: isi laporan bulanan dengan /lapor. Data koperasi: /koperasi.
reg-claim-pending = 📨 Klaim Anda atas { $name } sudah tercatat. Nomor HP Anda belum bisa dicocokkan dengan data ketua di daftar resmi, jadi { $who } akan mengonfirmasi, paling lambat { $until }. Kami kabari hasilnya di sini.
claim-who-BA = { $names }, pendamping (BA) koperasi Anda,
claim-who-PMO = { $names } (PMO { $area })
claim-who-ADMIN = admin program
claim-verify-card =
    🔎 Konfirmasi klaim koperasi
    { $person } ({ $phone }) mengaku { $position } { $coop } (AHU { $ahu }), { $where }.
    { $reason ->
        [mismatch] Nomor HP-nya tidak sama dengan nomor ketua di daftar resmi.
        [typed] Nomor HP-nya diketik, bukan dibagikan lewat tombol Telegram.
        [none] Ia tidak membagikan nomor HP.
       *[other] Daftar resmi belum punya nomor HP ketua.
    }
    Benarkah ia pengurus koperasi ini? Mohon jawab sebelum { $until }.
claim-accept = ✅ Benar, terima
claim-reject = ❌ Bukan, tolak
claim-accepted-by = ✅ Klaim { $person } atas { $coop } diterima oleh { $by }.
claim-rejected-by = ❌ Klaim { $person } atas { $coop } ditolak oleh { $by }. Koperasi ini kembali menunggu pengurusnya di daftar resmi.
claim-accepted-to-claimant = 🎉 Klaim Anda atas { $coop } sudah dikonfirmasi oleh { $by }. Ketik /lapor untuk laporan bulanan, /koperasi untuk data koperasi.
claim-rejected-to-claimant = Maaf, klaim Anda atas { $coop } ditolak oleh { $by }. Jika ini keliru, hubungi { $by } lalu ketik /daftar untuk mengajukan lagi.
claim-already-decided = Klaim { $person } sudah diputuskan sebelumnya (status: { $status }).
claim-joined-to-ba = ✅ { $coop } ({ $where }) dari daftar resmi kini ada di asisten: { $person } ({ $phone }) terverifikasi sebagai pengurus lewat nomor HP ketua.
claim-open-coop = 🗂 Lihat koperasi
claim-conflict-card =
    ⚠️ Data berbeda dengan daftar resmi
    Di { $where }, { $person } ({ $phone }) mendaftarkan "{ $coop }" (AHU { $ahu }) dan menyatakan koperasi di daftar resmi bukan miliknya:
    "{ $rosterName }" (AHU { $rosterAhu }).
    Satu desa hanya punya satu koperasi: mohon periksa dengan pengurus dan Dinas.

## Staff roster: a rostered phone is offered its role
reg-staff-offer = Nomor HP Anda tercatat di daftar petugas program sebagai { $role } untuk { $area }. Apakah Anda masuk sebagai { $role }?
reg-staff-yes = ✅ Ya, saya { $role }
reg-staff-no = 🏠 Bukan, saya pengurus koperasi
reg-staff-taken = Peran di daftar petugas untuk nomor ini sudah diambil. Jika itu bukan Anda, hubungi Dinas atau admin. Pendaftaran koperasi dilanjutkan.
