## Report reminders (jobs/report-reminders.ts): to the pengurus, and the BA's digest
rem-due-soon =
    ⏰ Pengingat laporan bulanan
    Laporan { $coop } untuk periode { $period } perlu dikirim paling lambat { $due } ({ $days } hari lagi).
rem-due-today =
    ⏰ Hari ini batas kirim laporan
    Laporan { $coop } untuk periode { $period } perlu dikirim hari ini, { $due }.
rem-overdue = 
    ⚠️ Batas kirim laporan sudah lewat
    Laporan { $coop } untuk periode { $period } belum dikirim (batasnya { $due }). Laporan masih bisa dikirim: mohon kirim secepatnya.
rem-draft-none = Belum ada isian. Setiap jawaban langsung tersimpan, jadi bisa dicicil.
rem-draft-some = Laporan sudah berisi { $count } jawaban — tinggal dilanjutkan.
rem-draft-returned = Laporan ini dikembalikan pendamping untuk diperbaiki ({ $count } jawaban tersimpan).
rem-action = Tekan tombol di bawah atau ketik /lapor.
rem-button = 📝 Isi laporan { $period }
rem-ba-digest = 📋 Laporan { $period } lewat batas (batas { $due }): { $count } koperasi dampingan Anda belum mengirim. Laporannya masih bisa dikirim.
rem-ba-line = • { $coop } — { $state }
rem-ba-state-none = belum ada isian
rem-ba-state-draft = sedang diisi ({ $count } jawaban)
rem-ba-state-returned = dikembalikan, belum dikirim ulang
rem-ba-more = …dan { $count } koperasi lainnya.
