## Core
# The language of this file, for formatting dates in it (src/i18n.ts localeOf); not shown to users.
locale-code = en
error-generic = Sorry, something went wrong while processing your message. Your earlier answers are kept. Please try again in a moment.
error-not-allowed = This button or command is not for your account. Type /bantuan to see the commands you can use.
error-stale-button = This button is no longer valid. Please use the buttons on the latest message.
error-need-consent = Before using this feature you need to allow us to keep your data. Type /start to begin.
conversation-stale = Sorry, the form you were filling in was interrupted. The report answers you already typed are kept: type /lapor to continue your report, or /start to continue registering.
cancel-done = Cancelled. Type /start to begin again or /bantuan to see the commands.
cancel-nothing = Nothing is in progress.
unknown-input = Sorry, I did not understand that. Have a question or a problem? Tap 🆘 Minta bantuan or type /mintabantuan. To see all commands, type /bantuan.
unknown-input-staff = Sorry, I did not understand that. Type /bantuan to see the commands you can use.
unknown-input-new = Hello! To register your cooperative or join your village cooperative, type /start.
step-header = Step { $step } of { $total }
cancel-hint = (Type /batal to stop at any time.)

## Start
# a greeting for someone whose name we do not know
name-unknown = friend
start-welcome-back = Welcome back, { $name }! Choose from the menu below or type /bantuan.
start-staff = Welcome, { $name }. Your role: { $role }. Type /bantuan to see the commands.
menu-my-coop = 🏠 My cooperative
menu-help = ❓ Help
menu-workspace = 🗂 Workspace
menu-recap = 📊 Recap
menu-requests = 📬 Help requests

## Help (/bantuan)
help-title = Commands you can use:
help-line = /{ $command } — { $description }
help-footer = Have a question or a problem? Tap 🆘 Minta bantuan or type /mintabantuan; your cooperative's business assistant (BA) will answer here.
help-footer-pmo-answers = Have a question or a problem? Tap 🆘 Minta bantuan or type /mintabantuan; your cooperative has no business assistant (BA) yet, so the PMO of your regency/city will answer here.
help-footer-admin-answers = Have a question or a problem? Tap 🆘 Minta bantuan or type /mintabantuan; your cooperative has no business assistant (BA) yet, so the programme admin will answer here.
help-footer-staff = Help requests from board members are in /permintaan. A problem with the bot? Contact the programme admin.
help-footer-admin = Help requests from board members are in /permintaan. Staff and board members with a problem with the bot will contact you.
help-topic-coop = 🏠 Cooperative & reports
help-topic-help = 🆘 Help from your BA
help-topic-staff = 🧑‍💼 For staff
help-topic-manage = 📣 Broadcasts, search & management
help-topic-general = ⚙️ General & personal data

## Commands (descriptions for the Telegram menu and /bantuan)
cmd-start = Start or register a cooperative
cmd-bantuan = List of commands
cmd-batal = Cancel what is in progress
cmd-bahasa = Change language
cmd-privasi = Personal data we keep
cmd-koperasi = My cooperative, board and status
cmd-lapor = Fill in and send the monthly report
cmd-templat = Report form to fill in in one message
cmd-riwayat = History of my cooperative's reports
cmd-mintabantuan = Ask your business assistant (BA) for help
cmd-permintaan = List of help requests
cmd-koperasiku = Assisted cooperatives and area overview
cmd-tugaskan = Assign cooperatives to a business assistant (BA)
cmd-undang = Create an invite code for a BA, PMO or Dinas Koperasi
cmd-kode = Enter an invite code
cmd-dataku = Download my personal data
cmd-hapusdata = Erase my personal data

## Roles
role-PENGURUS = Board member
role-BA = Business assistant (BA)
role-PMO = PMO (supervisor of the business assistants)
role-DINAS = Dinas Koperasi (cooperative office)
role-ADMIN = Admin

## Language (/bahasa)
language-choose = Choose a language:
language-set = Language changed to English.
language-id = 🇮🇩 Bahasa Indonesia
language-en = 🇬🇧 English

## Conversation kit
kit-use-buttons = Please choose by tapping one of the buttons under the message.
kit-search-none = Nothing found for "{ $query }". Try another word, e.g. just part of the name.
