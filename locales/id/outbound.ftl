# Outbound module (issue 10): notices about messages that could not be delivered.
help-rerouted = ↪️ Permintaan { $no } tidak dapat disampaikan ke { $from }, jadi diteruskan ke { $to }. Balasannya akan muncul di sini.
help-rerouted-BA = pendamping (BA) Anda
help-rerouted-PMO = PMO (pengawas para pendamping) { $regency }
help-rerouted-ADMIN = admin program

## Delivery reports (issue 23.2): what actually arrived, told once the outbox is done
dr-nudge = 📬 Hasil pengingat laporan { $period }: { $sent } dari { $total } pengurus sudah menerimanya.
dr-assign = 📬 Hasil pemberitahuan penugasan { $ba }: { $sent } dari { $total } orang sudah menerimanya.
dr-missed = ⚠️ Belum sampai: { $failed } · Memblokir bot: { $blocked }. Tekan tombol di bawah untuk melihat siapa dan sebabnya.
dr-all-ok = ✅ Semua sudah terkirim.
dr-btn-failed = 📋 Lihat yang belum menerima ({ $count })
dr-btn-prev = ◀️ Sebelumnya
dr-btn-next = Berikutnya ▶️
dr-list-title = Belum menerima: { $total } orang (halaman { $page } dari { $pages })
dr-list-line = { $n }. { $name } — { $reason }
dr-list-empty = Semua penerima sudah menerima pesannya.
dr-reason-blocked = memblokir bot atau menghapus datanya
dr-reason-not_found = akun Telegram-nya tidak ditemukan (belum pernah membuka bot)
dr-reason-network = gangguan jaringan Telegram, sudah dicoba berulang kali
dr-reason-refused = pesan ditolak Telegram
