## My cooperative (/koperasi)
coop-none = You are not registered with any cooperative yet. Press the button below to register or join.
coop-title = 🏠 { $name }
coop-where = 📍 { $village }, District { $district }, { $regency }, { $province }
coop-code = Area code: { $code }
coop-ahu = Legal entity (AHU): { $value }
coop-units = Business units: { $value }
coop-status = Status: { $value } (registered { $since })
coop-status-ACTIVE = active
coop-status-INACTIVE = inactive
coop-my-position = You: { $position } ({ $status })
coop-ba = Assistant (BA): { $value }
coop-ba-none = not yet assigned
coop-board = Registered board members ({ $count }):
coop-member-line = • { $name } — { $position }
