// Shared helpers: talk to a running simulator over real HTTP.
import { startSimulator, type Simulator, type Persona } from "../../src/simulator/index.ts";

export const PERSONAS: Persona[] = [
  {
    key: "budi",
    label: "Budi Santoso",
    telegramId: 5_100_000_001,
    firstName: "Budi",
    username: "budi_santoso",
    description: "Pengurus",
  },
];

export function start(): Promise<Simulator> {
  return startSimulator({
    port: 0,
    personas: PERSONAS,
    botInfo: { id: 999, first_name: "Tes Bot", username: "tes_bot" },
  });
}

type Json = any;

export async function call(
  sim: Simulator,
  method: string,
  body?: unknown,
  token = sim.token,
): Promise<{ status: number; json: Json }> {
  const res = await fetch(`${sim.apiRoot}/bot${token}/${method}`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: res.status, json: await res.json() };
}

export async function page(sim: Simulator, path: string, body?: unknown): Promise<{ status: number; json: Json }> {
  const res = await fetch(
    `${sim.apiRoot}${path}`,
    body === undefined
      ? {}
      : {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify(body),
        },
  );
  return { status: res.status, json: await res.json() };
}

/** Opens a chat from the page side and returns the user id. */
export async function openUser(sim: Simulator, body: unknown = { fresh: true }): Promise<number> {
  const { json } = await page(sim, "/sim/session", body);
  return json.user.id as number;
}
