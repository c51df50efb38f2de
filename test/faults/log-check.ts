// The log check of issue 13 (item 6) over everything a bot process wrote: there are lines about
// updates and each carries update_id, chat_id and user_id; nowhere the bot token's secret, a
// phone number (+62…, 62…, 08…) or a figure someone typed. Returns what is wrong (empty: fine).

export interface LogSecrets {
  token: string;
  phones: string[];
  /** figures typed in the run, as patterns (thousands dots optional) */
  figures: RegExp[];
}

const phoneForms = (p: string) => {
  const digits = p.replace(/\D/g, "");
  return digits.startsWith("62") ? [digits, `0${digits.slice(2)}`] : [digits];
};

export function logProblems(logs: string, s: LogSecrets): string[] {
  const problems: string[] = [];
  const lines = logs.split("\n").filter((l) => l.startsWith("{"));
  const perUpdate = lines.map((l) => JSON.parse(l) as Record<string, unknown>).filter((j) => "update_id" in j);
  if (perUpdate.length === 0) problems.push("no log line about an update");
  for (const j of perUpdate) {
    const missing = ["update_id", "chat_id", "user_id"].filter((k) => typeof j[k] !== "number");
    if (missing.length)
      problems.push(`"${String(j.msg)}" (update ${String(j.update_id)}) without ${missing.join(", ")}`);
  }
  const secret = s.token.split(":")[1] ?? s.token;
  if (logs.includes(secret)) problems.push("the bot token's secret");
  for (const p of s.phones)
    for (const form of phoneForms(p)) if (logs.includes(form)) problems.push(`a phone number (${form.slice(0, 4)}…)`);
  const withoutTimes = logs.replace(/"time":\d+/g, ""); // epoch milliseconds are long digit runs
  for (const f of s.figures) if (f.test(withoutTimes)) problems.push(`a typed figure (${f.source})`);
  return problems;
}
