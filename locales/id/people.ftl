## Search (/cari), cards, roles, coop changes after registration, /keluar
cmd-cari = Cari koperasi atau orang
cmd-keluar = Keluar dari kepengurusan koperasi
cmd-ubahkoperasi = Ubah data koperasi (nama, AHU, unit, pengurus)
ppl-not-allowed = Perintah ini untuk admin, PMO, Dinas Koperasi, dan pendamping (BA). Ketik /bantuan untuk melihat perintah Anda.
ppl-search-ask = 🔎 Ketik yang dicari: nama koperasi, nama desa, kode wilayah, nama orang, nomor HP, atau @username.
    Contoh: Durian, 61.12.03, Siti, 0812345, @siti_a
ppl-search-too-short = Ketik minimal 2 huruf atau angka, contoh: Durian
ppl-search-results = 🔎 "{ $query }": { $total } hasil (halaman { $page } dari { $pages }). Pilih untuk membuka, atau ketik kata lain.
ppl-search-none = Tidak ada koperasi atau orang "{ $query }" di wilayah Anda. Coba sebagian nama saja, contoh: Durian
ppl-hit-coop = 🏠 { $name }
ppl-hit-person = 👤 { $name } ({ $role })
ppl-coop-card =
    🏠 { $name }
    📍 { $where }
    Kode wilayah: { $code }
    Badan hukum (AHU): { $ahu }
    Unit usaha: { $units }
    Status: { $status }
    Pendamping (BA): { $ba }
ppl-board-title = Pengurus ({ $count }):
ppl-board-line = • { $name } — { $position }
ppl-board-more = …dan { $count } lainnya
ppl-history-title = Perubahan terakhir:
ppl-history-line = • { $date }: { $what } ({ $by })
ppl-person-card =
    👤 { $name }
    Peran: { $role }
    Wilayah: { $area }
    Kontak: { $contact }
ppl-person-coop = • { $name } — { $position }
ppl-person-blocked = ⚠️ Orang ini memblokir bot; pesan tidak sampai.
ppl-btn-role = 🔑 Ubah peran
ppl-btn-edit = ✏️ Ubah data koperasi
ppl-btn-deactivate = ⛔ Nonaktifkan koperasi
ppl-btn-activate = ✅ Aktifkan lagi
ppl-btn-coop = 🏠 { $name }
ppl-deactivated = Koperasi dinonaktifkan: tidak menerima pengingat dan tidak dihitung di rekap. Bisa diaktifkan lagi dari kartu ini.
ppl-activated = Koperasi aktif lagi.
history-COOP_RENAMED = nama diubah
history-COOP_AHU_SET = nomor AHU diubah
history-COOP_UNITS_SET = unit usaha diubah
history-MEMBER_POSITION_SET = jabatan pengurus diubah
history-MEMBER_REMOVED = pengurus dikeluarkan
history-MEMBER_LEFT = pengurus keluar
history-KETUA_HANDOVER_PROPOSED = serah terima ketua diajukan
history-KETUA_HANDOVER_ACCEPTED = ketua baru menerima jabatan
history-KETUA_HANDOVER_DECLINED = serah terima ketua ditolak
history-COOP_DEACTIVATED = koperasi dinonaktifkan
history-COOP_REACTIVATED = koperasi diaktifkan lagi
history-COOP_ASSIGNED = pendamping (BA) ditetapkan
history-other = perubahan data

## Role change
role-ask = 🔑 Peran baru untuk { $name } (sekarang: { $role }):
role-area-regency = Pilih kabupaten/kota tempat { $name } bertugas (halaman { $page } dari { $pages }), atau ketik namanya:
role-area-province = Pilih provinsi untuk { $name } (halaman { $page } dari { $pages }), atau ketik namanya:
role-confirm = Ubah peran { $name } menjadi { $role }{ $area }?
role-confirm-yes = ✅ Ya, ubah
role-confirm-no = ❌ Batal
role-done = ✅ Peran { $name } sekarang { $role }{ $area }.
role-done-unassigned = { $count } koperasi tidak lagi punya pendamping (BA); pemberitahuan untuk PMO diantrikan. Tugaskan dengan /tugaskan.
role-cancelled = Tidak ada yang diubah.
role-unchanged = Peran dan wilayahnya sama seperti sekarang; tidak ada yang diubah.
role-self = Anda tidak bisa mengubah peran Anda sendiri. Minta admin lain.
role-notice = ℹ️ Peran Anda di bot Koperasi Merah Putih sekarang: { $role }{ $area }. Ketik /bantuan untuk melihat perintah Anda.
role-notice-pmo = ℹ️ { $name } tidak lagi menjadi pendamping (BA) di wilayah Anda. { $count } koperasi perlu pendamping baru: ketik /tugaskan.
role-area-in = { " " }di { $area }
area-national = seluruh Indonesia

## Coop edit (ketua and pengurus)
edit-pick-coop = Koperasi mana yang ingin diubah?
edit-what = ✏️ Apa yang ingin diubah di { $name }?
edit-name = Nama koperasi
edit-ahu = Nomor AHU
edit-units = Unit usaha
edit-position = Jabatan pengurus
edit-remove = Keluarkan pengurus
edit-handover = Serahkan jabatan ketua
edit-done-button = ✅ Selesai
edit-name-ask = Ketik nama koperasi yang baru (5–100 huruf).
    Contoh: Koperasi Desa Merah Putih Durian
edit-name-invalid = Nama koperasi 5–100 huruf, tanpa karakter tersembunyi, contoh: Koperasi Desa Merah Putih Durian
edit-ahu-ask = Ketik nomor badan hukum (AHU) dari Kementerian Hukum, diawali "AHU-", atau tekan "Belum ada".
    Contoh: AHU-0001234.AH.01.29.TAHUN 2025
edit-ahu-none = Belum ada
edit-ahu-invalid = Nomor AHU tidak sesuai format. Contoh: AHU-0001234.AH.01.29.TAHUN 2025
edit-ahu-taken = Nomor AHU itu sudah dipakai { $name }. Periksa lagi nomornya; bila pengurus Anda memang koperasi itu, bergabunglah lewat /start.
edit-units-ask = Tekan unit usaha untuk memilih atau membatalkan pilihan, lalu tekan "Selesai". Terpilih: { $chosen }
edit-units-none = Pilih minimal satu unit usaha, lalu tekan "Selesai".
edit-member-pick = Pilih pengurus:
edit-position-ask = Jabatan baru untuk { $name }:
edit-remove-confirm = Keluarkan { $name } dari kepengurusan { $coop }? Data laporan yang sudah dikirim tetap tersimpan.
edit-handover-confirm = Serahkan jabatan ketua { $coop } kepada { $name }? Jabatan berpindah setelah { $name } menyetujui; Anda akan memegang jabatan { $position }.
edit-yes = ✅ Ya
edit-no = ❌ Tidak
edit-saved = ✅ Tersimpan.
edit-forbidden = Perubahan ini hanya bisa dilakukan oleh ketua koperasi (atau admin).
edit-no-members = Belum ada pengurus lain yang aktif di koperasi ini.
edit-handover-sent = Permintaan dikirim kepada { $name }. Jabatan ketua berpindah setelah ia menyetujui.
edit-notice-position = ℹ️ Jabatan Anda di { $coop } sekarang: { $position }.
edit-notice-removed = ℹ️ Anda tidak lagi tercatat sebagai pengurus { $coop } di bot ini. Akun dan data Anda yang lain tetap ada. Bila keliru, hubungi ketua koperasi.
handover-ask = 🤝 { $from } mengajukan agar Anda menjadi ketua { $coop } di bot ini. Setuju?
handover-yes = ✅ Setuju
handover-no = ❌ Tolak
handover-accepted = ✅ Anda sekarang tercatat sebagai ketua { $coop }.
handover-declined = Anda menolak. Jabatan tidak berubah.
handover-notice-accepted = ✅ { $name } menerima jabatan ketua { $coop }. Jabatan Anda sekarang: { $position }.
handover-notice-declined = { $name } menolak menjadi ketua { $coop }. Jabatan tidak berubah.
handover-stale = Permintaan ini sudah tidak berlaku.

## Leaving (/keluar)
leave-none = Anda tidak tercatat sebagai pengurus koperasi mana pun.
leave-pick = Keluar dari kepengurusan koperasi mana?
leave-confirm = Keluar dari kepengurusan { $coop }? Akun dan data Anda tetap ada (untuk menghapus data pribadi, pakai /hapusdata). Laporan yang sudah dikirim tetap tersimpan.
leave-yes = ✅ Ya, keluar
leave-no = ❌ Tidak jadi
leave-done = Anda sudah keluar dari kepengurusan { $coop }. Untuk bergabung lagi, ketik /start.
leave-kept = Baik, Anda tetap pengurus.
leave-ketua = Anda ketua { $coop }. Serahkan dulu jabatan ketua kepada pengurus lain lewat /ubahkoperasi → "Serahkan jabatan ketua", lalu keluar.
leave-notice-ketua = ℹ️ { $name } keluar dari kepengurusan { $coop }.
