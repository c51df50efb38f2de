// Telegram message entities -> DOM for the simulator page.
import { h } from "./dom.js";

export function safeUrl(url) {
  try {
    const u = new URL(url, location.href);
    return ["http:", "https:", "tg:", "mailto:"].includes(u.protocol) ? u.href : null;
  } catch {
    return null;
  }
}

function linkified(parent, text, hooks) {
  const re = /(https?:\/\/[^\s<>"]+)|(^|[\s(])(\/[A-Za-z0-9_]{1,32})(?=$|[\s.,)!?])/g;
  let pos = 0;
  for (const m of text.matchAll(re)) {
    const start = m.index + (m[2]?.length ?? 0);
    parent.append(text.slice(pos, start));
    if (m[1]) parent.append(link(m[1], m[1], hooks));
    else
      parent.append(
        h("a", { href: "#", class: "cmd", onclick: (e) => (e.preventDefault(), hooks.onCommand(m[3])) }, m[3]),
      );
    pos = start + (m[1] ?? m[3]).length;
  }
  parent.append(text.slice(pos));
}

function link(url, label, hooks) {
  return h(
    "a",
    { href: safeUrl(url) ?? "#", target: "_blank", rel: "noopener noreferrer", onclick: (e) => hooks.onLink(url, e) },
    label,
  );
}

function entityElement(e, slice, hooks) {
  switch (e.type) {
    case "bold":
      return h("b");
    case "italic":
      return h("i");
    case "underline":
      return h("u");
    case "strikethrough":
      return h("s");
    case "code":
      return h("code");
    case "pre":
      return h("pre", { class: e.language ? `lang-${e.language}` : undefined });
    case "spoiler":
      return h("span", { class: "spoiler", onclick: (ev) => ev.currentTarget.classList.add("shown") });
    case "blockquote":
    case "expandable_blockquote":
      return h("blockquote");
    case "text_link":
      return link(e.url ?? "", "", hooks);
    case "url":
      return link(slice, "", hooks);
    default:
      return h("span");
  }
}

function buildRich(parent, text, start, end, ents, plain, hooks) {
  let pos = start;
  let i = 0;
  while (i < ents.length) {
    const e = ents[i];
    const eEnd = e.offset + e.length;
    if (e.offset < pos || eEnd > end || e.length <= 0) {
      i++;
      continue;
    }
    if (e.offset > pos) appendPlain(parent, text.slice(pos, e.offset), plain, hooks);
    let j = i + 1;
    while (j < ents.length && ents[j].offset < eEnd) j++;
    const el = entityElement(e, text.slice(e.offset, eEnd), hooks);
    buildRich(
      el,
      text,
      e.offset,
      eEnd,
      ents.slice(i + 1, j),
      plain || ["A", "CODE", "PRE"].includes(el.tagName),
      hooks,
    );
    parent.append(el);
    pos = eEnd;
    i = j;
  }
  if (pos < end) appendPlain(parent, text.slice(pos, end), plain, hooks);
}

function appendPlain(parent, text, plain, hooks) {
  if (plain) parent.append(text);
  else linkified(parent, text, hooks);
}

/**
 * Text with Telegram entities as DOM nodes (never innerHTML). Unless `plain`, bare URLs and
 * /commands in the text become links. hooks: { onLink(url, clickEvent), onCommand("/cmd") }.
 */
export function rich(text, entities, plain, hooks) {
  const el = h("div", { class: "text" });
  const ents = (entities ?? [])
    .filter((e) => e && Number.isInteger(e.offset) && Number.isInteger(e.length))
    .sort((a, b) => a.offset - b.offset || b.length - a.length);
  buildRich(el, text, 0, text.length, ents, plain, hooks);
  return el;
}
