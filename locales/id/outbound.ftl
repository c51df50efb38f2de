# Outbound module (issue 10): notices about messages that could not be delivered.
help-rerouted = ↪️ Permintaan { $no } tidak dapat disampaikan ke { $from }, jadi diteruskan ke { $to }. Balasannya akan muncul di sini.
help-rerouted-BA = pendamping (BA) Anda
help-rerouted-PMO = PMO (pengawas para pendamping) { $regency }
help-rerouted-ADMIN = admin program
