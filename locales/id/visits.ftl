## Visit log (/kunjungan): a BA's visits, calls and online sessions

vis-only-ba = Hanya pendamping (BA) yang mencatat kunjungan. PMO melihat kunjungan per BA lewat /koperasiku.
vis-step = Langkah { $step } dari { $total } · /batal untuk berhenti
vis-no-coops = Anda belum punya koperasi dampingan. PMO (pengawas para pendamping) akan menugaskannya.
vis-ask-coop = Koperasi mana yang Anda kunjungi atau hubungi? ({ $page }/{ $pages }) Anda juga bisa mengetik sebagian namanya.
vis-coop-given = Koperasi: { $coop }
vis-search-title = Hasil untuk "{ $query }" ({ $count }):
vis-search-none = Tidak ada koperasi dampingan Anda yang namanya memuat "{ $query }". Ketik bagian nama yang lain, contoh: Limbung.
vis-search-short = Ketik paling sedikit 2 huruf dari nama koperasi, contoh: Limbung.
vis-ask-date = Kapan? Tekan "Hari ini" atau ketik tanggalnya, contoh: 12/11 atau kemarin.
vis-btn-today = Hari ini
vis-btn-yesterday = Kemarin
vis-date-format = Tanggal tidak dikenali. Ketik seperti contoh: 12/11, 12/11/2026, kemarin atau senin lalu.
vis-date-future = Tanggal itu belum terjadi. Ketik tanggal hari ini atau sebelumnya, contoh: kemarin atau 12/11.
vis-date-too-old = Tanggal itu lebih dari { $days } hari yang lalu. Ketik tanggal yang lebih baru, contoh: kemarin atau 12/11.
vis-ask-kind = Jenis pendampingan?
vis-kind-VISIT = 🚗 Kunjungan
vis-kind-CALL = 📞 Telepon
vis-kind-ONLINE = 💻 Daring
vis-ask-topic = Topik utamanya?
vis-topic-KELEMBAGAAN = Kelembagaan
vis-topic-USAHA = Usaha
vis-topic-KEUANGAN = Keuangan
vis-topic-SIMKOPDES = SIMKOPDES
vis-topic-PEMBIAYAAN = Pembiayaan
vis-topic-LAHAN = Lahan/bangunan
vis-topic-LAINNYA = Lainnya
vis-ask-note = Tulis catatan singkat (paling banyak { $max } huruf), contoh: Membahas pembukuan gerai; bendahara akan merapikan buku kas harian.
vis-note-text = Mohon kirim catatan berupa teks, contoh: Membahas rencana usaha gerai.
vis-note-short = Catatan terlalu pendek. Tulis paling sedikit 3 huruf, contoh: Cek stok gerai.
vis-note-long = Catatan terlalu panjang ({ $length } huruf). Ringkas menjadi paling banyak { $max } huruf, contoh: Membahas pembukuan gerai.
vis-ask-follow = Perlu tindak lanjut? Ketik tanggalnya, contoh: 20/12, besok atau kamis depan. Anda akan diingatkan pukul 08.00 pagi itu. Jika tidak perlu, tekan "Tidak perlu".
vis-btn-no-follow = Tidak perlu
vis-follow-format = Tanggal tidak dikenali. Ketik seperti contoh: 20/12, 20/12/2026 atau besok.
vis-follow-past = Tanggal tindak lanjut paling cepat besok. Ketik seperti contoh: besok atau 20/12.
vis-follow-too-far = Tanggal itu lebih dari { $days } hari lagi. Ketik tanggal yang lebih dekat, contoh: 20/12.
vis-ask-photo = Kirim satu foto kegiatan (tidak wajib), atau tekan "Lewati".
vis-btn-skip = ⏭ Lewati
vis-photo-expected = Mohon kirim foto (bukan berkas atau teks), atau tekan "Lewati".
vis-ask-location = Kirim titik lokasi (tidak wajib): tekan 📎 lalu Lokasi. Jika tidak perlu, tekan "Lewati".
vis-location-expected = Mohon kirim lokasi lewat 📎 → Lokasi, atau tekan "Lewati".
vis-location-outside = Titik itu berada di luar Indonesia. Kirim lokasi koperasi lewat 📎 → Lokasi, atau tekan "Lewati".
vis-saved =
    ✅ Tercatat: { $kind } — { $coop }, { $date }.
    Topik: { $topic }
    Catatan: { $note }
vis-saved-follow = 🔔 Pengingat tindak lanjut: { $date } pukul 08.00 { $zone }.
vis-saved-photo = 📷 Foto tersimpan.
vis-saved-location = 📍 Lokasi tersimpan.
vis-failed = Maaf, koperasi ini bukan lagi dampingan Anda. Catatan tidak disimpan.
vis-invalid = Maaf, catatan tidak dapat disimpan. Silakan mulai lagi dengan /kunjungan.
vis-btn-history = 🗂 Riwayat koperasi ini
vis-hist-title = 🗂 Riwayat pendampingan { $coop } · { $from }–{ $to } dari { $count }
vis-hist-empty = Belum ada kunjungan atau telepon yang dicatat untuk { $coop }.
vis-line = • { $date } · { $kind } · { $topic }: { $note }
vis-line-follow = ↪ tindak lanjut { $date }
vis-line-ba = (oleh { $ba })
vis-ba-title = 🗂 Kunjungan { $name } · { $from }–{ $to } dari { $count }
vis-ba-empty = { $name } belum mencatat kunjungan.
vis-line-coop = { $n }. { $date } · { $coop } · { $kind } · { $topic }
vis-per-ba-title = 🗂 Pendampingan { $month } — { $area }
vis-per-ba-line = { $n }. { $name }: { $visits } kunjungan, { $calls } telepon, { $online } daring · { $coops } koperasi · ⚠️ { $stale }
vis-per-ba-none = Belum ada pendamping (BA) di wilayah Anda.
vis-per-ba-foot = ⚠️ = koperasi dampingan yang belum dikunjungi atau ditelepon 30 hari. Tekan nomor untuk melihat kunjungan BA itu.
vis-follow-reminder =
    🔔 Tindak lanjut hari ini: { $coop }
    Dari { $kind } { $date } ({ $topic }): { $note }
