// Who may import, and for which area: an admin anywhere, a Dinas officer in their own province.
// Anyone else (a Dinas officer without a province included) is refused, and the refusal audited.
import type { PrismaClient, User } from "../../generated/prisma/client.ts";
import { recordRefused } from "../audit.ts";
import { effectiveRole } from "../roles.ts";

export type Importer = Pick<User, "id" | "role" | "provinceCode"> & { deletedAt?: Date | null };

/** the importer's province, null = any, undefined = may not import */
export function importScope(u: Importer): string | null | undefined {
  const role = effectiveRole(u);
  if (role === "ADMIN") return null;
  if (role === "DINAS" && u.provinceCode && /^\d{2}$/.test(u.provinceCode)) return u.provinceCode;
  return undefined;
}

export async function refuseImport(prisma: PrismaClient, u: Importer | null, detail: Record<string, unknown>) {
  await recordRefused(prisma, { actorId: u?.id ?? null, entity: "Import", after: detail });
}
