// Unpacks a plain (ustar) tar held in memory into a directory: regular files and directories only,
// which is what PGlite's dumpDataDir() writes. Names that would leave the directory are refused.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";

const BLOCK = 512;

function field(h: Buffer, offset: number, length: number): string {
  const end = h.indexOf(0, offset);
  return h.toString("utf8", offset, end >= 0 && end < offset + length ? end : offset + length);
}

/** Writes every entry of `tar` under `dir`; returns the number of files written. */
export function extractTar(tar: Buffer, dir: string): number {
  let files = 0;
  for (let at = 0; at + BLOCK <= tar.length;) {
    const h = tar.subarray(at, at + BLOCK);
    if (h.every((b) => b === 0)) break; // end-of-archive blocks
    const prefix = field(h, 345, 155);
    const name = (prefix ? `${prefix}/` : "") + field(h, 0, 100);
    const size = parseInt(field(h, 124, 12).trim() || "0", 8);
    const type = String.fromCharCode(h[156]!);
    const mode = parseInt(field(h, 100, 8).trim() || "0", 8) & 0o777;
    const rel = path.normalize(name.replace(/^\/+/, ""));
    if (rel.startsWith("..") || path.isAbsolute(rel)) throw new Error(`tar entry outside the directory: ${name}`);
    const target = path.join(dir, rel);
    const body = at + BLOCK;
    if (type === "5") mkdirSync(target, { recursive: true });
    else if (type === "0" || type === "\0") {
      mkdirSync(path.dirname(target), { recursive: true });
      writeFileSync(target, tar.subarray(body, body + size), { mode: mode || 0o600 });
      files += 1;
    } else throw new Error(`unsupported tar entry type ${JSON.stringify(type)}: ${name}`);
    at = body + Math.ceil(size / BLOCK) * BLOCK;
  }
  return files;
}
