/**
 * Name search over a fixed list of entries, each known by one or more names.
 *
 * Names are normalised once (see normalize.ts). A query matches a name when the name contains it, ignoring
 * case, accents, punctuation and spaces. Matches are ranked exact, then prefix, then word prefix, then
 * substring (an exact or prefix match that needs spaces ignored comes just after the literal one);
 * ties go to the shorter name, then alphabetical order, then entry order.
 * Searching a contiguous range of entries (e.g. the villages of one regency) only scans that range.
 */
import { compactKey, normalizeForSearch } from "./normalize.ts";

const MIN_QUERY_LENGTH = 2;

const Tier = {
  Exact: 0,
  ExactIgnoringSpaces: 1,
  Prefix: 2,
  PrefixIgnoringSpaces: 3,
  WordPrefix: 4,
  Substring: 5,
} as const;

/** rank = tier * LENGTH_SLOTS + length of the matching name: lower is better. */
const LENGTH_SLOTS = 1024;

export class SearchIndex {
  private readonly keys: string[] = [];
  private readonly compactKeys: string[] = [];
  /** Entry e owns keys firstKey[e] .. firstKey[e + 1] - 1; its first key is its main name. */
  private readonly firstKey: Uint32Array;

  constructor(names: ReadonlyArray<readonly string[]>) {
    this.firstKey = new Uint32Array(names.length + 1);
    names.forEach((entryNames, e) => {
      this.firstKey[e] = this.keys.length;
      for (const name of entryNames) {
        const key = normalizeForSearch(name);
        if (key === "" || this.keys.includes(key, this.firstKey[e])) continue;
        this.keys.push(key);
        this.compactKeys.push(compactKey(key));
      }
    });
    this.firstKey[names.length] = this.keys.length;
  }

  get size(): number {
    return this.firstKey.length - 1;
  }

  /** Entry indices in [from, to) matching the query, best first; [] for a query under 2 characters. */
  search(query: string, limit: number, from = 0, to = this.size): number[] {
    const q = normalizeForSearch(query);
    const qc = compactKey(q);
    if (qc.length < MIN_QUERY_LENGTH || !(limit >= 1)) return [];
    const { keys, compactKeys, firstKey } = this;
    const top = new TopK(Math.floor(limit), (e) => keys[firstKey[e]!] ?? "");

    for (let e = Math.max(0, from), end = Math.min(to, this.size); e < end; e++) {
      let best = Infinity;
      for (let k = firstKey[e]!; k < firstKey[e + 1]!; k++) {
        const key = keys[k]!;
        const tier = matchTier(key, compactKeys[k]!, q, qc);
        if (tier >= 0) best = Math.min(best, tier * LENGTH_SLOTS + Math.min(key.length, LENGTH_SLOTS - 1));
      }
      if (best !== Infinity) top.offer(best, e);
    }
    return top.ids();
  }
}

/** How `key` matches the query `q` (both normalised; `compact`/`qc` without spaces), or -1 for no match. */
function matchTier(key: string, compact: string, q: string, qc: string): number {
  const at = compact.indexOf(qc); // cheap rejection: every kind of match implies this one
  if (at < 0) return -1;
  if (key === q) return Tier.Exact;
  if (compact === qc) return Tier.ExactIgnoringSpaces;
  if (key.startsWith(q)) return Tier.Prefix;
  if (at === 0) return Tier.PrefixIgnoringSpaces;
  if (startsAWord(key, q, qc)) return Tier.WordPrefix;
  return Tier.Substring;
}

function startsAWord(key: string, q: string, qc: string): boolean {
  if (key.includes(` ${q}`)) return true;
  // "sukamaju" starts a word of "desa suka maju" once spaces are ignored.
  for (let at = key.indexOf(" "); at >= 0; at = key.indexOf(" ", at + 1)) {
    if (startsWithIgnoringSpaces(key, at + 1, qc)) return true;
  }
  return false;
}

/** Whether key, from offset `from` and with its spaces skipped, starts with `qc`. */
function startsWithIgnoringSpaces(key: string, from: number, qc: string): boolean {
  let j = 0;
  for (let i = from; i < key.length && j < qc.length; i++) {
    const c = key.charCodeAt(i);
    if (c === 32) continue;
    if (c !== qc.charCodeAt(j)) return false;
    j++;
  }
  return j === qc.length;
}

/** Keeps the `limit` best entries offered: lowest rank, then main name, then entry index. */
class TopK {
  private readonly ranks: number[] = [];
  private readonly entries: number[] = [];

  constructor(
    private readonly limit: number,
    private readonly nameOf: (entry: number) => string,
  ) {}

  offer(rank: number, entry: number): void {
    const { ranks, entries } = this;
    const full = ranks.length === this.limit;
    if (full && !this.before(rank, entry, ranks.length - 1)) return;
    if (full) {
      ranks.pop();
      entries.pop();
    }
    let at = ranks.length;
    while (at > 0 && this.before(rank, entry, at - 1)) at--;
    ranks.splice(at, 0, rank);
    entries.splice(at, 0, entry);
  }

  ids(): number[] {
    return [...this.entries];
  }

  /** Whether (rank, entry) sorts before the kept item at `slot`. */
  private before(rank: number, entry: number, slot: number): boolean {
    const other = this.ranks[slot]!;
    if (rank !== other) return rank < other;
    const [a, b] = [this.nameOf(entry), this.nameOf(this.entries[slot]!)];
    return a !== b ? a < b : entry < this.entries[slot]!;
  }
}
