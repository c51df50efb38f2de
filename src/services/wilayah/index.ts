/**
 * Indonesian administrative regions (wilayah) from the idn-area-data package: lookups, listings for
 * pickers, village search and time zones. Load once with getWilayah() (synchronous, a few hundred ms).
 */
import { levelOfCode, normalizeCode, villageTypeOfCode, type AreaLevel, type VillageType } from "./codes.ts";
import { loadWilayahData, type WilayahData } from "./load.ts";
import { displayRegionName, withoutTypePrefix } from "./names.ts";
import { SearchIndex } from "./search-index.ts";
import { normalizeForSearch } from "./normalize.ts";
import { findVillagesQualified, type VillageMatches } from "./qualified-search.ts";
import {
  timezoneLabel,
  timezoneOfCode,
  timezoneOfProvince,
  type IndonesianTimeZone,
  type TimeZoneLabel,
} from "./timezones.ts";
import { buildLevel, descend, type Area, type Level } from "./tree.ts";

export type { Area } from "./tree.ts";
export type { AreaLevel, VillageType } from "./codes.ts";
export type { WilayahData, AreaRow } from "./load.ts";
export type { IndonesianTimeZone, TimeZoneLabel } from "./timezones.ts";
export type { VillageMatches } from "./qualified-search.ts";
export { normalizeCode, levelOfCode, villageTypeOfCode } from "./codes.ts";
export { timezoneOfProvince, timezoneOfCode, timezoneLabel } from "./timezones.ts";
export { loadWilayahData, defaultDataDir } from "./load.ts";

export interface VillagePath {
  village: Area;
  district: Area;
  regency: Area;
  province: Area;
  type: VillageType;
}

export interface VillageSearchOptions {
  provinceCode?: string;
  regencyCode?: string;
  districtCode?: string;
  /** Default 10. */
  limit?: number;
}

export interface WilayahStats {
  provinces: number;
  regencies: number;
  districts: number;
  villages: number;
  desa: number;
  kelurahan: number;
}

const LEVELS: readonly AreaLevel[] = ["province", "regency", "district", "village"];
const collator = new Intl.Collator("id", { sensitivity: "base", numeric: true });

export class Wilayah {
  /** Indexed by level: 0 province, 1 regency, 2 district, 3 village. */
  private readonly levels: readonly [Level, Level, Level, Level];
  private readonly indexes: readonly SearchIndex[];
  /** exact-name lookup per level, built on first use */
  private readonly byName: Array<Map<string, Area[]> | undefined> = [];

  /** Reads the idn-area-data CSV files (or those in `dataDir`). */
  static load(dataDir?: string): Wilayah {
    return new Wilayah(loadWilayahData(dataDir));
  }

  constructor(data: WilayahData) {
    const asIs = (name: string) => name;
    const provinces = buildLevel(data.provinces, displayRegionName);
    const regencies = buildLevel(data.regencies, displayRegionName, provinces);
    const districts = buildLevel(data.districts, asIs, regencies);
    const villages = buildLevel(data.villages, asIs, districts);
    this.levels = [provinces, regencies, districts, villages];
    this.indexes = [
      searchNamesOfRegion(provinces),
      searchNamesOfRegion(regencies),
      indexByName(districts),
      indexByName(villages),
    ];
  }

  provinces(): Area[] {
    return sortByName(this.levels[0].areas);
  }
  regencies(provinceCode: string): Area[] {
    return this.children(0, provinceCode);
  }
  districts(regencyCode: string): Area[] {
    return this.children(1, regencyCode);
  }
  villages(districtCode: string): Area[] {
    return this.children(2, districtCode);
  }

  province(code: string): Area | undefined {
    return this.find(0, code);
  }
  regency(code: string): Area | undefined {
    return this.find(1, code);
  }
  district(code: string): Area | undefined {
    return this.find(2, code);
  }
  village(code: string): Area | undefined {
    return this.find(3, code);
  }

  /** The village with its district, regency and province, or undefined for an unknown village code. */
  villagePath(villageCode: string): VillagePath | undefined {
    const position = this.position(3, villageCode);
    return position === undefined ? undefined : this.pathOf(position);
  }

  /** "KELURAHAN" or "DESA", from the code alone. Throws RangeError for a string that is not a village code. */
  isVillageKelurahan(villageCode: string): VillageType {
    return villageTypeOfCode(villageCode);
  }

  /**
   * Villages whose name contains the query (case, accents, punctuation and spaces ignored), best first:
   * exact name, prefix, word prefix, substring. Optionally limited to one province, regency or district
   * (the most specific wins; codes that contradict each other or are unknown give []).
   * Queries under 2 characters give [].
   */
  searchVillages(query: string, options: VillageSearchOptions = {}): VillagePath[] {
    const range = this.villageRange(options);
    if (!range) return [];
    return this.indexes[3]!.search(query, options.limit ?? 10, range[0], range[1]).map((p) => this.pathOf(p));
  }

  /**
   * Villages for what people type: a name, optionally followed by its kecamatan, kab/kota or province
   * ("Durian Sungai Ambawang", "Durian, Kubu Raya", "Sungai Raya Kab. Kubu Raya"). At most `limit`
   * (default 60); `more` says there were more. See qualified-search.ts.
   */
  findVillages(query: string, scope?: VillageSearchOptions, limit = 60): VillageMatches {
    return findVillagesQualified(this, query, scope, limit);
  }

  /** Districts, regencies or provinces whose normalised name (also without "Kabupaten"/"Kota") is `normalized`. */
  areasNamed(level: "province" | "regency" | "district", normalized: string): readonly Area[] {
    const depth = LEVELS.indexOf(level);
    let byName = this.byName[depth];
    if (!byName) {
      byName = new Map();
      const { areas, rawNames } = this.levels[depth]!;
      areas.forEach((area, i) => {
        const names = new Set(
          [area.name, rawNames[i]!, withoutTypePrefix(area.name) ?? "", withoutTypePrefix(rawNames[i]!) ?? ""].map(
            normalizeForSearch,
          ),
        );
        for (const n of names) if (n) byName!.set(n, [...(byName!.get(n) ?? []), area]);
      });
      this.byName[depth] = byName;
    }
    return byName.get(normalized) ?? [];
  }

  /**
   * Areas of one level whose name matches the query, best first, within the parent area
   * (parentCode is ignored for provinces). Regencies and provinces also match without their type
   * ("kubu raya" → "Kabupaten Kubu Raya", "jakarta" → "DKI Jakarta"). Unknown parent → [].
   */
  searchAreas(level: AreaLevel, parentCode: string | null | undefined, query: string, limit = 10): Area[] {
    const depth = LEVELS.indexOf(level);
    const { areas } = this.levels[depth]!;
    let range: [number, number] = [0, areas.length];
    if (depth > 0) {
      const parent = parentCode == null ? undefined : this.position(depth - 1, parentCode);
      if (parent === undefined) return [];
      range = descend(this.levels[depth - 1]!, parent, parent + 1);
    }
    return this.indexes[depth]!.search(query, limit, range[0], range[1]).map((p) => areas[p]!);
  }

  timezoneOfProvince(provinceCode: string): IndonesianTimeZone | undefined {
    return timezoneOfProvince(provinceCode);
  }
  timezoneOfCode(code: string): IndonesianTimeZone | undefined {
    return timezoneOfCode(code);
  }
  timezoneLabel(tz: IndonesianTimeZone): TimeZoneLabel {
    return timezoneLabel(tz);
  }

  stats(): WilayahStats {
    const villages = this.levels[3].areas;
    const kelurahan = villages.filter((v) => villageTypeOfCode(v.code) === "KELURAHAN").length;
    return {
      provinces: this.levels[0].areas.length,
      regencies: this.levels[1].areas.length,
      districts: this.levels[2].areas.length,
      villages: villages.length,
      desa: villages.length - kelurahan,
      kelurahan,
    };
  }

  /** Villages (desa + kelurahan) in an area (a province, regency or district code), all when null; [] for an unknown code. */
  villagesIn(code: string | null): readonly Area[] {
    const range = this.villageRangeOf(code);
    return range ? this.levels[3].areas.slice(range[0], range[1]) : [];
  }

  /** How many villages an area has (0 for an unknown code); cheap, no copying. */
  villageCount(code: string | null): number {
    const range = this.villageRangeOf(code);
    return range ? range[1] - range[0] : 0;
  }

  private villageRangeOf(code: string | null): [number, number] | undefined {
    if (code === null) return [0, this.levels[3].areas.length];
    const level = levelOfCode(code);
    if (level === "province") return this.villageRange({ provinceCode: code });
    if (level === "regency") return this.villageRange({ regencyCode: code });
    if (level === "district") return this.villageRange({ districtCode: code });
    return undefined;
  }

  private position(depth: number, code: string): number | undefined {
    const normalized = normalizeCode(code);
    return normalized === undefined ? undefined : this.levels[depth]!.positionOf.get(normalized);
  }

  private find(depth: number, code: string): Area | undefined {
    const position = this.position(depth, code);
    return position === undefined ? undefined : this.levels[depth]!.areas[position];
  }

  private children(depth: number, parentCode: string): Area[] {
    const parent = this.position(depth, parentCode);
    if (parent === undefined) return [];
    const [start, end] = descend(this.levels[depth]!, parent, parent + 1);
    return sortByName(this.levels[depth + 1]!.areas.slice(start, end));
  }

  private pathOf(villagePosition: number): VillagePath {
    const [provinces, regencies, districts, villages] = this.levels;
    const d = villages.parent[villagePosition]!;
    const r = districts.parent[d]!;
    const p = regencies.parent[r]!;
    const village = villages.areas[villagePosition]!;
    return {
      village,
      district: districts.areas[d]!,
      regency: regencies.areas[r]!,
      province: provinces.areas[p]!,
      type: villageTypeOfCode(village.code),
    };
  }

  /** Village positions to search: all, or those under the most specific area given. */
  private villageRange(options: VillageSearchOptions): [number, number] | undefined {
    const inputs = [options.provinceCode, options.regencyCode, options.districtCode];
    let scope: { depth: number; code: string } | undefined;
    for (const [depth, input] of inputs.entries()) {
      if (input === undefined) continue;
      const code = normalizeCode(input);
      if (code === undefined || levelOfCode(code) !== LEVELS[depth]) return undefined;
      if (scope && !code.startsWith(`${scope.code}.`)) return undefined; // contradicts a coarser scope
      scope = { depth, code };
    }
    if (!scope) return [0, this.levels[3].areas.length];

    const position = this.levels[scope.depth]!.positionOf.get(scope.code);
    if (position === undefined) return undefined;
    let range: [number, number] = [position, position + 1];
    for (let d = scope.depth; d < 3; d++) range = descend(this.levels[d]!, range[0], range[1]);
    return range;
  }
}

let shared: Wilayah | undefined;

/** The shared instance, loaded from the installed package on first use. */
export function getWilayah(): Wilayah {
  shared ??= Wilayah.load();
  return shared;
}

function sortByName(areas: readonly Area[]): Area[] {
  return [...areas].sort((a, b) => collator.compare(a.name, b.name) || (a.code < b.code ? -1 : 1));
}

function indexByName(level: Level): SearchIndex {
  return new SearchIndex(level.areas.map((a) => [a.name]));
}

/** Provinces and regencies are also found by their data-file name and without their type prefix. */
function searchNamesOfRegion(level: Level): SearchIndex {
  return new SearchIndex(
    level.areas.map((area, i) => {
      const raw = level.rawNames[i]!;
      return [area.name, raw, withoutTypePrefix(area.name), withoutTypePrefix(raw)].filter(
        (n): n is string => n !== undefined,
      );
    }),
  );
}
