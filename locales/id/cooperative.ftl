## My cooperative (/koperasi)
coop-none = Anda belum terdaftar di koperasi mana pun. Tekan tombol di bawah untuk mendaftar atau bergabung.
coop-title = 🏠 { $name }
coop-where = 📍 { $village }, Kec. { $district }, { $regency }, { $province }
coop-code = Kode wilayah: { $code }
coop-ahu = Badan hukum (AHU): { $value }
coop-units = Unit usaha: { $value }
coop-status = Status: { $value } (terdaftar { $since })
coop-status-ACTIVE = aktif
coop-status-INACTIVE = tidak aktif
coop-my-position = Anda: { $position } ({ $status })
coop-ba = Pendamping (BA): { $value }
coop-ba-none = belum ditetapkan
coop-board = Pengurus terdaftar ({ $count }):
coop-member-line = • { $name } — { $position }
