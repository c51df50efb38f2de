// Set-based SQL helpers: a list of values travels as one jsonb parameter, so one statement reads
// (or writes) any number of rows without 65,535-parameter limits or a round trip per row.
import type { Db } from "../../db/client.ts";

/** what the set-based helpers need of a client (a transaction's will do) */
export type SqlDb = Pick<Db, "$queryRawUnsafe" | "$executeRawUnsafe">;

/** rows of `select` whose `column` is one of `values` ($1); `params` are $2, $3, … */
export async function rowsWhereIn<T>(
  db: SqlDb,
  select: string,
  column: string,
  values: unknown[],
  ...params: unknown[]
): Promise<T[]> {
  if (values.length === 0) return [];
  return db.$queryRawUnsafe<T[]>(
    `${select} WHERE ${column} IN (SELECT jsonb_array_elements_text($1::jsonb))`,
    JSON.stringify(values),
    ...params,
  );
}

/** '{KANTOR,KLINIK}' for a "BusinessUnit"[] cast */
export const pgArray = (xs: readonly string[]) => `{${xs.join(",")}}`;
