## Privacy (UU PDP 27/2022)
privacy-info =
    🔒 Your personal data (protected by Indonesia's Personal Data Protection Law)
    What we store: Telegram ID, full name, phone number (if shared), language, position in the cooperative, and the reports and help requests you send.
    What for: registration and support of Koperasi Desa/Kelurahan Merah Putih, and progress summaries for the Dinas Koperasi and the Ministry of Cooperatives.
    Who sees it: your cooperative's board, the assistants (BA), the PMO, the Dinas Koperasi in your area, and the programme admins.
    Your rights: /dataku to download your data, /hapusdata to erase it.
privacy-export-caption = This is the personal data we store about you (JSON format).
privacy-erase-ask = Erase your personal data from this bot? Your name and phone number are deleted and your name is no longer listed on the board in the bot. This does not change your position in the cooperative; reports already sent and the cooperative's data remain. This cannot be undone.
privacy-erase-confirm = 🗑 Yes, erase
privacy-erase-cancel = Cancel
privacy-erased = Your personal data has been erased.
privacy-erased-menu = If you want to use the service again, type /start.
privacy-erase-kept = All right, your data has not been erased.
privacy-retention =
    🗂 After /hapusdata, and how long data is kept
    Kept after /hapusdata: your Telegram id and role (so access and invites stay accountable), the cooperative's reports (they belong to the cooperative, not personal data), and the audit trail of decisions.
    Relayed help messages: deleted 1 year after the request is closed. Sent messages: 30 days. Records of refused buttons: 1 year; other audit records: 5 years. Clean-up runs automatically every day.
