// A small known data set for the recap tests (period 2026-10, "now" 2026-11-20, due day 10):
//  K1 61.12.01.2001 BA Budi  ACCEPTED  gerai.omzet 10 jt, anggota.total 100 (Sept: ACCEPTED 8 jt)  stage LAND_READY
//  K2 61.12.01.2002 BA Budi  SUBMITTED gerai.omzet 5 jt                                                stage LEGAL
//  K3 61.12.01.2003 no BA    DRAFT (overdue)
//  K4 61.12.05.2010 BA Budi  no report (overdue)
//  K5 61.71.01.1002 BA Ani   RETURNED (overdue)
//  K6 61.71.01.1003 INACTIVE ACCEPTED (never counted)
//  K7 65.01.01.1001 Kaltara, no BA, ACCEPTED gerai.omzet 3 jt
//  K8 61.12.01.2004 BA none, registered 2026-11-05 (after October: not expected to report)
// Help: K1 opened 5 Oct, answered after 2 h, closed 6 Oct; K2 opened 10 Oct, never answered (SLA
// breach, open); K5 opened 20 Sept, closed 2 Oct.
import type { PrismaClient } from "../../src/generated/prisma/client.ts";
import type { Role } from "../../src/generated/prisma/enums.ts";

export const NOW = new Date("2026-11-20T03:00:00Z");
export const PERIOD = "2026-10";
export const DUE_DAY = 10;

const H = 3_600_000;

export async function seedRecapFixture(prisma: PrismaClient) {
  const person = (
    telegramId: number,
    role: Role,
    name: string,
    scope: { regencyCode?: string; provinceCode?: string } = {},
  ) =>
    prisma.user.create({
      data: {
        telegramId: BigInt(telegramId),
        role,
        fullName: name,
        consentAt: new Date("2026-01-01T00:00:00Z"),
        regencyCode: scope.regencyCode ?? null,
        provinceCode: scope.provinceCode ?? null,
      },
    });
  const admin = await person(900001, "ADMIN", "Admin");
  const dinasKalbar = await person(3001, "DINAS", "Dinas Kalbar", {
    provinceCode: "61",
  });
  const dinasKaltara = await person(3002, "DINAS", "Dinas Kaltara", {
    provinceCode: "65",
  });
  const pmo = await person(3003, "PMO", "PMO Kubu Raya", {
    regencyCode: "61.12",
    provinceCode: "61",
  });
  const budi = await person(3004, "BA", "Budi", {
    regencyCode: "61.12",
    provinceCode: "61",
  });
  const ani = await person(3005, "BA", "Ani", {
    regencyCode: "61.71",
    provinceCode: "61",
  });
  const pengurus = await person(3006, "PENGURUS", "Siti");

  const coop = async (
    n: number,
    villageCode: string,
    opts: {
      baId?: number;
      status?: "ACTIVE" | "INACTIVE";
      createdAt?: string;
    } = {},
  ) => {
    const p = villageCode.split(".");
    return prisma.cooperative.create({
      data: {
        name: `Koperasi K${n}`,
        villageCode,
        districtCode: p.slice(0, 3).join("."),
        regencyCode: p.slice(0, 2).join("."),
        provinceCode: p[0]!,
        units: ["GERAI_SEMBAKO"],
        status: opts.status ?? "ACTIVE",
        assignedBaId: opts.baId ?? null,
        createdById: admin.id,
        createdAt: new Date(opts.createdAt ?? "2026-01-01T00:00:00Z"),
      },
    });
  };
  const k1 = await coop(1, "61.12.01.2001", { baId: budi.id });
  const k2 = await coop(2, "61.12.01.2002", { baId: budi.id });
  const k3 = await coop(3, "61.12.01.2003");
  const k4 = await coop(4, "61.12.05.2010", { baId: budi.id });
  const k5 = await coop(5, "61.71.01.1002", { baId: ani.id });
  const k6 = await coop(6, "61.71.01.1003", {
    baId: ani.id,
    status: "INACTIVE",
  });
  const k7 = await coop(7, "65.01.01.1001");
  const k8 = await coop(8, "61.12.01.2004", {
    createdAt: "2026-11-05T00:00:00Z",
  });

  const report = async (
    coopId: number,
    period: string,
    status: "DRAFT" | "SUBMITTED" | "RETURNED" | "ACCEPTED",
    values: Record<string, bigint> = {},
  ) =>
    prisma.monthlyReport.create({
      data: {
        coopId,
        period,
        status,
        version: status === "DRAFT" ? 0 : 1,
        values: {
          create: Object.entries(values).map(([field, intValue]) => ({
            field,
            intValue,
          })),
        },
      },
    });
  await report(k1.id, "2026-10", "ACCEPTED", {
    "gerai.omzet": 10_000_000n,
    "gerai.trx": 300n,
    "gerai.aktif": 1n,
    "anggota.total": 100n,
  });
  await report(k1.id, "2026-09", "ACCEPTED", { "gerai.omzet": 8_000_000n });
  await report(k2.id, "2026-10", "SUBMITTED", { "gerai.omzet": 5_000_000n });
  await report(k3.id, "2026-10", "DRAFT", { "gerai.omzet": 1_000_000n });
  await report(k5.id, "2026-10", "RETURNED", { "gerai.omzet": 2_000_000n });
  await report(k6.id, "2026-10", "ACCEPTED", { "gerai.omzet": 99_000_000n });
  await report(k7.id, "2026-10", "ACCEPTED", { "gerai.omzet": 3_000_000n });

  for (const item of ["AHU", "KANTOR", "REKENING", "SIMKOPDES", "BUSINESS_PLAN", "LAND_GERAI"])
    await prisma.readinessItem.create({
      data: { coopId: k1.id, item, state: "YES" },
    });
  await prisma.readinessItem.create({
    data: { coopId: k2.id, item: "AHU", state: "YES" },
  });

  const help = (coopId: number, created: string, extra: { answeredAfterH?: number; closed?: string } = {}) => {
    const createdAt = new Date(created);
    return prisma.helpRequest.create({
      data: {
        coopId,
        requesterId: pengurus.id,
        category: "OTHER",
        text: "-",
        routedRole: "BA",
        status: extra.closed ? "CLOSED" : "OPEN",
        createdAt,
        dueAt: new Date(createdAt.getTime() + 24 * H),
        answeredAt:
          extra.answeredAfterH === undefined ? null : new Date(createdAt.getTime() + extra.answeredAfterH * H),
        closedAt: extra.closed ? new Date(extra.closed) : null,
      },
    });
  };
  await help(k1.id, "2026-10-05T03:00:00Z", {
    answeredAfterH: 2,
    closed: "2026-10-06T03:00:00Z",
  });
  await help(k2.id, "2026-10-10T03:00:00Z");
  await help(k5.id, "2026-09-20T03:00:00Z", {
    answeredAfterH: 1,
    closed: "2026-10-02T03:00:00Z",
  });

  return {
    admin,
    dinasKalbar,
    dinasKaltara,
    pmo,
    budi,
    ani,
    k1,
    k2,
    k3,
    k4,
    k5,
    k6,
    k7,
    k8,
  };
}
