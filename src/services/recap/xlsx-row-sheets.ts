// The recap file's sheets read page by page from the database: Per koperasi, Laporan, Permintaan
// bantuan, Belum ada koperasi. Each page of rows is flushed before the next is read.
import { periodStart } from "../reports/view.ts";
import { requestNo } from "../help-requests/numbers.ts";
import { villageTypeOfCode } from "../wilayah/index.ts";
import { MILESTONES } from "../readiness.ts";
import { coopRows, helpRows, reportRows } from "./rows.ts";
import { coopVillageCodes } from "./queries.ts";
import { COUNT, FIGURES, localTime, plain, villagePathNames, writeRowSheet, type SheetEnv } from "./xlsx-book.ts";

/** Per koperasi: every coop with its place, BA, report status, stage and figures. */
export async function writeCoopsSheet(env: SheetEnv): Promise<void> {
  const { recap: r, t } = env;
  const columns = [
    { header: "ID", width: 8 },
    { header: t("recap-x-coop"), width: 40 },
    { header: t("recap-x-code"), width: 15 },
    { header: t("recap-x-province"), width: 20 },
    { header: t("recap-x-regency"), width: 24 },
    { header: t("recap-x-district"), width: 20 },
    { header: t("recap-x-village"), width: 22 },
    { header: t("recap-x-ba"), width: 22 },
    { header: t("recap-x-status"), width: 18 },
    { header: t("recap-x-overdue"), width: 10 },
    { header: t("recap-x-stage"), width: 20 },
    { header: t("recap-x-help-open"), width: 12, fmt: COUNT },
    ...env.figureCols,
  ];
  const stageName = (i: number) => t(`recap-stage-${MILESTONES[i] ?? "REGISTERED"}`);
  const p = { period: r.period, dueDay: env.dueDay, now: env.now, helpEnd: env.helpEnd };
  await writeRowSheet(env.wb, t("recap-x-coops"), columns, coopRows(env.prisma, env.f, p), (c) => [
    c.id,
    c.name,
    c.villageCode,
    ...villagePathNames(env.w, c.villageCode),
    c.baName,
    t(c.status === "-" ? "recap-x-not-expected" : `recap-status-${c.status}`),
    c.overdue ? t("recap-x-yes") : t("recap-x-no"),
    stageName(c.stage),
    c.helpOpen,
    ...FIGURES.map((x) => c.values[x.field.key] ?? null),
  ]);
}

/** Laporan: every report of the period with its figures and kendala. */
export async function writeReportsSheet(env: SheetEnv): Promise<void> {
  const { t } = env;
  const columns = [
    { header: "ID", width: 8 },
    { header: t("recap-x-coop"), width: 40 },
    { header: t("recap-x-code"), width: 15 },
    { header: t("recap-x-status"), width: 18 },
    { header: t("recap-x-version"), width: 8 },
    { header: t("recap-x-submitted"), width: 24 },
    ...env.figureCols,
    { header: t("rep-f-kendala"), width: 40 },
  ];
  await writeRowSheet(env.wb, t("recap-x-reports"), columns, reportRows(env.prisma, env.f, env.recap.period), (x) => [
    x.id,
    x.coopName,
    x.villageCode,
    t(`recap-status-${x.status}`),
    x.version,
    localTime(x.submittedAt, x.villageCode),
    ...FIGURES.map((g) => x.values[g.field.key] ?? null),
    x.kendala,
  ]);
}

/** Permintaan bantuan: the period's help requests, hours to the first answer, whether the SLA was missed. */
export async function writeHelpSheet(env: SheetEnv): Promise<void> {
  const { t } = env;
  const columns = [
    { header: "No.", width: 12 },
    { header: t("recap-x-coop"), width: 40 },
    { header: t("recap-x-code"), width: 15 },
    { header: t("recap-x-type"), width: 14 },
    { header: t("recap-x-help-status"), width: 14 },
    { header: t("recap-x-opened"), width: 24 },
    { header: t("recap-x-hours"), width: 14, fmt: "0.0" },
    { header: t("recap-x-closed"), width: 24 },
    { header: t("recap-x-breaches"), width: 10 },
  ];
  const pages = helpRows(env.prisma, env.f, periodStart(env.recap.period, env.tz), env.helpEnd);
  await writeRowSheet(env.wb, t("recap-x-help"), columns, pages, (h) => {
    const hours = h.answeredAt
      ? Math.round(((h.answeredAt.getTime() - h.createdAt.getTime()) / 3_600_000) * 10) / 10
      : null;
    const breach = h.dueAt.getTime() < (h.answeredAt ?? env.now).getTime();
    return [
      requestNo(h.id),
      h.coopName,
      h.villageCode,
      plain(t(`help-cat-${h.category}`)),
      t(`recap-help-status-${h.status}`),
      localTime(h.createdAt, h.villageCode),
      hours,
      localTime(h.closedAt, h.villageCode),
      breach ? t("recap-x-yes") : t("recap-x-no"),
    ];
  });
}

/** Belum ada koperasi: villages of the area without a coop (empty for a BA's or a coop's recap). */
export async function writeNoCoopSheet(env: SheetEnv): Promise<void> {
  const { t } = env;
  const columns = [
    { header: t("recap-x-code"), width: 15 },
    { header: t("recap-x-village"), width: 26 },
    { header: t("recap-x-type"), width: 11 },
    { header: t("recap-x-district"), width: 22 },
    { header: t("recap-x-regency"), width: 26 },
    { header: t("recap-x-province"), width: 22 },
  ];
  await writeRowSheet(env.wb, t("recap-x-novillage"), columns, villagesWithoutCoop(env), (v) => {
    const [prov, reg, dist] = villagePathNames(env.w, v.code);
    const type = villageTypeOfCode(v.code) === "KELURAHAN" ? "Kelurahan" : "Desa";
    return [v.code, v.name, type, dist, reg, prov];
  });
}

/** The area's villages that have no coop, as one page (none when the recap counts no villages). */
async function* villagesWithoutCoop(env: SheetEnv) {
  if (env.recap.villages === null) return;
  const have = await coopVillageCodes(env.prisma, env.f);
  yield env.w.villagesIn(env.recap.area.code).filter((v) => !have.has(v.code));
}
