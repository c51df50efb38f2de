## Audit log (/audit, admins)
cmd-audit = Catatan perubahan dan penolakan (admin)
audit-usage = Ketik /audit untuk catatan terbaru, /audit k12 untuk koperasi nomor 12, atau /audit u34 untuk orang nomor 34.
audit-title-recent = Catatan terbaru
audit-title-coop = Koperasi #{ $id }
audit-title-user = Orang #{ $id }
audit-head = 📜 { $title } — halaman { $page } dari { $pages } ({ $total } catatan)
audit-line = • { $at }: { $action } · { $entity } · { $by }
audit-empty = Belum ada catatan.
