## /siaran — pengumuman ke banyak penerima (admin; PMO dan Dinas Koperasi di wilayahnya)

cmd-siaran = Kirim siaran (pengumuman) ke pengguna
cmd-siaran_batal = Hentikan siaran yang sedang berjalan
cmd-siaran_status = Lihat siaran terakhir dan angkanya

bc-not-allowed = Maaf, siaran hanya dapat dikirim oleh admin, PMO (pengawas pendamping), atau Dinas Koperasi. Pengurus dan pendamping (BA) dapat meminta admin atau PMO untuk mengirimkannya.
bc-compose = { $step }
    Kirim isi siaran: teks (format tebal, miring, dan tautan tetap seperti yang Anda ketik), atau satu foto/dokumen dengan keterangan. Paling banyak { $max } karakter.
    Contoh: Pelatihan pembukuan koperasi, Kamis 5 Desember 2026 pukul 09.00 WIB di aula kecamatan.
bc-compose-too-long = Isi siaran terlalu panjang ({ $length } karakter). Paling banyak { $max } karakter; persingkat atau bagi menjadi beberapa siaran.
bc-compose-empty = Isi siaran masih kosong. Ketik teksnya, contoh: Batas laporan bulanan Oktober adalah 10 November.
bc-compose-kind = Kirim teks, satu foto, atau satu dokumen. Contoh teks: Pelatihan pembukuan, Kamis 5 Desember 2026 pukul 09.00 WIB.
bc-compose-album = Kirim satu foto saja (bukan album). Foto lainnya dapat dikirim sebagai siaran berikutnya.

bc-audience = { $step }
    Pilih penerima. Beberapa filter berlaku bersamaan.
    { $filters }
    Jumlah penerima saat ini: { $count } orang.
bc-filter-none = Filter: belum ada (semua pengguna di wilayah Anda).
bc-filter-roles = Peran: { $roles }
bc-filter-region = Wilayah: { $region }
bc-filter-lang = Bahasa: { $lang }
bc-filter-report = Laporan { $period }: { $status }
bc-filter-stage = Tahap kesiapan: { $stage }
bc-btn-roles = 👥 Peran
bc-btn-region = 📍 Wilayah
bc-btn-lang = 🌐 Bahasa
bc-btn-report = 📝 Status laporan
bc-btn-stage = 🏗 Tahap kesiapan
bc-btn-clear = 🧹 Hapus semua filter
bc-btn-next = ➡️ Lanjut
bc-btn-done = ✅ Selesai
bc-btn-any = Semua
bc-btn-cancel = ✖️ Batal

bc-aud-PENGURUS = Pengurus
bc-aud-KETUA = Ketua saja
bc-aud-BA = Pendamping (BA)
bc-aud-PMO = PMO
bc-aud-DINAS = Dinas Koperasi
bc-roles-ask = Pilih peran penerima (tekan lagi untuk membatalkan pilihan), lalu tekan Selesai. Tanpa pilihan berarti semua peran.
bc-lang-ask = Penerima dengan bahasa:
bc-lang-id = Bahasa Indonesia
bc-lang-en = English
bc-report-ask = Pilih status laporan bulanan:
bc-report-NONE = belum lapor
bc-report-RETURNED = dikembalikan
bc-report-SUBMITTED = menunggu tinjauan
bc-report-ACCEPTED = diterima
bc-report-period-ask = Laporan bulan apa?
bc-stage-ask = Pilih tahap kesiapan koperasi:
bc-stage-REGISTERED = Terdaftar
bc-stage-LEGAL = Berbadan hukum (AHU)
bc-stage-ADMIN_READY = Administrasi lengkap
bc-stage-LAND_READY = Lahan siap
bc-stage-BUILT = Gerai selesai dibangun
bc-stage-FINANCED = Pembiayaan disetujui
bc-stage-OPERATING = Sudah beroperasi

bc-region-province = Pilih provinsi (halaman { $page }/{ $pages }). Ketik sebagian nama untuk mencari, contoh: kalimantan
bc-region-regency = Pilih kabupaten/kota (halaman { $page }/{ $pages }). Ketik sebagian nama untuk mencari, contoh: kubu
bc-region-district = Pilih kecamatan (halaman { $page }/{ $pages }). Ketik sebagian nama untuk mencari, contoh: sungai
bc-region-found = { $total } hasil untuk "{ $query }" (halaman { $page }/{ $pages }):
bc-region-whole = Seluruh { $name }
bc-region-all = Semua wilayah
bc-region-short = Ketik minimal 2 huruf, contoh: kubu

bc-empty = Tidak ada penerima yang cocok dengan filter ini. Ubah filternya.
bc-out-of-scope = Wilayah itu di luar wilayah tugas Anda. Pilih wilayah lain.

bc-ack-ask = { $step }
    Tambahkan tombol "{ bc-ack-button }" agar penerima dapat mengonfirmasi? Anda akan melihat jumlah yang menekannya.
bc-ack-yes = Ya, tambahkan
bc-ack-no = Tidak perlu
bc-ack-button = Diterima ✔
bc-ack-thanks = Terima kasih, konfirmasi Anda sudah dicatat.
bc-ack-again = Konfirmasi Anda sudah tercatat sebelumnya. Terima kasih.
bc-ack-preview = Ini pratinjau; penerima akan melihat tombol yang sama.

bc-when-ask = { $step }
    Kapan siaran dikirim?
bc-when-now = Kirim sekarang
bc-when-later = Jadwalkan
bc-when-time = Ketik tanggal dan jam pengiriman.
    Contoh: 5/12/2026 08.00 — atau 5/12 08.00 untuk tahun ini.
bc-when-bad = Format tanggal/jam belum dikenali. Ketik seperti contoh: 5/12/2026 08.00
bc-when-past = Waktu itu sudah lewat. Ketik waktu yang akan datang, contoh: { $example }
bc-when-zone = Jam { $time } menurut zona waktu apa?
bc-when-recipient = Jam setempat penerima (WIB/WITA/WIT)
bc-when-mine = Jam { $zone } (zona Anda)

bc-preview = { $step }
    Pratinjau di bawah ini persis seperti yang akan diterima penerima.
bc-confirm = Siap dikirim ke { $count } penerima.
    { $filters }
    Waktu: { $when }
    Tombol "{ bc-ack-button }": { $ack }
bc-when-immediately = segera
bc-when-at-recipient = { $time } waktu setempat penerima
bc-yes = ya
bc-no = tidak
bc-btn-send = 📣 Kirim siaran
bc-btn-edit-audience = ✏️ Ubah penerima
bc-cancelled = Siaran dibatalkan, tidak ada yang dikirim.
bc-start-failed = Siaran tidak dapat dimulai: tidak ada penerima yang cocok lagi. Ketik /siaran untuk mencoba lagi.

bc-progress = 📣 Siaran #{ $id } ({ $status })
    Terkirim: { $sent } · Gagal: { $failed } · Memblokir bot: { $blocked }
    Tersisa: { $remaining } dari { $recipients }
    { $eta }
bc-progress-acks = Menekan "{ bc-ack-button }": { $acks }
bc-progress-eta = Perkiraan selesai: { $minutes } menit lagi
bc-progress-eta-soon = Perkiraan selesai: kurang dari 1 menit
bc-progress-scheduled = Terjadwal mulai { $at }
bc-progress-cancelled-rows = Dibatalkan sebelum terkirim: { $cancelled }
bc-status-SENDING = berjalan
bc-status-DONE = selesai
bc-status-CANCELLED = dihentikan
bc-final = { $icon } Siaran #{ $id } selesai.
    Terkirim: { $sent } dari { $recipients } · Gagal: { $failed } · Memblokir bot: { $blocked }

bc-status-title = Siaran terakhir:
bc-status-none = Belum ada siaran. Ketik /siaran untuk membuat siaran.
bc-status-line = #{ $id } · { $date } · { $status } · "{ $text }"
    Terkirim { $sent }/{ $recipients } · gagal { $failed } · blokir { $blocked }
bc-status-line-acks = · diterima { $acks }

bc-cancel-none = Tidak ada siaran yang sedang berjalan.
bc-cancel-pick = Pilih siaran yang akan dihentikan:
bc-cancel-button = Hentikan #{ $id }: { $text }
bc-cancel-done = Siaran #{ $id } dihentikan. { $cancelled } pesan tidak jadi dikirim; pesan yang sudah terkirim tetap ada.
bc-cancel-finished = Siaran #{ $id } sudah selesai atau sudah dihentikan.

## Paid broadcast rate (PAID_BROADCAST=1, admins only)
bc-speed-ask = { $step }
    Kecepatan kirim untuk { $count } penerima:
    🐢 Tarif gratis ({ $freeRate } pesan/detik): { $free }, tanpa biaya.
    ⚡ Tarif berbayar Telegram ({ $paidRate } pesan/detik): { $paid }, biaya ± { $stars } Stars dari saldo bot (0,1 Star per pesan di atas 30/detik).
bc-speed-free = 🐢 Gratis · { $free }
bc-speed-paid = ⚡ Berbayar · { $paid } · ± { $stars } Stars
bc-confirm-free = Kecepatan: 🐢 tarif gratis, { $free } (berbayar: { $paid }, ± { $stars } Stars)
bc-confirm-paid = Kecepatan: ⚡ tarif berbayar, { $paid }, biaya ± { $stars } Stars (gratis: { $free })
bc-dur-seconds = kurang dari 1 menit
bc-dur-minutes = ± { $minutes } menit
bc-dur-hours = ± { $hours } jam { $minutes } menit
bc-paid-refused = ⚠️ Telegram menolak tarif berbayar untuk siaran #{ $id }: { $reason }. Siaran tetap berjalan dengan tarif gratis (lebih lambat); perkiraan selesai ada di pesan kemajuan. Tidak ada pesan yang hilang.
bc-paid-refused-stars = saldo Stars bot tidak cukup
bc-paid-refused-eligible = bot belum memenuhi syarat siaran berbayar
