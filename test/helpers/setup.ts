// Runs before each test file. Keep it cheap: the DB is opened once per worker (see db.ts).
process.env.TZ = "UTC";
