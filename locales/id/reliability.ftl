# Operations: messages sent while the service is degraded
ops-service-down = Maaf, layanan sedang mengalami gangguan. Pesan Anda sudah kami terima dan akan diproses otomatis begitu layanan pulih; Anda tidak perlu mengirim ulang. Silakan coba lagi sebentar lagi bila belum ada jawaban.
