## Report reminders (jobs/report-reminders.ts): to the pengurus, and the BA's digest
rem-due-soon =
    ⏰ Pengingat laporan bulanan
    Laporan { $coop } untuk periode { $period } perlu dikirim paling lambat { $due } ({ $days } hari lagi).
rem-due-today =
    ⏰ Hari ini batas kirim laporan
    Laporan { $coop } untuk periode { $period } perlu dikirim hari ini, { $due }.
rem-overdue =
    ⚠️ Laporan terlambat
    Laporan { $coop } untuk periode { $period } belum dikirim. Batasnya { $due }. Mohon kirim secepatnya.
rem-draft-none = Belum ada isian. Setiap jawaban langsung tersimpan, jadi bisa dicicil.
rem-draft-some = Draf sudah berisi { $count } jawaban — tinggal dilanjutkan.
rem-draft-returned = Laporan ini dikembalikan pendamping untuk diperbaiki ({ $count } jawaban tersimpan).
rem-action = Tekan tombol di bawah atau ketik /lapor.
rem-button = 📝 Isi laporan { $period }
rem-ba-digest = 📋 Laporan { $period } terlambat (batas { $due }): { $count } koperasi dampingan Anda belum mengirim.
rem-ba-line = • { $coop } — { $state }
rem-ba-state-none = belum ada isian
rem-ba-state-draft = draf { $count } jawaban
rem-ba-state-returned = dikembalikan, belum dikirim ulang
rem-ba-more = …dan { $count } koperasi lainnya.
