// Roster rows written straight to the DB (the import that fills them is another feature's).
import type { Harness } from "./harness.ts";
import type { BusinessUnit, Role } from "../../src/generated/prisma/enums.ts";

let importId: number | undefined;

/** The Import row the roster rows name (one per test database state). */
export async function rosterImport(h: Harness, byId: number) {
  const imp = await h.prisma.import.create({
    data: {
      kind: "COOPS",
      status: "APPLIED",
      byId,
      source: "cli",
      fileName: "roster.xlsx",
      sha256: "0".repeat(64),
      counts: {},
      plan: [],
      rejected: [],
    },
  });
  importId = imp.id;
  return imp;
}

export interface RosterCoopInput {
  villageCode: string;
  name: string;
  legalNumber?: string | null;
  ketuaName?: string | null;
  ketuaPhone?: string | null;
  units?: BusinessUnit[];
  readiness?: Record<string, string>;
  assignedBaId?: number | null;
  coopId?: number | null;
}

export function rosterCoop(h: Harness, input: RosterCoopInput) {
  const p = input.villageCode.split(".");
  return h.prisma.rosterCoop.create({
    data: {
      villageCode: input.villageCode,
      districtCode: p.slice(0, 3).join("."),
      regencyCode: p.slice(0, 2).join("."),
      provinceCode: p[0]!,
      name: input.name,
      legalNumber: input.legalNumber ?? null,
      ketuaName: input.ketuaName ?? null,
      ketuaPhone: input.ketuaPhone ?? null,
      units: input.units ?? ["GERAI_SEMBAKO"],
      ...(input.readiness ? { readiness: input.readiness } : {}),
      assignedBaId: input.assignedBaId ?? null,
      coopId: input.coopId ?? null,
      importId: importId ?? 1,
    },
  });
}

export function staffRoster(
  h: Harness,
  input: { phone: string; fullName: string; role: Role; regencyCode?: string | null; provinceCode?: string | null },
) {
  return h.prisma.staffRoster.create({
    data: {
      phone: input.phone,
      fullName: input.fullName,
      role: input.role,
      regencyCode: input.regencyCode ?? null,
      provinceCode: input.provinceCode ?? input.regencyCode?.slice(0, 2) ?? null,
      importId: importId ?? 1,
    },
  });
}
