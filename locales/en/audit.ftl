## Audit log (/audit, admins)
cmd-audit = Log of changes and refusals (admins)
audit-usage = Type /audit for the latest entries, /audit k12 for cooperative no. 12, or /audit u34 for person no. 34.
audit-title-recent = Latest entries
audit-title-coop = Cooperative #{ $id }
audit-title-user = Person #{ $id }
audit-head = 📜 { $title } — page { $page } of { $pages } ({ $total } entries)
audit-line = • { $at }: { $action } · { $entity } · { $by }
audit-empty = No entries yet.
