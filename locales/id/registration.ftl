## Registration wizard
reg-welcome = Halo { $name }! Saya asisten Koperasi Desa/Kelurahan Merah Putih. Saya akan membantu Anda mendaftarkan koperasi atau bergabung dengan koperasi desa Anda.
reg-start-button = 📝 Daftar / gabung koperasi
reg-consent =
    Izin menyimpan data Anda
    Agar kami bisa mendampingi koperasi Anda, kami menyimpan nama, nomor HP (jika Anda bagikan), ID Telegram, jabatan, dan data koperasi Anda. Data ini hanya dipakai untuk program Koperasi Merah Putih oleh Kementerian Koperasi, Dinas Koperasi, dan pendamping (BA), sesuai Undang-Undang Pelindungan Data Pribadi (UU PDP).
    Anda bisa melihat (/dataku) atau menghapus (/hapusdata) data Anda kapan saja.
    Apakah Anda setuju?
reg-consent-agree = ✅ Setuju
reg-consent-decline = ❌ Tidak setuju
reg-consent-more = ℹ️ Baca selengkapnya
reg-consent-again = Silakan pilih Setuju atau Tidak setuju dengan tombol di bawah.
reg-consent-declined = Baik, tidak ada data yang kami simpan selain ID Telegram Anda. Jika berubah pikiran, ketik /start.
reg-keep = Tetap: { $value }
reg-name-ask =
    Siapa nama lengkap Anda (sesuai KTP)?
    Contoh: Siti Aminah
reg-name-empty = Nama belum diisi. Ketik nama lengkap Anda, contoh: Siti Aminah
reg-name-invalid = Nama hanya boleh berisi huruf, spasi, titik, koma, tanda petik atau tanda hubung (minimal 2 huruf). Contoh: Siti Aminah
reg-name-too-long = Nama terlalu panjang (maksimal 60 huruf). Ketik nama lengkap saja, contoh: Siti Aminah
reg-phone-ask =
    Nomor HP Anda dipakai agar ketua koperasi dan pendamping (BA) bisa menghubungi Anda, misalnya saat Anda minta bantuan.
    Bagikan dengan tombol "📱 Kirim nomor HP saya" di bawah, atau ketik nomornya (contoh: 0812 3456 7890).
    Tidak mau membagikan? Tekan "Lewati".
reg-phone-share = 📱 Kirim nomor HP saya
reg-phone-skip = ⏭ Lewati
reg-phone-saved = ✅ Nomor HP tersimpan: { $phone }
reg-phone-skipped = Baik, nomor HP dilewati.
reg-phone-invalid = Nomor HP tidak dikenali. Tekan tombol "📱 Kirim nomor HP saya", tekan "Lewati", atau ketik nomor HP Indonesia, contoh: 0812 3456 7890
reg-phone-not-own = Mohon bagikan nomor HP Anda sendiri dengan tombol "📱 Kirim nomor HP saya", bukan kontak orang lain.
reg-wilayah-province =
    Di desa/kelurahan mana koperasi Anda?
    Ketik nama desanya, boleh dengan kecamatan atau kabupatennya, contoh: Durian, Kubu Raya
    Atau pilih provinsi (halaman { $page }/{ $pages }):
reg-wilayah-regency = Provinsi { $parent }. Pilih kabupaten/kota (halaman { $page }/{ $pages }), atau ketik nama desa untuk mencari.
reg-wilayah-district = { $parent }. Pilih kecamatan (halaman { $page }/{ $pages }), atau ketik nama desa untuk mencari.
reg-wilayah-village = Kecamatan { $parent }. Pilih desa/kelurahan (halaman { $page }/{ $pages }), atau ketik namanya untuk mencari.
reg-wilayah-results = { $count } hasil untuk "{ $query }" (halaman { $page }/{ $pages }). Pilih desa/kelurahan Anda:
reg-wilayah-results-more = Lebih dari { $count } hasil untuk "{ $query }" (halaman { $page }/{ $pages }). Pilih, atau ketik juga kecamatan atau kabupatennya, contoh: Durian, Kubu Raya
reg-wilayah-not-found = Tidak ada wilayah bernama "{ $query }" di { $where }. Periksa ejaannya, atau ketik sebagian nama saja, contoh: Sungai Raya. Atau pilih dari daftar.
reg-wilayah-indonesia = Indonesia
reg-wilayah-use-buttons = Pilih wilayah dengan tombol, atau ketik nama desa (minimal 2 huruf), contoh: Durian, Kubu Raya
reg-search-too-short = Ketik minimal 2 huruf nama wilayah, contoh: Sungai Raya
reg-search-too-long = Nama wilayah terlalu panjang. Ketik sebagian nama saja, contoh: Sungai Raya
reg-village-new = Belum ada Koperasi Merah Putih terdaftar di { $village }, jadi Anda mendaftarkan koperasi baru: { $name }. Nama koperasi bisa diubah di ringkasan nanti.
reg-join-ask = Di { $village } sudah terdaftar "{ $name }". Satu desa hanya punya satu Koperasi Merah Putih. Apakah Anda pengurus koperasi ini dan ingin bergabung?
reg-join-yes = 🤝 Gabung dengan koperasi ini
reg-join-other = 🔎 Pilih desa lain
reg-coopname-ask =
    Nama koperasi sekarang: { $current }
    Ketik nama resmi koperasi Anda, atau tekan tombol untuk memakai nama yang disarankan.
reg-coopname-use = Pakai: { $name }
reg-coopname-empty = Nama koperasi belum diisi. Contoh: Koperasi Desa Merah Putih Sungai Raya
reg-coopname-invalid = Nama koperasi minimal 5 huruf dan harus berisi huruf. Contoh: Koperasi Desa Merah Putih Sungai Raya
reg-coopname-too-long = Nama koperasi terlalu panjang (maksimal 100 huruf). Contoh: Koperasi Desa Merah Putih Sungai Raya
reg-ahu-ask =
    Ketik nomor SK badan hukum koperasi dari Kementerian Hukum. Nomornya diawali "AHU-".
    Contoh: AHU-0012345.AH.01.29.TAHUN 2025
    Belum punya? Tekan "Belum ada".
reg-ahu-none = Belum ada
reg-ahu-saved = ✅ Nomor AHU: { $number }
reg-ahu-invalid = Format nomor AHU tidak sesuai. Tulis seperti di SK, diawali "AHU-", contoh: AHU-0012345.AH.01.29.TAHUN 2025 — atau tekan "Belum ada".
reg-ahu-taken = Nomor AHU itu sudah tercatat untuk "{ $name }" ({ $where }). Jika Anda pengurus koperasi itu, tekan "⬅️ Kembali", lalu "✏️ Ubah wilayah", pilih desa { $where } dan tekan "🤝 Gabung dengan koperasi ini". Jika nomornya salah ketik, ketik nomor yang benar.
reg-units-title = Unit usaha
reg-units-ask = Unit usaha apa saja yang dijalankan atau direncanakan koperasi? Tekan untuk memilih (bisa lebih dari satu), lalu tekan "Selesai".
reg-units-done = ✅ Selesai
reg-units-none = Pilih minimal satu unit usaha dulu.
reg-units-use-buttons = Pilih unit usaha dengan menekan tombol, lalu tekan "Selesai".
reg-position-ask = Apa jabatan Anda di koperasi?
reg-position-ask-join = Apa jabatan Anda di { $name }?
reg-summary-title = Ringkasan pendaftaran koperasi:
reg-summary-title-join = Ringkasan permintaan bergabung:
reg-summary-name = Nama: { $value }
reg-summary-phone = No. HP: { $value }
reg-summary-village = Wilayah: { $value }
reg-summary-coop = Nama koperasi: { $value }
reg-summary-join-coop = Koperasi: { $value }
reg-summary-ahu = Nomor AHU: { $value }
reg-summary-units = Unit usaha: { $value }
reg-summary-position = Jabatan: { $value }
reg-summary-none = tidak dibagikan
reg-summary-check = Sudah benar? Tekan "Kirim". Ada yang salah? Tekan "Ubah".
reg-summary-use-buttons = Tekan salah satu tombol "Ubah" untuk memperbaiki, atau "Kirim" jika sudah benar.
reg-edit-name = ✏️ Ubah nama
reg-edit-phone = ✏️ Ubah No. HP
reg-edit-wilayah = ✏️ Ubah wilayah
reg-edit-coopName = ✏️ Ubah nama koperasi
reg-edit-ahu = ✏️ Ubah AHU
reg-edit-units = ✏️ Ubah unit usaha
reg-edit-position = ✏️ Ubah jabatan
reg-send = ✅ Kirim pendaftaran
reg-send-join = ✅ Kirim permintaan
reg-done-created = 🎉 { $name } sudah tercatat di asisten ini, dengan Anda sebagai pengurusnya. Ini catatan pendampingan, bukan pengesahan badan hukum dan bukan pendaftaran SIMKOPDES. Langkah berikutnya: isi laporan bulanan dengan /lapor. Data koperasi: /koperasi.
reg-join-sent-ketua = Permintaan bergabung dengan { $name } sudah dikirim kepada ketua koperasi. Kami kabari setelah ada keputusan.
reg-join-sent-admin = Permintaan bergabung dengan { $name } sudah dikirim kepada admin (koperasi belum punya ketua terdaftar). Kami kabari setelah ada keputusan.
reg-join-sent-nobody = Permintaan bergabung dengan { $name } sudah tercatat. Belum ada ketua atau admin yang bisa menyetujui; kami kabari setelah ada keputusan.
reg-already-member = Anda sudah menjadi pengurus { $name }. Ketik /koperasi untuk melihatnya.
reg-already-pending = Permintaan Anda untuk bergabung dengan { $name } masih menunggu persetujuan.
reg-admin-new-coop = 🆕 Koperasi baru terdaftar: { $coop } ({ $where }), oleh { $person }. ID: { $id }
btn-prev = « Sebelumnya
btn-next = Berikutnya »
btn-back = ⬅️ Kembali
btn-back-to-list = ⬅️ Kembali ke daftar

## Join requests
join-request-to-approver =
    🤝 Permintaan bergabung dengan { $coop } ({ $where }):
    Nama: { $person }
    Jabatan: { $position }
    No. HP: { $phone }
join-approve = ✅ Setujui
join-reject = ❌ Tolak
join-approved-by = ✅ { $person } disetujui bergabung dengan { $coop } oleh { $by }.
join-rejected-by = ❌ Permintaan { $person } untuk bergabung dengan { $coop } ditolak oleh { $by }.
join-approved-to-requester = 🎉 Permintaan Anda bergabung dengan { $coop } disetujui oleh { $by }. Ketik /koperasi untuk melihat koperasi Anda.
join-rejected-to-requester = Maaf, permintaan Anda bergabung dengan { $coop } ditolak oleh { $by }. Jika ini keliru, hubungi ketua koperasi lalu ketik /start untuk mengajukan lagi.
join-already-decided = Permintaan bergabung { $person } sudah diputuskan sebelumnya (status: { $status }).
membership-PENDING = menunggu persetujuan
membership-ACTIVE = aktif
membership-REJECTED = ditolak
membership-REMOVED = dikeluarkan

## Business units and positions
unit-KANTOR = Kantor koperasi
unit-GERAI_SEMBAKO = Gerai sembako
unit-SIMPAN_PINJAM = Simpan pinjam
unit-KLINIK = Klinik desa
unit-APOTEK = Apotek desa
unit-COLD_STORAGE = Gudang pendingin
unit-LOGISTIK = Logistik
unit-LAINNYA = Lainnya
position-KETUA = Ketua
position-WAKIL_USAHA = Wakil ketua bidang usaha
position-WAKIL_ANGGOTA = Wakil ketua bidang keanggotaan
position-SEKRETARIS = Sekretaris
position-BENDAHARA = Bendahara
position-PENGAWAS = Pengawas
position-LAINNYA = Lainnya
