// The digits of a database id (PostgreSQL integer, 0…2147483647). Ids come back from users in callback
// data, commands and uploaded files; a larger number is refused like any malformed input, never passed on
// to a query that would fail on it. INT_ID goes inside other patterns, ID matches a whole string.
export const INT_ID =
  "(?:\\d{1,9}|1\\d{9}|20\\d{8}|21[0-3]\\d{7}|214[0-6]\\d{6}|2147[0-3]\\d{5}|21474[0-7]\\d{4}|214748[0-2]\\d{3}|2147483[0-5]\\d{2}|21474836[0-3]\\d|214748364[0-7])";
export const ID = new RegExp(`^${INT_ID}$`);
