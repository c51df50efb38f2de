## Roster gap: rostered coops not yet on the bot (issue 20)
gap-recap-line = 📋 Daftar resmi: { $rostered } koperasi · di bot { $joined } ({ $pct }) · melapor { $reporting } · belum bergabung { $missing }
gap-recap-top = Belum bergabung terbanyak: { $list }
gap-chart-title = Daftar resmi vs di asisten
gap-chart-rostered = Daftar resmi
gap-chart-joined = Sudah di bot
gap-chart-reporting = Melapor
gap-x-areas = Daftar resmi
gap-x-missing-sheet = Belum bergabung
gap-x-joined-rate = % di bot
gap-x-missing = Belum bergabung
gap-x-total = Total
gap-x-ketua = Ketua
gap-x-phone = No. HP ketua
ws-gap-title = 📋 Koperasi dampingan di daftar resmi yang belum bergabung: { $count } (halaman { $page }/{ $pages })
ws-gap-phone = 📞 { $phone }{ $ketua }
ws-gap-no-phone = 📞 nomor ketua belum ada di daftar
ws-gap-foot = Hubungi ketuanya dan minta ketik /start di bot ini: koperasinya tinggal dikonfirmasi.
