// Who may do what with a help request. The requester talks; helpers (the coop's BA, a BA the
// request was routed to or taken by, the PMO of the kab/kota, admins) take, answer, close;
// DINAS of the province may only look. A BA whose coop went to another BA is told so.
import type { Cooperative, HelpRequest, User } from "../../generated/prisma/client.ts";
import type { Db } from "../../db/client.ts";
import { effectiveRole } from "../roles.ts";

export type HelperKind = "ba" | "supervisor";
export type FullRequest = HelpRequest & { coop: Cooperative; requester: User; assignee: User | null };

export function helperKind(
  user: Pick<User, "id" | "role" | "regencyCode"> & { deletedAt?: Date | null },
  req: Pick<HelpRequest, "routedToId" | "assigneeId"> & { coop: Pick<Cooperative, "assignedBaId" | "regencyCode"> },
): HelperKind | undefined {
  const role = effectiveRole(user); // none after erasure (/hapusdata)
  if (role === "ADMIN") return "supervisor";
  if (role === "PMO" && !!user.regencyCode && user.regencyCode === req.coop.regencyCode) return "supervisor";
  if (role === "BA" && (req.coop.assignedBaId === user.id || req.routedToId === user.id || req.assigneeId === user.id))
    return "ba";
  return undefined;
}

async function wasBaOf(prisma: Db, userId: number, coopId: number): Promise<boolean> {
  return (await prisma.assignment.count({ where: { baId: userId, coopId, toAt: { not: null } } })) > 0;
}

export type Access =
  | { kind: "not_found" }
  | { kind: "forbidden" }
  /** the user was this coop's BA; it has been reassigned since */
  | { kind: "former_ba"; req: FullRequest }
  | { kind: "requester"; req: FullRequest }
  | { kind: "helper"; req: FullRequest; helper: HelperKind }
  | { kind: "viewer"; req: FullRequest };

export async function accessTo(prisma: Db, user: User, requestId: number): Promise<Access> {
  const req = await prisma.helpRequest.findUnique({
    where: { id: requestId },
    include: { coop: true, requester: true, assignee: true },
  });
  if (!req) return { kind: "not_found" };
  if (req.requesterId === user.id) return { kind: "requester", req };
  const helper = helperKind(user, req);
  if (helper) return { kind: "helper", req, helper };
  if (user.deletedAt) return { kind: "forbidden" };
  if (user.role === "DINAS" && !!user.provinceCode && user.provinceCode === req.coop.provinceCode)
    return { kind: "viewer", req };
  if (user.role === "BA" && (await wasBaOf(prisma, user.id, req.coopId))) return { kind: "former_ba", req };
  return { kind: "forbidden" };
}
