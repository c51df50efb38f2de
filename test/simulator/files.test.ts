// Files: multipart uploads from the bot and from the page, getFile, downloads.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Simulator } from "../../src/simulator/index.ts";
import { parseMultipart } from "../../src/simulator/multipart.ts";
import { call, openUser, page, start } from "./helpers.ts";

let sim: Simulator;
beforeEach(async () => {
  sim = await start();
});
afterEach(async () => {
  await sim.close();
});

// A 2x3 PNG header is enough for the size sniffing.
const PNG = Buffer.concat([
  Buffer.from("89504e470d0a1a0a0000000d49484452", "hex"),
  Buffer.from([0, 0, 0, 2, 0, 0, 0, 3]),
  Buffer.alloc(16, 1),
]);

describe("multipart parser", () => {
  it("reads grammY's unquoted, space-less part headers", () => {
    const body = Buffer.from(
      '--XyZ\r\ncontent-disposition:form-data;name="chat_id"\r\n\r\n42\r\n' +
        '--XyZ\r\ncontent-disposition:form-data;name="abc";filename=laporan mei.pdf\r\ncontent-type:application/octet-stream\r\n\r\n%PDF-1\r\n\r\n' +
        "--XyZ--\r\n",
    );
    const parts = parseMultipart(body, "XyZ");
    expect(parts.map((p) => [p.name, p.filename, p.data.toString()])).toEqual([
      ["chat_id", undefined, "42"],
      ["abc", "laporan mei.pdf", "%PDF-1\r\n"],
    ]);
  });
});

describe("files", () => {
  it("a multipart sendDocument is stored and downloadable (page link and getFile)", async () => {
    const id = await openUser(sim);
    const bytes = Buffer.from("nama,jumlah\nBudi,10000\n");
    const form = new FormData();
    form.append("chat_id", String(id));
    form.append("caption", "Laporan <b>Mei</b>");
    form.append("parse_mode", "HTML");
    form.append("reply_markup", JSON.stringify({ inline_keyboard: [[{ text: "OK", callback_data: "ok" }]] }));
    form.append("document", new Blob([bytes], { type: "text/csv" }), "laporan.csv");
    const res = await fetch(`${sim.apiRoot}/bot${sim.token}/sendDocument`, { method: "POST", body: form });
    const json = await res.json();
    expect(json.ok).toBe(true);
    const doc = json.result.document;
    expect(doc).toMatchObject({ file_name: "laporan.csv", mime_type: "text/csv", file_size: bytes.length });
    expect(json.result.caption).toBe("Laporan Mei");
    expect(json.result.caption_entities).toEqual([{ type: "bold", offset: 8, length: 3 }]);
    expect(json.result.reply_markup.inline_keyboard[0][0].callback_data).toBe("ok");

    const snap = (await page(sim, `/sim/chats/${id}`)).json;
    const media = snap.messages[0].media;
    expect(media).toMatchObject({ kind: "document", file_name: "laporan.csv" });
    const viaPage = await fetch(`${sim.apiRoot}${media.url}?download=1`);
    expect(viaPage.headers.get("content-disposition")).toContain("attachment");
    expect(Buffer.from(await viaPage.arrayBuffer())).toEqual(bytes);

    const file = (await call(sim, "getFile", { file_id: doc.file_id })).json.result;
    expect(file).toMatchObject({
      file_id: doc.file_id,
      file_size: bytes.length,
      file_path: expect.stringMatching(/^documents\/file_\d+\.csv$/),
    });
    const viaApi = await fetch(`${sim.apiRoot}/file/bot${sim.token}/${file.file_path}`);
    expect(Buffer.from(await viaApi.arrayBuffer())).toEqual(bytes);
    expect((await fetch(`${sim.apiRoot}/file/botwrong/${file.file_path}`)).status).toBe(404);

    // the same file_id can be sent again without uploading
    const again = await call(sim, "sendDocument", { chat_id: id, document: doc.file_id });
    expect(again.json.result.document.file_id).toBe(doc.file_id);
  });

  it("unknown file_id strings are kept as given; a missing file is a 400", async () => {
    const id = await openUser(sim);
    const sent = await call(sim, "sendPhoto", { chat_id: id, photo: "AgACAgUAAxkBAAIBQ2ZzExternal" });
    expect(sent.json.result.photo.at(-1).file_id).toBe("AgACAgUAAxkBAAIBQ2ZzExternal");
    expect((await call(sim, "getFile", { file_id: "AgACAgUAAxkBAAIBQ2ZzExternal" })).json.description).toBe(
      "Bad Request: invalid file_id",
    );
    expect((await call(sim, "sendDocument", { chat_id: id })).json.description).toBe(
      "Bad Request: there is no document in the request",
    );
  });

  it("the page uploads a photo: the bot gets a photo update with a file_id it can download", async () => {
    const id = await openUser(sim);
    const form = new FormData();
    form.append("kind", "photo");
    form.append("caption", "bukti transfer");
    form.append("file", new Blob([PNG], { type: "image/png" }), "bukti.png");
    const res = await fetch(`${sim.apiRoot}/sim/chats/${id}/files`, { method: "POST", body: form });
    expect((await res.json()).ok).toBe(true);
    const upd = (await call(sim, "getUpdates", {})).json.result[0];
    const photo = upd.message.photo.at(-1);
    expect(photo).toMatchObject({ width: 2, height: 3, file_size: PNG.length });
    expect(upd.message.caption).toBe("bukti transfer");
    const file = (await call(sim, "getFile", { file_id: photo.file_id })).json.result;
    const bytes = Buffer.from(
      await (await fetch(`${sim.apiRoot}/file/bot${sim.token}/${file.file_path}`)).arrayBuffer(),
    );
    expect(bytes).toEqual(PNG);
  });
});
