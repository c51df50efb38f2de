/**
 * Indonesian time zones by province code:
 * WIB (UTC+7) Sumatra, Java, West and Central Kalimantan; WITA (UTC+8) Bali, Nusa Tenggara,
 * South/East/North Kalimantan, Sulawesi; WIT (UTC+9) Maluku and Papua.
 */

export type IndonesianTimeZone = "Asia/Jakarta" | "Asia/Makassar" | "Asia/Jayapura";
export type TimeZoneLabel = "WIB" | "WITA" | "WIT";

const PROVINCES_BY_ZONE: Record<IndonesianTimeZone, readonly string[]> = {
  // Sumatra 11–21, Java 31–36, Kalimantan Barat 61, Kalimantan Tengah 62.
  "Asia/Jakarta": [
    "11",
    "12",
    "13",
    "14",
    "15",
    "16",
    "17",
    "18",
    "19",
    "21",
    "31",
    "32",
    "33",
    "34",
    "35",
    "36",
    "61",
    "62",
  ],
  // Bali, NTB, NTT, Kalimantan Selatan/Timur/Utara, Sulawesi 71–76.
  "Asia/Makassar": ["51", "52", "53", "63", "64", "65", "71", "72", "73", "74", "75", "76"],
  // Maluku, Maluku Utara, Papua 91–97.
  "Asia/Jayapura": ["81", "82", "91", "92", "93", "94", "95", "96", "97"],
};

const ZONE_BY_PROVINCE = new Map<string, IndonesianTimeZone>(
  Object.entries(PROVINCES_BY_ZONE).flatMap(([zone, codes]) =>
    codes.map((c) => [c, zone as IndonesianTimeZone] as const),
  ),
);

const LABELS: Record<IndonesianTimeZone, TimeZoneLabel> = {
  "Asia/Jakarta": "WIB",
  "Asia/Makassar": "WITA",
  "Asia/Jayapura": "WIT",
};

/** The IANA zone of a province ("61" → "Asia/Jakarta"), or undefined for an unknown province code. */
export function timezoneOfProvince(provinceCode: string): IndonesianTimeZone | undefined {
  return ZONE_BY_PROVINCE.get(provinceCode.trim());
}

/** The zone of any area code, from its first two digits ("65.01.02.2003" → "Asia/Makassar"). */
export function timezoneOfCode(code: string): IndonesianTimeZone | undefined {
  return timezoneOfProvince(code.trim().slice(0, 2));
}

export function timezoneLabel(tz: IndonesianTimeZone): TimeZoneLabel {
  return LABELS[tz];
}
