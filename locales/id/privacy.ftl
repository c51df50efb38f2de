## Privacy (UU PDP 27/2022)
privacy-info =
    🔒 Data pribadi Anda (dilindungi Undang-Undang Pelindungan Data Pribadi)
    Yang kami simpan: ID Telegram, nama lengkap, nomor HP (jika dibagikan), bahasa, jabatan di koperasi, serta laporan dan permintaan bantuan yang Anda kirim.
    Untuk apa: pendaftaran dan pendampingan Koperasi Desa/Kelurahan Merah Putih, rekap kemajuan untuk Dinas Koperasi dan Kementerian Koperasi.
    Siapa yang melihat: pengurus koperasi Anda, pendamping (BA), PMO, Dinas Koperasi di wilayah Anda, dan admin program.
    Hak Anda: /dataku untuk mengunduh data Anda, /hapusdata untuk menghapusnya.
privacy-export-caption = Ini data pribadi Anda yang kami simpan (format JSON).
privacy-erase-ask = Hapus data pribadi Anda dari bot ini? Nama dan nomor HP Anda dihapus dan nama Anda tidak lagi tercatat di daftar pengurus di bot. Ini tidak mengubah jabatan Anda di koperasi; laporan yang sudah dikirim dan data koperasi tetap ada. Tindakan ini tidak bisa dibatalkan.
privacy-erase-confirm = 🗑 Ya, hapus
privacy-erase-cancel = Batal
privacy-erased = Data pribadi Anda sudah dihapus.
privacy-erased-menu = Jika ingin memakai layanan lagi, ketik /start.
privacy-erase-kept = Baik, data Anda tidak dihapus.
privacy-retention =
    🗂 Setelah /hapusdata dan berapa lama data disimpan
    Tetap disimpan setelah /hapusdata: ID Telegram dan peran Anda (agar akses dan undangan tetap tercatat), laporan koperasi (milik koperasi, bukan data pribadi), dan catatan audit keputusan.
    Pesan bantuan yang diteruskan: dihapus 1 tahun setelah permintaan ditutup. Pesan terkirim: 30 hari. Catatan tombol yang ditolak: 1 tahun; catatan audit lain: 5 tahun. Pembersihan berjalan otomatis setiap hari.
