## Invite codes (/undang, /kode, deep link)
inv-role-ask = Kode undangan untuk peran apa?
inv-pick-province = Pilih provinsi, lalu kabupaten/kota. Atau ketik nama kabupaten/kota, contoh: Kubu Raya
inv-pick-province-only = Pilih provinsi untuk Dinas Koperasi. Atau ketik namanya, contoh: Kalimantan Barat
inv-pick-regency = Pilih kabupaten/kota di { $province }:
inv-search-short = Ketik minimal 3 huruf dari nama wilayah, contoh: Kubu Raya
inv-search-none = Tidak ada wilayah bernama "{ $query }". Periksa ejaannya atau pilih dari tombol.
inv-search-results = Hasil untuk "{ $query }":
inv-uses-ask = Kode ini boleh dipakai oleh berapa orang?
inv-uses-n = { $n } orang
inv-days-ask = Berlaku berapa lama?
inv-days-n = { $n } hari
inv-use-buttons = Silakan pilih dengan menekan salah satu tombol di bawah pesan.
inv-create-failed = Maaf, kode undangan tidak bisa dibuat. Coba lagi dengan /undang.
inv-created =
    ✅ Kode undangan: { $code }
    Peran: { $role } · { $area }
    Untuk { $uses } orang, berlaku sampai { $until }.
    Kirim tautan ini ke orangnya: { $link }
    Atau minta mereka mengetik: /kode { $code }

inv-btn-revoke = 🚫 Batalkan kode
inv-revoke-ask = Batalkan kode { $code }? Sudah dipakai { $uses } dari { $max } orang. Yang sudah bergabung tetap pada perannya; kode ini tidak bisa dipakai lagi.
inv-revoke-yes = 🚫 Ya, batalkan
inv-revoke-no = Tidak
inv-revoke-kept = Kode { $code } tetap berlaku.
inv-revoked = 🚫 Kode { $code } sudah dibatalkan dan tidak bisa dipakai lagi. { $uses } orang yang sudah bergabung tetap pada perannya. Buat kode baru dengan /undang.
inv-revoke-inactive-revoked = Kode { $code } sudah dibatalkan sebelumnya.
inv-revoke-inactive-expired = Kode { $code } sudah kedaluwarsa, jadi tidak perlu dibatalkan.
inv-revoke-inactive-used_up = Kode { $code } sudah dipakai sampai batasnya, jadi tidak perlu dibatalkan.
inv-list-head = 🔑 Kode undangan yang masih berlaku (terbaru { $count }). Tekan tombolnya untuk membatalkan:
inv-list-line = { $code } · { $role } · { $area } · { $uses }/{ $max } orang · s.d. { $until }
inv-list-revoke = 🚫 Batalkan { $code }
inv-list-empty = Tidak ada kode undangan yang masih berlaku. Buat kode baru dengan /undang.

## Joining with a code
inv-code-how = Ketik /kode lalu kode undangan Anda, contoh: /kode K7QM-4TZP
inv-code-malformed = "{ $code }" bukan kode undangan. Kode terdiri dari 8 huruf/angka, contoh: /kode K7QM-4TZP
inv-code-unknown = Kode { $code } tidak ditemukan. Periksa ketikannya (contoh: /kode K7QM-4TZP) atau minta kode baru kepada admin.
inv-code-expired = Kode { $code } sudah kedaluwarsa sejak { $date }. Minta kode baru kepada admin yang mengundang Anda.
inv-code-used-up = Kode { $code } sudah dipakai sampai batasnya ({ $max } orang). Minta kode baru kepada admin.
inv-code-revoked = Kode { $code } sudah dibatalkan. Minta kode baru kepada admin.
inv-code-throttled = ⏳ Terlalu banyak kode yang salah dalam waktu singkat. Demi keamanan, coba lagi setelah { $time }. Periksa kodenya dengan admin yang mengundang Anda, contoh: /kode K7QM-4TZP
inv-code-already-yours = Anda sudah memakai kode { $code }. Peran Anda sekarang: { $role }.
inv-code-admin = Anda sudah menjadi admin, jadi tidak perlu kode undangan.
inv-join-intro = 🔑 Kode { $code } mengundang Anda sebagai { $role } untuk { $area }. { $needs ->
        [name] Sebelum peran diberikan, tulis dulu nama lengkap Anda.
        [consent] Sebelum peran diberikan, mohon baca dan setujui penyimpanan data Anda.
       *[both] Sebelum peran diberikan, mohon setujui penyimpanan data Anda lalu tulis nama lengkap Anda.
    }
inv-consent-declined = Baik, kode { $code } belum dipakai dan peran Anda tidak berubah. Peran { $role } hanya bisa diberikan setelah Anda menyetujui penyimpanan data, karena tugas ini memakai nama dan ID Telegram Anda. Jika berubah pikiran, ketik /kode { $code } lagi (atau buka kembali tautan undangan) lalu tekan "Setuju".
inv-welcome = ✅ Selamat bergabung, { $name }! Anda sekarang bertugas sebagai { $role } untuk { $area }.
inv-next-BA = Perintah Anda: /koperasiku (koperasi dampingan) dan /permintaan (permintaan bantuan). Anda akan diberi tahu begitu ada koperasi yang ditugaskan.
inv-next-PMO = Perintah Anda: /koperasiku (ringkasan BA dan permintaan), /tugaskan (tugaskan koperasi kepada BA), /permintaan.
inv-next-DINAS = Perintah Anda: /koperasiku (ringkasan wilayah) dan /permintaan (permintaan bantuan di wilayah Anda).
inv-used-notice = 🔑 { $name } memakai kode { $code } dan sekarang bertugas sebagai { $role } untuk { $area }.
inv-privacy-note = 🔒 Dengan bergabung, data Anda (nama, ID Telegram) diproses untuk tugas ini. Lihat /privasi; unduh dengan /dataku, hapus dengan /hapusdata.
