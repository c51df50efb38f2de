# Operations: messages sent while the service is degraded
ops-service-down = Maaf, layanan sedang mengalami gangguan. Pesan Anda sudah kami terima dan akan diproses otomatis begitu layanan pulih; Anda tidak perlu mengirim ulang. Silakan coba lagi sebentar lagi bila belum ada jawaban.

# Groups and channels: the bot works only in a private chat
chat-private-only = Bot ini hanya melayani lewat chat pribadi. Silakan buka { $link } lalu tekan Mulai.
chat-private-only-button = Tombol ini hanya bisa dipakai di chat pribadi dengan bot.
