import { describe, it, expect, afterAll } from "vitest";
import { mkdtempSync, readFileSync, rmSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { extractTar } from "../../src/lib/tar.ts";

/** a one-entry ustar archive */
function tarOf(name: string, body: string, type = "0"): Buffer {
  const h = Buffer.alloc(512);
  h.write(name, 0);
  h.write("0000644\0", 100);
  h.write(`${Buffer.byteLength(body).toString(8).padStart(11, "0")}\0`, 124);
  h.write(type, 156);
  const data = Buffer.alloc(Math.ceil(Buffer.byteLength(body) / 512) * 512);
  data.write(body);
  return Buffer.concat([h, data, Buffer.alloc(1024)]);
}

const dir = mkdtempSync(path.join(tmpdir(), "kdkmp-tar-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("extractTar", () => {
  it("writes files under the directory (a leading / is relative to it)", () => {
    expect(extractTar(tarOf("/base/1/PG_VERSION", "17\n"), dir)).toBe(1);
    expect(readFileSync(path.join(dir, "base/1/PG_VERSION"), "utf8")).toBe("17\n");
  });

  it("refuses a name that leaves the directory, and unknown entry types", () => {
    expect(() => extractTar(tarOf("../escape", "x"), path.join(dir, "inner"))).toThrow(/outside/);
    expect(existsSync(path.join(dir, "escape"))).toBe(false);
    expect(() => extractTar(tarOf("link", "", "2"), dir)).toThrow(/unsupported/);
  });
});
