## Core
error-generic = Maaf, terjadi gangguan saat memproses pesan Anda. Jawaban Anda sebelumnya tetap tersimpan. Silakan coba lagi sebentar lagi.
error-not-allowed = Maaf, Anda tidak berhak melakukan tindakan ini.
error-stale-button = Tombol ini sudah tidak berlaku. Silakan gunakan tombol pada pesan terakhir.
error-need-consent = Sebelum memakai fitur ini, Anda perlu mengizinkan kami menyimpan data Anda. Ketik /start untuk memulai.
conversation-stale = Aplikasi baru saja diperbarui, jadi isian Anda yang terakhir tidak bisa dilanjutkan. Mohon maaf, silakan mulai lagi dengan /start.
cancel-done = Dibatalkan. Ketik /start untuk mulai lagi atau /bantuan untuk melihat perintah.
cancel-nothing = Tidak ada proses yang sedang berjalan.
unknown-input = Maaf, saya tidak memahami pesan itu. Ketik /bantuan untuk melihat perintah yang tersedia.
unknown-input-new = Halo! Untuk mulai mendaftarkan koperasi atau bergabung dengan koperasi desa Anda, ketik /start.
step-header = Langkah { $step } dari { $total }
cancel-hint = (Ketik /batal untuk berhenti kapan saja.)

## Start
start-welcome-back = Selamat datang kembali, { $name }! Pilih menu di bawah atau ketik /bantuan.
start-staff = Selamat datang, { $name }. Peran Anda: { $role }. Ketik /bantuan untuk melihat perintah.
menu-my-coop = 🏠 Koperasi saya
menu-help = ❓ Bantuan

## Help (/bantuan)
help-title = Perintah yang bisa Anda pakai:
help-line = /{ $command } — { $description }
help-footer = Ada kendala? Hubungi pendamping (Business Assistant) koperasi Anda.
help-topic-coop = 🏠 Koperasi & laporan
help-topic-help = 🆘 Bantuan dari pendamping
help-topic-staff = 🧑‍💼 Untuk petugas
help-topic-general = ⚙️ Umum & data pribadi

## Commands (descriptions for the Telegram menu and /bantuan)
cmd-start = Mulai atau daftar koperasi
cmd-bantuan = Daftar perintah
cmd-batal = Batalkan proses yang sedang berjalan
cmd-bahasa = Ganti bahasa
cmd-privasi = Data pribadi yang kami simpan
cmd-koperasi = Koperasi saya, pengurus, dan status
cmd-lapor = Isi dan kirim laporan bulanan
cmd-templat = Templat laporan untuk diisi sekaligus
cmd-riwayat = Riwayat laporan koperasi saya
cmd-mintabantuan = Minta bantuan ke pendamping (BA)
cmd-permintaan = Daftar permintaan bantuan
cmd-koperasiku = Koperasi dampingan dan ringkasan wilayah
cmd-tugaskan = Tugaskan koperasi ke BA
cmd-undang = Buat kode undangan BA, PMO, atau Dinas
cmd-kode = Masukkan kode undangan
cmd-dataku = Unduh data pribadi saya
cmd-hapusdata = Hapus data pribadi saya

## Roles
role-PENGURUS = Pengurus
role-BA = Business Assistant
role-PMO = PMO
role-DINAS = Dinas Koperasi
role-ADMIN = Admin

## Language (/bahasa)
language-choose = Pilih bahasa:
language-set = Bahasa diganti ke Bahasa Indonesia.
language-id = 🇮🇩 Bahasa Indonesia
language-en = 🇬🇧 English

## Conversation kit
kit-use-buttons = Mohon pilih dengan menekan salah satu tombol di bawah pertanyaan.
kit-search-none = Tidak ada hasil untuk "{ $query }". Coba ketik kata lain, contoh: sebagian nama saja.
