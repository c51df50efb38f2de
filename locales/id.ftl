## Core
# The language of this file, for formatting dates in it (src/i18n.ts localeOf); not shown to users.
locale-code = id
error-generic = Maaf, terjadi gangguan saat memproses pesan Anda. Jawaban Anda sebelumnya tetap tersimpan. Silakan coba lagi sebentar lagi.
error-not-allowed = Tombol atau perintah ini bukan untuk akun Anda. Ketik /bantuan untuk melihat perintah yang bisa Anda pakai.
error-stale-button = Tombol ini sudah tidak berlaku. Silakan gunakan tombol pada pesan terakhir.
error-need-consent = Sebelum memakai fitur ini, Anda perlu mengizinkan kami menyimpan data Anda. Ketik /start untuk memulai.
conversation-stale = Maaf, isian yang sedang Anda kerjakan terputus. Jawaban laporan yang sudah Anda ketik tetap tersimpan: ketik /lapor untuk melanjutkan laporan, atau /start untuk melanjutkan pendaftaran.
cancel-done = Dibatalkan. Ketik /start untuk mulai lagi atau /bantuan untuk melihat perintah.
cancel-nothing = Tidak ada proses yang sedang berjalan.
unknown-input = Maaf, saya tidak memahami pesan itu. Punya pertanyaan atau masalah? Tekan 🆘 Minta bantuan atau ketik /mintabantuan. Untuk melihat semua perintah, ketik /bantuan.
unknown-input-staff = Maaf, saya tidak memahami pesan itu. Ketik /bantuan untuk melihat perintah yang bisa Anda pakai.
unknown-input-new = Halo! Untuk mulai mendaftarkan koperasi atau bergabung dengan koperasi desa Anda, ketik /start.
step-header = Langkah { $step } dari { $total }
cancel-hint = (Ketik /batal untuk berhenti kapan saja.)

## Start
# a greeting for someone whose name we do not know
name-unknown = Bapak/Ibu
start-welcome-back = Selamat datang kembali, { $name }! Pilih menu di bawah atau ketik /bantuan.
start-staff = Selamat datang, { $name }. Peran Anda: { $role }. Ketik /bantuan untuk melihat perintah.
menu-my-coop = 🏠 Koperasi saya
menu-help = ❓ Bantuan
menu-workspace = 🗂 Ruang kerja
menu-recap = 📊 Rekap
menu-requests = 📬 Permintaan bantuan

## Help (/bantuan)
help-title = Perintah yang bisa Anda pakai:
help-line = /{ $command } — { $description }
help-footer = Ada pertanyaan atau masalah? Tekan 🆘 Minta bantuan atau ketik /mintabantuan; pendamping (BA) koperasi Anda akan membalas di sini.
help-footer-pmo-answers = Ada pertanyaan atau masalah? Tekan 🆘 Minta bantuan atau ketik /mintabantuan; koperasi Anda belum punya pendamping (BA), jadi PMO kabupaten/kota Anda yang akan membalas di sini.
help-footer-admin-answers = Ada pertanyaan atau masalah? Tekan 🆘 Minta bantuan atau ketik /mintabantuan; koperasi Anda belum punya pendamping (BA), jadi admin program yang akan membalas di sini.
help-footer-staff = Permintaan bantuan dari pengurus ada di /permintaan. Ada kendala dengan bot? Hubungi admin program.
help-footer-admin = Permintaan bantuan dari pengurus ada di /permintaan. Petugas dan pengurus yang ada kendala dengan bot akan menghubungi Anda.
help-topic-coop = 🏠 Koperasi & laporan
help-topic-help = 🆘 Bantuan dari pendamping
help-topic-staff = 🧑‍💼 Untuk petugas
help-topic-manage = 📣 Siaran, pencarian & pengelolaan
help-topic-general = ⚙️ Umum & data pribadi

## Commands (descriptions for the Telegram menu and /bantuan)
cmd-start = Mulai atau daftar koperasi
cmd-bantuan = Daftar perintah
cmd-batal = Batalkan proses yang sedang berjalan
cmd-bahasa = Ganti bahasa
cmd-privasi = Data pribadi yang kami simpan
cmd-koperasi = Koperasi saya, pengurus, dan status
cmd-lapor = Isi dan kirim laporan bulanan
cmd-templat = Formulir laporan untuk diisi dalam satu pesan
cmd-riwayat = Riwayat laporan koperasi saya
cmd-mintabantuan = Minta bantuan kepada pendamping (BA)
cmd-permintaan = Daftar permintaan bantuan
cmd-koperasiku = Koperasi dampingan dan ringkasan wilayah
cmd-tugaskan = Tugaskan koperasi kepada pendamping (BA)
cmd-undang = Buat kode undangan untuk BA, PMO, atau Dinas Koperasi
cmd-kode = Masukkan kode undangan
cmd-dataku = Unduh data pribadi saya
cmd-hapusdata = Hapus data pribadi saya

## Roles
role-PENGURUS = Pengurus
role-BA = Pendamping (BA)
role-PMO = PMO (pengawas para pendamping)
role-DINAS = Dinas Koperasi
role-ADMIN = Admin

## Language (/bahasa)
language-choose = Pilih bahasa:
language-set = Bahasa diganti ke Bahasa Indonesia.
language-id = 🇮🇩 Bahasa Indonesia
language-en = 🇬🇧 English

## Conversation kit
kit-use-buttons = Silakan pilih dengan menekan salah satu tombol di bawah pesan.
kit-search-none = Tidak ada hasil untuk "{ $query }". Coba ketik kata lain, contoh: sebagian nama saja.
