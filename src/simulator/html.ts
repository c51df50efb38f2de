// parse_mode "HTML" the way Telegram reads it: the supported tags become message entities
// (offsets in UTF-16 code units) and the text loses its tags; bad markup is a 400
// "can't parse entities" error, so bot bugs show up in the simulator as they would in production.
import { badRequest } from "./params.ts";
import type { TgEntity } from "./types.ts";

const TAGS: Record<string, string> = {
  b: "bold",
  strong: "bold",
  i: "italic",
  em: "italic",
  u: "underline",
  ins: "underline",
  s: "strikethrough",
  strike: "strikethrough",
  del: "strikethrough",
  "tg-spoiler": "spoiler",
  span: "spoiler",
  a: "text_link",
  code: "code",
  pre: "pre",
  blockquote: "blockquote",
  "tg-emoji": "custom_emoji",
};

const NAMED: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"' };

interface Open {
  name: string;
  type: string;
  offset: number;
  url?: string;
  language?: string;
}

function attr(attrs: string, name: string): string | undefined {
  const m = new RegExp(`${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s"'>]+))`, "i").exec(attrs);
  return m ? decode(m[1] ?? m[2] ?? m[3] ?? "") : undefined;
}

function decode(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, body: string) => {
    if (body[0] === "#") {
      const code = body[1] === "x" || body[1] === "X" ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED[body.toLowerCase()] ?? whole;
  });
}

export function parseHtml(src: string): { text: string; entities: TgEntity[] } {
  let out = "";
  const entities: TgEntity[] = [];
  const stack: Open[] = [];
  const fail = (what: string, i: number) =>
    badRequest(`can't parse entities: ${what} at byte offset ${Buffer.byteLength(src.slice(0, i))}`);
  let i = 0;
  while (i < src.length) {
    const ch = src[i]!;
    if (ch === "&") {
      const m = /^&(#x[0-9a-f]+|#\d+|[a-z]+);/i.exec(src.slice(i, i + 12));
      if (m) {
        out += decode(m[0]);
        i += m[0].length;
        continue;
      }
      out += ch;
      i++;
      continue;
    }
    if (ch !== "<") {
      out += ch;
      i++;
      continue;
    }
    const end = src.indexOf(">", i);
    if (end < 0) throw fail("Unclosed start tag", i);
    const inner = src.slice(i + 1, end);
    if (inner.startsWith("/")) {
      const name = inner.slice(1).trim().toLowerCase();
      const top = stack.pop();
      if (!top) throw fail(`Unexpected end tag`, i);
      if (name !== top.name) throw fail(`Unmatched end tag, expected "</${top.name}>", found "</${name}>"`, i);
      const length = out.length - top.offset;
      const inPre = top.type === "code" && stack.at(-1)?.type === "pre";
      if (inPre && top.language) stack.at(-1)!.language = top.language;
      if (length > 0 && !inPre && top.type !== "custom_emoji") {
        const e: TgEntity = { type: top.type, offset: top.offset, length };
        if (top.url !== undefined) e.url = top.url;
        if (top.language !== undefined && top.type === "pre") e.language = top.language;
        entities.push(e);
      }
    } else {
      const m = /^([a-z][a-z-]*)([\s\S]*)$/i.exec(inner);
      const name = m?.[1]?.toLowerCase() ?? "";
      const type = TAGS[name];
      if (!m || !type) throw fail(`Unsupported start tag "${name}"`, i);
      const attrs = m[2] ?? "";
      const open: Open = { name, type, offset: out.length };
      if (name === "span" && attr(attrs, "class") !== "tg-spoiler")
        throw fail(`Tag "span" must have class "tg-spoiler"`, i);
      if (name === "a") {
        const href = attr(attrs, "href") ?? "";
        if (/^tg:\/\/user\?id=\d+$/.test(href)) open.type = "text_mention";
        else open.url = href;
      }
      if (name === "code") {
        const cls = attr(attrs, "class");
        if (cls?.startsWith("language-")) open.language = cls.slice(9);
      }
      stack.push(open);
    }
    i = end + 1;
  }
  const unclosed = stack.pop();
  if (unclosed)
    throw badRequest(`can't parse entities: Can't find end tag corresponding to start tag "${unclosed.name}"`);
  entities.sort((a, b) => a.offset - b.offset || b.length - a.length);
  return { text: out, entities };
}
