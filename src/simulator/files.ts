// In-memory file storage: uploads from the bot (InputFile) and from the page get a file_id and a
// file_path; getFile and /file/bot<token>/<file_path> serve the bytes back.
import { randomBytes } from "node:crypto";
import type { MediaKind } from "./types.ts";

export interface StoredFile {
  fileId: string;
  uniqueId: string;
  kind: MediaKind;
  fileName: string;
  mimeType: string;
  /** Absent for file_id strings the simulator has never seen (kept as given, no bytes). */
  data?: Buffer;
  filePath?: string;
  width?: number;
  height?: number;
}

const MIME: Record<string, string> = {
  jpg: "image/jpeg",
  jpeg: "image/jpeg",
  png: "image/png",
  gif: "image/gif",
  webp: "image/webp",
  pdf: "application/pdf",
  txt: "text/plain",
  csv: "text/csv",
  json: "application/json",
  zip: "application/zip",
  xls: "application/vnd.ms-excel",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  doc: "application/msword",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  mp4: "video/mp4",
  mp3: "audio/mpeg",
  ogg: "audio/ogg",
};

function guessMime(fileName: string, given?: string): string {
  const ext = fileName.toLowerCase().split(".").pop() ?? "";
  if (given && given !== "application/octet-stream") return given;
  return MIME[ext] ?? "application/octet-stream";
}

/** Width and height of a PNG, GIF or JPEG image; undefined for anything else. */
function imageSize(b: Buffer): { width: number; height: number } | undefined {
  if (b.length > 24 && b.readUInt32BE(0) === 0x89504e47)
    return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
  if (b.length > 10 && b.toString("latin1", 0, 4) === "GIF8")
    return { width: b.readUInt16LE(6), height: b.readUInt16LE(8) };
  if (b.length > 4 && b[0] === 0xff && b[1] === 0xd8) {
    let i = 2;
    while (i + 9 < b.length) {
      if (b[i] !== 0xff) return undefined;
      const marker = b[i + 1]!;
      const len = b.readUInt16BE(i + 2);
      if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
        return { width: b.readUInt16BE(i + 7), height: b.readUInt16BE(i + 5) };
      }
      i += 2 + len;
    }
  }
  return undefined;
}

const PREFIX: Record<MediaKind, string> = {
  photo: "AgAC",
  document: "BQAC",
  video: "BAAC",
  audio: "CQAC",
  voice: "AwAC",
  animation: "CgAC",
};
const FOLDER: Record<MediaKind, string> = {
  photo: "photos",
  document: "documents",
  video: "videos",
  audio: "music",
  voice: "voice",
  animation: "animations",
};

export class FileStore {
  private byId = new Map<string, StoredFile>();
  private byPath = new Map<string, StoredFile>();
  private counter = 0;

  add(kind: MediaKind, fileName: string, data: Buffer, mimeType?: string): StoredFile {
    const n = ++this.counter;
    const safeName = fileName.replace(/[^\w.\- ]+/g, "_").slice(-100) || `file_${n}`;
    const ext = safeName.includes(".") ? safeName.split(".").pop()!.toLowerCase() : kind === "photo" ? "jpg" : "dat";
    const file: StoredFile = {
      fileId: `${PREFIX[kind]}Sim${n}_${randomBytes(9).toString("base64url")}`,
      uniqueId: `AQADSim${n}`,
      kind,
      fileName: safeName,
      mimeType: guessMime(safeName, mimeType),
      data,
      filePath: `${FOLDER[kind]}/file_${n}.${ext}`,
      ...(kind === "photo" ? (imageSize(data) ?? { width: 800, height: 600 }) : {}),
    };
    this.byId.set(file.fileId, file);
    this.byPath.set(file.filePath!, file);
    return file;
  }

  /** A file_id string sent by the bot: the stored file, or a byte-less placeholder that keeps the id. */
  resolveId(kind: MediaKind, fileId: string): StoredFile {
    const known = this.byId.get(fileId);
    if (known) return known;
    let name = kind === "photo" ? "photo.jpg" : "file";
    if (/^https?:\/\//i.test(fileId)) {
      try {
        name = decodeURIComponent(new URL(fileId).pathname.split("/").pop() || "") || name;
      } catch {
        // keep the generic name for a malformed URL
      }
    }
    const placeholder: StoredFile = {
      fileId,
      uniqueId: `AQADExt${Buffer.from(fileId).toString("base64url").slice(-12)}`,
      kind,
      fileName: name,
      mimeType: guessMime(name),
      ...(kind === "photo" ? { width: 800, height: 600 } : {}),
    };
    this.byId.set(fileId, placeholder);
    return placeholder;
  }

  get(fileId: string): StoredFile | undefined {
    return this.byId.get(fileId);
  }

  getByPath(path: string): StoredFile | undefined {
    return this.byPath.get(path);
  }
}
