## Assignment (/tugaskan)
asg-regency-ask = Pilih kabupaten/kota (angka: belum didampingi/total koperasi). Atau ketik namanya.
asg-regency-none = Tidak ada kabupaten/kota yang punya koperasi terdaftar dan cocok dengan "{ $query }". Pilih dari tombol.
asg-area-button = { $name } ({ $free }/{ $total })
asg-no-coops = Belum ada koperasi terdaftar di wilayah Anda, jadi belum ada yang bisa ditugaskan.
asg-district-ask = Pilih kecamatan di { $regency } (angka: belum didampingi/total), lalu centang koperasinya. Tekan Lanjut bila selesai.
asg-coops-ask = Centang koperasi di Kec. { $district } yang akan ditugaskan (⬜ belum dipilih, ✅ dipilih):
asg-free = belum ada BA
asg-other-district = ⬅️ Kecamatan lain
asg-next = ➡️ Lanjut ({ $count } dipilih)
asg-pick-one = Pilih minimal satu koperasi dulu.
asg-picked = { $count } koperasi dipilih
asg-use-buttons = Silakan pilih dengan menekan salah satu tombol di bawah pesan.
asg-no-ba = Belum ada BA di { $regency }. Undang BA dulu (admin: /undang), lalu coba /tugaskan lagi.
asg-ba-ask = Tugaskan { $count } koperasi kepada pendamping (BA) yang mana? Saran: { $suggested } (beban paling ringan, { $load } koperasi).
asg-ba-suggested = ⭐ { $name } — { $load } koperasi (disarankan)
asg-ba-option = { $name } — { $load } koperasi
asg-confirm = Tugaskan { $count } koperasi kepada { $ba }?
asg-confirm-yes = ✅ Ya, tugaskan
asg-more = … dan { $count } koperasi lainnya
asg-failed = Maaf, penugasan tidak bisa disimpan (data berubah atau di luar wilayah Anda). Mulai lagi dengan /tugaskan.
asg-done = ✅ { $count } koperasi ditugaskan kepada { $ba }. Pemberitahuan untuk BA dan pengurus koperasi diantrikan; hasil pengiriman menyusul di chat ini.{ $unchanged ->
        [0] {""}
       *[other] {" "}({ $unchanged } lainnya memang sudah didampingi BA ini.)
    }

## Assignment notifications
asg-ba-head = 📋 Anda ditugaskan mendampingi { $count } koperasi (oleh { $by }):
asg-ba-line =
    { $n }. { $coop } — { $place }
    Ketua: { $ketua }
asg-no-ketua = ketua belum terdaftar
asg-ba-foot = Detail tiap koperasi: /koperasiku
asg-old-ba-head = 🔁 { $count } koperasi berikut sekarang didampingi { $ba }:
asg-old-ba-foot = Permintaan bantuan yang masih terbuka dari koperasi ini ikut dialihkan. Terima kasih atas pendampingan Anda.
asg-pengurus = 🤝 Pendamping (BA) { $coop } sekarang: { $ba }. Hubungi: { $contact }. Untuk minta bantuan, tekan 🆘 Minta bantuan atau ketik /mintabantuan.
asg-contact-bot = lewat bot ini (/mintabantuan)

## Workspace (/koperasiku)
ws-not-staff = Perintah ini untuk pendamping (BA), PMO, dan Dinas Koperasi. Untuk melihat koperasi Anda, ketik /koperasi.
ws-ba-title = 📋 Koperasi dampingan Anda ({ $count }):
ws-ba-title-other = 📋 Koperasi dampingan { $name } ({ $count }):
ws-ba-none = Belum ada koperasi yang ditugaskan kepada Anda. Anda akan diberi tahu begitu PMO atau admin menugaskan koperasi kepada Anda.
ws-ba-none-other = { $name } belum mendampingi koperasi. Tugaskan dengan /tugaskan.
ws-ba-foot = Tekan nomornya untuk melihat detail koperasi.
ws-ba-range = Koperasi { $from }–{ $to } dari { $total }
ws-report-line = Laporan { $period }: { $status }
ws-report-none = belum ada
ws-report-DRAFT = sedang diisi, belum dikirim
ws-report-SUBMITTED = terkirim, menunggu diperiksa
ws-report-RETURNED = dikembalikan untuk diperbaiki
ws-report-ACCEPTED = diterima
ws-open-requests = 🆘 { $count } permintaan terbuka
ws-member-blocked = ⚠️ memblokir bot
ws-board = Pengurus aktif ({ $count }):
ws-reports = Laporan bulanan terakhir:
ws-open-title = Permintaan bantuan terbuka ({ $count }):
ws-all-areas = Semua wilayah
ws-sup-title = 📊 { $area }
ws-sup-coops = Koperasi: { $count } · belum didampingi: { $unassigned }
ws-sup-requests = Permintaan bantuan terbuka: { $open } · terlambat: { $overdue }
ws-sup-bas = BA ({ $count }):
ws-sup-no-ba = Belum ada BA. Admin bisa mengundang dengan /undang.
ws-sup-ba-line = • { $name } — { $load } koperasi · { $open } terbuka · { $overdue } terlambat
ws-sup-areas = Per kabupaten/kota:
ws-sup-area-line = • { $area } — { $coops } koperasi · { $unassigned } belum didampingi · { $overdue } terlambat
ws-sup-overdue = ⏰ Belum diambil melewati batas ({ $count }):
ws-sup-overdue-line = • { $no } · { $coop } · batas { $due }
ws-sup-foot = Tugaskan koperasi kepada BA: /tugaskan
asg-pengurus-unreachable = 🤝 { $coop } sekarang didampingi { $ba }, tetapi { $ba } belum bisa dihubungi lewat bot. Sementara itu permintaan bantuan Anda ditangani PMO { $regency }: tekan 🆘 Minta bantuan atau ketik /mintabantuan seperti biasa.
