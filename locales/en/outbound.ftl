# Outbound module (issue 10): notices about messages that could not be delivered.
help-rerouted = ↪️ Request { $no } could not reach { $from }, so it was forwarded to { $to }. Replies will appear here.
help-rerouted-BA = your BA (pendamping)
help-rerouted-PMO = the PMO (supervisor of the business assistants) of { $regency }
help-rerouted-ADMIN = the programme admins
