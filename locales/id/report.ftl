## Monthly report: menu, entry
menu-report = 📝 Laporan bulanan
rep-not-member = Anda belum menjadi pengurus aktif koperasi mana pun, jadi belum bisa mengirim laporan. Ketik /start untuk mendaftar atau bergabung.
rep-member-pending = Permintaan bergabung Anda masih menunggu persetujuan ketua atau admin. Setelah disetujui, Anda bisa melapor dengan /lapor.
rep-not-found = Laporan tidak ditemukan. Ketik /lapor untuk mulai lagi.
rep-pick-coop = Anda pengurus di beberapa koperasi. Laporan untuk koperasi mana?
rep-pick-coop-template = Formulir laporan untuk koperasi mana?
rep-bad-period = Laporan { $period } belum bisa diisi. Periode terakhir yang bisa dilaporkan: { $latest }.
rep-closed-submitted = Laporan { $period } sudah dikirim (versi { $version }, { $at }) dan sedang diperiksa pendamping (BA). Lihat dengan /riwayat.
rep-closed-accepted = Laporan { $period } sudah diterima (versi { $version }). Terima kasih! Lihat dengan /riwayat.
rep-intro-title = 📝 Laporan bulanan { $coop } — { $period }
rep-intro-new =
    Batas kirim: { $due }.
    Setiap jawaban langsung tersimpan. Anda bisa berhenti dan melanjutkan kapan saja dengan /lapor.
rep-intro-resume = Melanjutkan laporan yang sedang diisi ({ $count } isian tersimpan). Batas kirim: { $due }.
rep-intro-late = ⏰ Batas kirim ({ $due }) sudah lewat, tetapi laporan masih bisa dikirim. Mohon kirim secepatnya.
rep-intro-returned =
    ↩️ Laporan ini dikembalikan oleh { $by } untuk diperbaiki.
    Bagian: { $fields }
    Catatan: "{ $comment }"
    Hanya bagian itu yang saya tanyakan lagi.

## Monthly report: groups and fields (labels, examples)
rep-g-gerai = 🛒 Gerai sembako
rep-g-sp = 💰 Simpan pinjam
rep-g-klinik = 🏥 Klinik
rep-g-apotek = 💊 Apotek
rep-g-cold = ❄️ Gudang pendingin
rep-g-logistik = 🚚 Logistik
rep-g-lain = 📦 Usaha lain
rep-g-anggota = 👥 Anggota & pengurus
rep-g-kesiapan = 🏗 Kesiapan operasional
rep-g-kendala = ⚠️ Kendala
rep-g-foto = 📷 Foto kegiatan
rep-f-gerai-omzet = Omzet
rep-f-gerai-trx = Transaksi
rep-f-gerai-stok = Belanja stok
rep-f-sp-omzet = Pendapatan jasa
rep-f-sp-trx = Transaksi
rep-f-sp-salur = Pinjaman disalurkan
rep-f-sp-outstanding = Sisa pinjaman
rep-f-sp-tunggakan = Tunggakan
rep-f-klinik-omzet = Omzet
rep-f-klinik-pasien = Kunjungan pasien
rep-f-apotek-omzet = Omzet
rep-f-apotek-trx = Transaksi
rep-f-cold-omzet = Omzet
rep-f-cold-trx = Transaksi
rep-f-cold-volume = Volume (kg)
rep-f-logistik-omzet = Omzet
rep-f-logistik-trx = Pengiriman
rep-f-logistik-volume = Volume (kg)
rep-f-lain-omzet = Omzet
rep-f-lain-trx = Transaksi
rep-f-anggota-total = Jumlah anggota
rep-f-anggota-baru = Anggota baru
rep-f-pengurus-aktif = Pengurus aktif
rep-f-kesiapan = Kesiapan operasional
rep-f-kendala = Kendala
rep-f-foto = Foto
rep-f-aktif = { $unit }: beroperasi?
rep-ex-gerai-omzet = 12,5 jt
rep-ex-gerai-trx = 340
rep-ex-gerai-stok = 8 jt
rep-ex-sp-omzet = 1,2 jt
rep-ex-sp-trx = 25
rep-ex-sp-salur = 30 jt
rep-ex-sp-outstanding = 120 jt
rep-ex-sp-tunggakan = 4 jt
rep-ex-klinik-omzet = 6 jt
rep-ex-klinik-pasien = 150
rep-ex-apotek-omzet = 9 jt
rep-ex-apotek-trx = 420
rep-ex-cold-omzet = 5 jt
rep-ex-cold-trx = 30
rep-ex-cold-volume = 2.500
rep-ex-logistik-omzet = 7 jt
rep-ex-logistik-trx = 45
rep-ex-logistik-volume = 1,5 ton
rep-ex-lain-omzet = 3 jt
rep-ex-lain-trx = 60
rep-ex-anggota-total = 250
rep-ex-anggota-baru = 12
rep-ex-pengurus-aktif = 5
rep-money-label = { $label } (Rp)

## Monthly report: asking figures
rep-ask-numbers =
    Ketik { $labels } bulan { $period } dalam SATU pesan, dipisah garis miring (/).
rep-ask-one = Ketik { $labels } bulan { $period }.
rep-example = Contoh: { $example }
rep-zero-hint = Tidak ada? Ketik 0 atau -.
rep-money-hint = Untuk uang boleh disingkat: rb (ribu), jt (juta), M (miliar).
rep-current = Isian sekarang: { $values }
rep-unit-off-button = ⏸ Unit ini belum beroperasi
rep-unit-off = belum beroperasi
rep-unit-on = beroperasi
rep-type-numbers = Mohon ketik angkanya, contoh: { $example }
rep-saved = ✅ Tersimpan: { $values }
rep-value-empty = (kosong)
rep-none = tidak ada
rep-use-buttons = Silakan pilih dengan menekan salah satu tombol di bawah pesan.

## Monthly report: errors in answers
rep-err-invalid-money = ❗ { $label }: "{ $input }" tidak terbaca sebagai rupiah. Tulis misalnya 12.500.000, 12,5 jt, 500rb atau 1,2 M; 0 atau - jika tidak ada.
rep-err-invalid-count = ❗ { $label }: "{ $input }" tidak terbaca sebagai angka. Tulis angka saja, contoh: { $example }
rep-err-negative = ❗ { $label } tidak boleh minus. Tulis 0 atau - jika tidak ada, contoh: { $example }
rep-err-fraction = ❗ { $label }: "{ $input }" harus bilangan bulat, contoh: { $example }
rep-err-too-large = ❗ { $label }: angka terlalu besar. Periksa jumlah nolnya, contoh: { $example }
rep-err-empty = ❗ { $label } belum diisi. Contoh: { $example }
rep-err-too-many = Terlalu banyak angka. Saya perlu { $count } angka: { $labels }. Contoh: { $example }
rep-err-again = Ketik ulang bagian itu saja; yang lain sudah tersimpan.
rep-err-new-above-total = ❗ Anggota baru tidak boleh lebih banyak dari jumlah anggota.
rep-err-arrears-above-outstanding = ❗ Tunggakan tidak boleh lebih besar dari sisa pinjaman.
rep-err-too-long = ❗ Teks terlalu panjang (maksimal 1.000 huruf). Tulis ringkasnya saja.
rep-err-too-short = ❗ Jawaban terlalu pendek. Tulis minimal 2 huruf, atau - jika tidak ada.
rep-odd-title = ⚠️ Mohon periksa angka ini:
rep-odd-max = { $label }: { $value } — sangat besar untuk satu bulan.
rep-odd-last = { $label }: { $value } — jauh di atas bulan lalu ({ $last }).
rep-odd-ask = Sudah benar?
rep-odd-yes = ✅ Ya, benar
rep-odd-no = ✏️ Ketik ulang

## Monthly report: checklist, problems, photos
rep-ck-ask = 
    Setiap kali tombol ditekan, keadaannya berganti: ⬜ belum · ✅ sudah · 🚧 dibangun · 📨 diajukan · 👍 disetujui · 💰 cair. Tekan berulang sampai sesuai.
    Lahan: kirim lokasi (📎 → Lokasi) saat Anda berdiri di lahan itu, bukan dari rumah. Jika sudah sesuai, tekan Lanjut.
rep-ck-done = ➡️ Lanjut
rep-ck-saved = Kesiapan tersimpan
rep-ck-use-buttons = Tekan tombol (berulang) untuk mengubah keadaan, atau kirim lokasi (📎 → Lokasi) saat Anda berdiri di lahan. Tekan Lanjut jika sudah sesuai.
rep-ck-pin-which = Lokasi ini untuk lahan apa?
rep-ck-pin-saved = 📍 Lokasi { $item } tersimpan.
rep-ck-AHU = { $state } Badan hukum
rep-ck-KANTOR = { $state } Kantor
rep-ck-REKENING = { $state } Rekening bank
rep-ck-SIMKOPDES = { $state } Akun SIMKOPDES
rep-ck-BUSINESS_PLAN = { $state } Rencana usaha
rep-ck-LAND_GERAI = { $state } Lahan gerai
rep-ck-LAND_GUDANG = { $state } Lahan gudang
rep-ck-BUILD_GERAI = { $state } Bangun gerai
rep-ck-BUILD_GUDANG = { $state } Bangun gudang
rep-ck-FINANCING = { $state } Pembiayaan
rep-ck-state-NO = ⬜
rep-ck-state-YES = ✅
rep-ck-state-PROSES = 🚧
rep-ck-state-SELESAI = ✅
rep-ck-state-DIAJUKAN = 📨
rep-ck-state-DISETUJUI = 👍
rep-ck-state-CAIR = 💰
rep-ck-short-AHU = badan hukum
rep-ck-short-KANTOR = kantor
rep-ck-short-REKENING = rekening
rep-ck-short-SIMKOPDES = SIMKOPDES
rep-ck-short-BUSINESS_PLAN = rencana usaha
rep-ck-short-LAND_GERAI = lahan gerai
rep-ck-short-LAND_GUDANG = lahan gudang
rep-ck-short-BUILD_GERAI = gedung gerai
rep-ck-short-BUILD_GUDANG = gedung gudang
rep-ck-short-FINANCING = pembiayaan
rep-checklist-count = { $done } dari { $total } siap
rep-kendala-ask = Apa kendala koperasi bulan ini? Tulis singkat, contoh: Stok beras sering terlambat datang.
rep-kendala-none = ✅ Tidak ada kendala
rep-kendala-type = Tulis kendalanya dalam satu pesan (minimal 2 huruf), contoh: Stok beras sering terlambat datang. Atau tekan "Tidak ada kendala".
rep-photo-ask = Kirim foto kegiatan bulan ini (boleh beberapa), lalu tekan Selesai. Tidak ada foto? Tekan Lewati.
rep-photo-ask-more = Sudah ada { $count } foto. Kirim foto tambahan, atau tekan Selesai.
rep-photo-skip = ⏭ Lewati
rep-photo-done = ✅ Selesai
rep-photo-saved = 📷 Foto tersimpan ({ $count }). Kirim lagi atau tekan Selesai.
rep-photo-count = { $count } foto
rep-photo-none = Tanpa foto
rep-photo-full = Maksimal { $count } foto per laporan. Tekan Selesai untuk lanjut.
rep-photo-early = 📷 Foto disimpan untuk laporan ini ({ $count } foto).
rep-photo-use = Kirim sebagai foto (📎 → Galeri atau Kamera), atau tekan tombol di bawah.

## Monthly report: summary and sending
rep-sum-title = 📋 Ringkasan laporan { $period }
    { $coop }
rep-sum-checklist = 🏗 Kesiapan: { $done } dari { $total } siap
rep-sum-checklist-missing = 🏗 Kesiapan: { $done } dari { $total } siap (belum: { $missing })
rep-sum-kendala = ⚠️ Kendala: { $value }
rep-sum-photos = 📷 Foto: { $count }
rep-sum-check = Periksa lagi, lalu tekan 📤 Kirim (atau ✏️ Ubah untuk memperbaiki).
rep-summary-use-buttons = Tekan ✏️ Ubah atau 📤 Kirim di bawah ringkasan.
rep-edit = ✏️ Ubah
rep-edit-which = Bagian mana yang ingin diubah?
rep-edit-back = ⬅️ Kembali
rep-edit-header = ✏️ Ubah
rep-send = 📤 Kirim
rep-send-again = 📤 Kirim ulang
rep-sent = ✅ Laporan { $period } terkirim (versi { $version }) ke { $to }. Anda akan diberi tahu hasil pemeriksaannya.
rep-no-reviewer = admin (pendamping belum ditetapkan)
rep-to-program = pendamping/admin program (koperasi Anda belum punya BA)
rep-send-conflict = ⚠️ Draf baru saja diubah oleh pengurus lain. Ini ringkasan terbaru; periksa lalu kirim lagi.
rep-send-incomplete = Masih ada isian yang kosong. Saya tanyakan dulu.
rep-locked = Laporan ini sudah dikirim oleh { $by }, jadi tidak bisa diubah lagi di sini. Lihat dengan /riwayat.
rep-someone = pengurus lain
rep-conflict = ⚠️ { $by } baru saja mengubah isian yang sama:
rep-conflict-line = { $label }: sekarang { $current } (jawaban Anda: { $mine })
rep-conflict-theirs = 👍 Biarkan nilai terbaru
rep-conflict-mine = ✏️ Pakai jawaban saya

## Monthly report: template (/templat)
rep-tpl-howto =
    Formulir laporan { $period } ada di pesan berikut. Salin, isi setelah tanda titik dua (:), lalu kirim kembali dalam satu pesan — bisa nanti saat sinyal bagus.
    Jangan ubah baris pertama. Angka boleh ditulis 12,5 jt atau 500rb; kosongkan jika belum tahu.
rep-tpl-no-header = Baris pertama formulir harus tetap seperti aslinya, contoh: #LAPORAN K12 2026-10. Ketik /templat untuk mendapat formulir baru.
rep-tpl-problems = Beberapa baris tidak bisa dipakai:
rep-tpl-unknown = Baris tidak dikenal:
    { $lines }
rep-tpl-nothing = Tidak ada isian yang bisa dibaca dari formulir. Saya lanjutkan dengan pertanyaan biasa.
rep-tpl-read = 📋 Terbaca { $count } isian:
rep-tpl-odd = ⚠️ = angka tidak biasa, mohon periksa.
rep-tpl-save = ✅ Simpan
rep-tpl-cancel = ❌ Batal
rep-tpl-saved = ✅ { $count } isian tersimpan ke laporan Anda.
rep-tpl-cancelled = Isian formulir tidak disimpan. Ketik /lapor untuk mengisi laporan.
rep-tpl-closed = Laporan { $period } sudah dikirim, jadi formulir tidak diperlukan lagi. Lihat dengan /riwayat.

## Monthly report: review (BA)
rep-review-new =
    📥 Laporan untuk diperiksa: { $coop } — { $period } (versi { $version })
    Dikirim oleh { $by }, { $at }
rep-changes-title = ✏️ Diubah sejak versi sebelumnya:
rep-change-line = • { $label }: { $before } → { $after }
rep-review-reply = 💬 Jawaban { $by } atas catatan Anda: "{ $reply }"
rep-reply-ask =
    💬 { $by } menulis: "{ $comment }"
    Ada jawaban atau penjelasan untuk { $by }? Ketik di sini, misalnya: Sudah, penjualan ke puskesmas Rp20 juta termasuk di omzet.
    Tidak jadi? Tekan Lewati.
rep-reply-send = 💬 Jawab catatan lalu kirim ulang
rep-reply-skip = ⏭ Lewati
rep-reply-short = Jawaban terlalu pendek. Ketik minimal 3 huruf, misalnya: Sudah termasuk, atau tekan Lewati.
rep-reply-long = Jawaban terlalu panjang (maksimal 500 huruf). Ketik lebih singkat, atau tekan Lewati.
rep-ev-replied = • { $at } — { $by } (versi { $version }): menjawab "{ $reply }"
rep-err-words-returned = Catatan pemeriksa bisa Anda jawab sebelum mengirim ulang: di ringkasan, tekan "💬 Jawab catatan lalu kirim ulang". Sekarang ketik angkanya dulu, misalnya: { $example }
rep-words-kept = 💬 Tulisan Anda kami simpan sebagai jawaban untuk catatan { $by }; jawaban ini ikut terkirim saat laporan dikirim ulang (bisa diganti lewat "💬 Jawab catatan lalu kirim ulang"). Sekarang ketik angkanya, misalnya: { $example }
rep-review-accept = ✅ Terima
rep-review-return = ↩️ Kembalikan
rep-review-history = 🕘 Riwayat
rep-review-stale = Laporan ini sudah { $status } (versi { $version }). Tombol ini tidak berlaku lagi.
rep-review-invalid = Pilihan bagian tidak sah. Silakan mulai lagi dari tombol Kembalikan.
rep-accepted-ba = ✅ Laporan { $coop } — { $period } (versi { $version }) diterima.
rep-accepted-to-pengurus = ✅ Laporan { $period } { $coop } (versi { $version }) diterima oleh { $by }. Terima kasih!
rep-ret-pick = ↩️ Kembalikan laporan { $coop } — { $period } (versi { $version }). Pilih bagian yang perlu diperbaiki, lalu tekan Lanjut.
rep-ret-next = ✍️ Lanjut
rep-ret-cancel = ❌ Batal
rep-ret-cancelled = Dibatalkan; laporan tidak dikembalikan.
rep-ret-none = Pilih minimal satu bagian.
rep-ret-comment-ask = Tulis catatan untuk pengurus: apa yang perlu diperbaiki? Contoh: Omzet gerai terlalu kecil dibanding nota, mohon dicek.
rep-ret-comment-short = Catatan terlalu pendek. Tulis minimal 3 huruf, contoh: Mohon cek nota pembelian.
rep-ret-comment-long = Catatan terlalu panjang (maksimal 500 huruf). Tulis ringkasnya saja.
rep-ret-done = ↩️ Laporan { $coop } — { $period } dikembalikan. Bagian: { $fields }. Pemberitahuan untuk pengurus diantrikan.
rep-returned-to-pengurus =
    ↩️ Laporan { $period } { $coop } dikembalikan oleh { $by } untuk diperbaiki.
    Bagian: { $fields }
    Catatan: "{ $comment }"
    Tekan tombol di bawah atau ketik /lapor.
rep-fix-button = ✏️ Perbaiki sekarang

## Monthly report: history (/riwayat)
rep-status-DRAFT = sedang diisi, belum dikirim
rep-status-SUBMITTED = terkirim, menunggu diperiksa
rep-status-RETURNED = dikembalikan untuk diperbaiki
rep-status-ACCEPTED = diterima
rep-hist-title = 🕘 Laporan { $coop }. Pilih untuk melihat:
rep-hist-empty = Belum ada laporan untuk { $coop }. Ketik /lapor untuk mulai.
rep-hist-item = { $period } — { $status } (v{ $version })
rep-view-title =
    📄 Laporan { $period } — { $coop }
    Status: { $status } (versi { $version })
rep-view-readonly = (Hanya untuk dibaca.)
rep-hist-version = 🕘 Riwayat versi { $version }:
rep-hist-newer = « Lebih baru
rep-hist-older = Lebih lama »
rep-ev-submitted = • { $at } — { $by }: dikirim (versi { $version })
rep-ev-accepted = • { $at } — { $by }: diterima (versi { $version })
rep-ev-returned = • { $at } — { $by }: dikembalikan (versi { $version }): { $fields }. "{ $comment }"
rep-ev-changed = • { $at } — { $by } (versi { $version }): { $label } { $before } → { $after }
