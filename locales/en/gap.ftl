## Roster gap: rostered coops not yet on the bot (issue 20)
gap-recap-line = 📋 Official roster: { $rostered } cooperatives · on the bot { $joined } ({ $pct }) · reporting { $reporting } · not joined { $missing }
gap-recap-top = Most not joined: { $list }
gap-chart-title = Official roster vs on the assistant
gap-chart-rostered = Official roster
gap-chart-joined = On the bot
gap-chart-reporting = Reporting
gap-x-areas = Official roster
gap-x-missing-sheet = Not joined
gap-x-joined-rate = % on the bot
gap-x-missing = Not joined
gap-x-total = Total
gap-x-ketua = Chairperson
gap-x-phone = Chairperson's phone
ws-gap-title = 📋 Your cooperatives in the official roster not yet on the bot: { $count } (page { $page }/{ $pages })
ws-gap-phone = 📞 { $phone }{ $ketua }
ws-gap-no-phone = 📞 no chairperson's number in the roster yet
ws-gap-foot = Call the chairperson and ask them to type /start in this bot: their cooperative only needs confirming.
