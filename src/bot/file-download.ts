// Downloading a file a user sent (getFile, then /file/bot<token>/<file_path>) through the same
// client options as every Bot API call: the real API, the simulator or the tests' fake API.
import type { Api, BotConfig } from "grammy";
import type { Ctx } from "./context.ts";
import { clientFetch } from "../lib/casts.ts";

export type DownloadFile = (api: Api, fileId: string) => Promise<Buffer>;

export function fileDownloader(token: string, botConfig?: BotConfig<Ctx>): DownloadFile {
  const root = botConfig?.client?.apiRoot ?? "https://api.telegram.org";
  const fetchFn = clientFetch(botConfig?.client);
  return async (api, fileId) => {
    const file = await api.getFile(fileId);
    if (!file.file_path) throw new Error("getFile gave no file_path");
    const res = await fetchFn(`${root}/file/bot${token}/${file.file_path}`, { method: "GET" });
    if (!res.ok) throw new Error(`file download failed: HTTP ${res.status}`);
    return Buffer.from(await res.arrayBuffer());
  };
}
