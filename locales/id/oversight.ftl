## Oversight (BA, PMO): review queue, belum lapor and nudges, review SLA, coops without a BA

menu-queue = 📥 Perlu diperiksa
menu-visit = 🤝 Catat kunjungan
cmd-kunjungan = Catat kunjungan, telepon atau pertemuan daring dengan koperasi dampingan
ov-not-staff = Fitur ini untuk pendamping (BA) dan PMO (pengawas para pendamping).

ov-queue-title = 📥 Perlu diperiksa ({ $count })
ov-queue-empty = 📥 Perlu diperiksa (0): tidak ada laporan yang menunggu.
ov-queue-page = 📥 Perlu diperiksa: { $from }–{ $to } dari { $count }
ov-queue-line = { $n }. { $coop } — { $period }, dikirim { $at }
ov-queue-line-ba = { $n }. { $coop } — { $period }, dikirim { $at } · BA: { $ba }
ov-queue-late = ⏰ lewat batas
ov-queue-more = … dan { $count } laporan lagi
ov-btn-open = 🔎 { $n }
ov-btn-queue-all = 📥 Semua yang perlu diperiksa ({ $count })
ov-not-reported-count = 📭 Belum lapor { $period }: { $count } koperasi
ov-stale-count = ⚠️ Belum dikunjungi atau ditelepon 30 hari: { $count } koperasi
ov-unassigned-count = 🧭 Koperasi tanpa pendamping (BA): { $count }
ov-btn-not-reported = 📭 Belum lapor ({ $count })
ov-btn-stale = ⚠️ 30 hari ({ $count })
ov-btn-visit = 🤝 Catat kunjungan
ov-btn-my-visits = 🗂 Riwayat kunjungan
ov-btn-visits-per-ba = 🗂 Kunjungan per BA
ov-btn-unassigned = 🧭 Tanpa BA ({ $count })

ov-card-title = 📄 Laporan { $period } — { $coop }
ov-card-meta = Versi { $version } · dikirim { $at } oleh { $by }
ov-card-late = ⏰ Sudah menunggu lebih dari { $days } hari kerja.
ov-card-more = … Rincian lengkap: tekan "Riwayat".

ov-nr-title = 📭 Belum lapor { $period }: { $from }–{ $to } dari { $count } koperasi
ov-nr-none = ✅ Semua koperasi sudah mengirim laporan { $period }.
ov-nr-line = { $n }. { $coop } — { $state }
ov-nr-line-ba = { $n }. { $coop } — { $state } · BA: { $ba }
ov-nr-state-NONE = belum mulai
ov-nr-state-DRAFT = sedang diisi, belum dikirim
ov-nr-state-RETURNED = dikembalikan, belum diperbaiki
ov-nr-nudged = 🔔
ov-nr-foot = Tekan 🔔 nomor untuk mengingatkan pengurusnya (sekali sehari). 🔔 di akhir baris: sudah diingatkan hari ini.
ov-btn-nudge = 🔔 { $n }
ov-btn-nudge-all = 🔔 Ingatkan semua
ov-btn-period = 🗓 { $period }
ov-nudge-ok = ⏳ Pengingat diantrikan untuk { $count } pengurus. Hasil pengiriman (siapa yang sudah menerima) menyusul di chat ini.
ov-nudge-already = Koperasi ini sudah diingatkan hari ini. Silakan coba lagi besok.
ov-nudge-reported = Laporan koperasi ini sudah dikirim, tidak perlu diingatkan.
ov-nudge-no-recipients = Koperasi ini belum punya pengurus yang bisa dihubungi lewat bot.
ov-nudge-bad-period = Laporan periode ini belum bisa diisi.
ov-nudge-all-done = ⏳ Pengingat diantrikan untuk { $sent } koperasi ({ $people } pengurus); hasil pengiriman menyusul di chat ini. Sudah diingatkan hari ini: { $already }. Dilewati: { $skipped }.
ov-nudge-skipped-why = Dilewati { $count } koperasi: { $list }.
ov-skip-no_recipients = { $count } tanpa pengurus yang bisa dihubungi (belum ada yang terdaftar aktif di bot)
ov-skip-reported = { $count } ternyata sudah melapor
ov-skip-bad_period = { $count } periodenya belum bisa diingatkan
ov-skip-forbidden = { $count } di luar wilayah tugas Anda
ov-skip-not_found = { $count } sudah tidak ada
ov-nudge-msg =
    🔔 Pengingat dari { $name } ({ $role })

    Laporan bulanan { $period } untuk { $coop } { $state }. Tekan tombol di bawah untuk mengisinya sekarang.
ov-nudge-state-NONE = belum diisi
ov-nudge-state-DRAFT = masih sedang diisi dan belum dikirim
ov-nudge-state-RETURNED = sudah dikembalikan untuk diperbaiki, tetapi belum dikirim lagi

ov-sla-ba = ⏰ Laporan { $period } dari { $coop } menunggu pemeriksaan Anda sejak { $at } (lebih dari { $days } hari kerja). Mohon diperiksa.
ov-sla-pmo = ⏰ Laporan { $period } dari { $coop } belum diperiksa sejak { $at } (lebih dari { $days } hari kerja). Pendamping (BA): { $ba }. Anda dapat memeriksanya di sini.
ov-sla-no-ba = belum ada

ov-un-title = 🧭 Koperasi tanpa pendamping (BA): { $from }–{ $to } dari { $count }
ov-un-none = ✅ Semua koperasi di wilayah Anda sudah punya pendamping (BA).
ov-un-line = { $n }. { $coop } — { $place }
ov-btn-assign = 👤 Tugaskan BA

ov-stale-title = ⚠️ Belum dikunjungi atau ditelepon 30 hari: { $from }–{ $to } dari { $count } koperasi
ov-stale-none = ✅ Semua koperasi dikunjungi atau ditelepon dalam 30 hari terakhir.
ov-stale-line = { $n }. { $coop } — { $last }
ov-stale-never = belum pernah
ov-stale-last = terakhir { $date }
ov-btn-history = 🗂 { $n }
