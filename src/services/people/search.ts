// Finding cooperatives and people, within what the viewer may see. A coop by its name, its desa's
// name or a wilayah code prefix (61.12.03…); a person by name, phone (0812…, 62812…, +62…) or
// @username. Scope: ADMIN everything; PMO their kab/kota; DINAS their province; BA their own coops
// and those coops' pengurus. Results are counted and paged by the caller. No Telegram here.
import type { Prisma, PrismaClient, User } from "../../generated/prisma/client.ts";
import { coopScopeWhere } from "../roles.ts";
import { getWilayah } from "../wilayah/index.ts";

type Viewer = Pick<User, "id" | "role" | "regencyCode" | "provinceCode">;

export interface CoopHit {
  id: number;
  name: string;
  villageCode: string;
  status: string;
}

export interface PersonHit {
  id: number;
  name: string;
  role: string;
}

const SEARCH_LIMIT = 50;

const CODE = /^\d{2}(\.\d{2}(\.\d{2}(\.\d{4})?)?)?$/;

/** Normalised digits of a phone query, as stored ("62812…"), or undefined when not a phone. */
export function phoneQuery(q: string): string | undefined {
  const digits = q.replace(/[\s\-().]/g, "");
  if (!/^\+?\d{4,15}$/.test(digits)) return undefined;
  const d = digits.replace(/^\+/, "");
  return d.startsWith("0") ? `62${d.slice(1)}` : d;
}

/** Prisma's `contains` is a LIKE pattern and does not escape: '%', '_' and '\\' typed by a user are literal. */
function likeLiteral(q: string): string {
  return q.replace(/[\\%_]/g, "\\$&");
}

export async function searchCoops(
  prisma: PrismaClient,
  viewer: Viewer,
  query: string,
  limit = SEARCH_LIMIT,
): Promise<CoopHit[]> {
  const q = query.trim();
  const scope = coopScopeWhere(viewer);
  let match: Prisma.CooperativeWhereInput;
  if (CODE.test(q)) {
    match = { villageCode: { startsWith: q } };
  } else {
    const villages = getWilayah()
      .searchVillages(q, { limit: 200 })
      .map((v) => v.village.code);
    match = {
      OR: [
        { name: { contains: likeLiteral(q), mode: "insensitive" } },
        ...(villages.length > 0 ? [{ villageCode: { in: villages } }] : []),
      ],
    };
  }
  const rows = await prisma.cooperative.findMany({
    where: { AND: [scope, match] },
    select: { id: true, name: true, villageCode: true, status: true },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    take: limit,
  });
  return rows.map((r) => ({ ...r, status: String(r.status) }));
}

/** Who the viewer may look up: a filter on User. */
function peopleScopeWhere(viewer: Viewer): Prisma.UserWhereInput {
  const coopScope = coopScopeWhere(viewer);
  const inCoops: Prisma.UserWhereInput = {
    memberships: { some: { status: { in: ["ACTIVE", "PENDING"] }, coop: coopScope } },
  };
  switch (viewer.role) {
    case "ADMIN":
      return {};
    case "PMO":
      return { OR: [inCoops, { role: { in: ["BA", "PMO"] }, regencyCode: viewer.regencyCode ?? "-" }] };
    case "DINAS":
      return {
        OR: [
          inCoops,
          { role: { in: ["BA", "PMO"] }, regencyCode: { startsWith: `${viewer.provinceCode ?? "-"}.` } },
          { role: "DINAS", provinceCode: viewer.provinceCode ?? "-" },
        ],
      };
    case "BA":
      return inCoops;
    default:
      return { id: -1 };
  }
}

export async function searchPeople(
  prisma: PrismaClient,
  viewer: Viewer,
  query: string,
  limit = SEARCH_LIMIT,
): Promise<PersonHit[]> {
  const q = query.trim();
  const phone = phoneQuery(q);
  const match: Prisma.UserWhereInput = q.startsWith("@")
    ? { username: { equals: q.slice(1), mode: "insensitive" } }
    : phone
      ? { phone: { contains: phone } }
      : {
          OR: [
            { fullName: { contains: likeLiteral(q), mode: "insensitive" } },
            { tgFirstName: { contains: likeLiteral(q), mode: "insensitive" } },
          ],
        };
  const rows = await prisma.user.findMany({
    where: { AND: [peopleScopeWhere(viewer), match, { deletedAt: null, consentAt: { not: null } }] },
    select: { id: true, fullName: true, tgFirstName: true, role: true },
    orderBy: [{ fullName: "asc" }, { id: "asc" }],
    take: limit,
  });
  return rows.map((r) => ({ id: r.id, name: r.fullName ?? r.tgFirstName ?? "-", role: String(r.role) }));
}

/** May the viewer open this person's card? (the same rule as the search) */
export async function canSeePerson(prisma: PrismaClient, viewer: Viewer, personId: number): Promise<boolean> {
  if (viewer.id === personId) return true;
  return (await prisma.user.count({ where: { AND: [{ id: personId }, peopleScopeWhere(viewer)] } })) > 0;
}
