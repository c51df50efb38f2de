// The client a query runs on: the app's PrismaClient, or the client of an interactive transaction
// (`prisma.$transaction(async (tx) => …)`), which is the same client without $transaction, $connect
// and the like. A function that only queries takes a `Db`, so a caller may run it inside its own
// transaction as well as outside one; a function that opens a transaction itself takes a PrismaClient.
import type { Prisma } from "../generated/prisma/client.ts";

/** PrismaClient or a transaction's client (PrismaClient is assignable to it). */
export type Db = Prisma.TransactionClient;
