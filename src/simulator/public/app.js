// Chat page of the local Telegram simulator. Plain browser JavaScript modules, no build step.
import { alertBox, api, fail, h, present, toast } from "./dom.js";
import { L } from "./labels.js";
import { rich, safeUrl } from "./rich.js";

const SESSION_KEY = "sim.userId";
const $app = document.getElementById("app");

const ui = {
  info: null, // { bot, bot_name, personas }
  chat: null, // snapshot of the open chat
  messages: new Map(),
  keyboardHidden: false,
  events: null,
  actionTimer: 0,
  pending: new Set(), // inline buttons waiting for answerCallbackQuery
  stick: true, // the message list is scrolled to the newest message: keep it there when sizes change
};

// --- keeping the newest message in view ---------------------------------------------------------
// The list shrinks when a reply keyboard appears and grows when an image finishes loading; neither
// moves scrollTop by itself, so a list that was at the bottom is put back there.

const atBottom = (list) => list.scrollHeight - list.scrollTop - list.clientHeight < 40;

function keepNewestInView() {
  const list = document.getElementById("messages");
  if (list && ui.stick) list.scrollTop = list.scrollHeight;
}

const resizes = new ResizeObserver(() => keepNewestInView());

const time = (sec) => new Date(sec * 1000).toLocaleTimeString("id-ID", { hour: "2-digit", minute: "2-digit" });
const chatPath = (suffix = "") => `/sim/chats/${ui.chat.user.id}${suffix}`;

/** A t.me link to this bot with ?start=… is a deep link: it sends "/start <payload>" here. */
function deepLinkPayload(url) {
  try {
    const u = new URL(url);
    const bot = ui.info?.bot?.username?.toLowerCase();
    if (u.hostname === "t.me" && bot && u.pathname.replace(/^\//, "").toLowerCase() === bot)
      return u.searchParams.get("start") ?? "";
  } catch {
    // not a URL
  }
  return null;
}

const linkHooks = {
  onLink(url, e) {
    if (deepLinkPayload(url) !== null || !safeUrl(url)) {
      e.preventDefault();
      openLink(url);
    }
  },
  onCommand: (command) => sendText(command).catch(fail),
};

function openLink(url) {
  const payload = deepLinkPayload(url);
  if (payload !== null) return void sendText(payload ? `/start ${payload}` : "/start").catch(fail);
  const safe = safeUrl(url);
  if (safe) window.open(safe, "_blank", "noopener");
}

// --- messages ---------------------------------------------------------------------------------

function mediaBlock(m) {
  const media = m.media;
  if (!media) return null;
  if (!media.url) return h("div", { class: "file missing" }, `📎 ${media.file_name} — ${L.fileUnavailable}`);
  if (media.kind === "photo")
    return h(
      "a",
      { href: media.url, target: "_blank", rel: "noopener" },
      h("img", { class: "photo", src: media.url, alt: L.photo, onload: keepNewestInView }),
    );
  if (media.kind === "video" || media.kind === "animation")
    return h("video", {
      class: "photo",
      src: media.url,
      controls: true,
      loop: media.kind === "animation",
      onloadedmetadata: keepNewestInView,
    });
  if (media.kind === "audio" || media.kind === "voice") return h("audio", { src: media.url, controls: true });
  const size =
    media.size === undefined
      ? ""
      : ` · ${media.size < 1024 ? `${media.size} B` : `${Math.ceil(media.size / 1024)} KB`}`;
  return h(
    "a",
    { class: "file", href: `${media.url}?download=1`, download: media.file_name },
    h("span", { class: "file-icon" }, "📄"),
    h("span", {}, h("b", {}, media.file_name), h("small", {}, `${L.download}${size}`)),
  );
}

/** Rows with buttons only: an empty row is not drawn (Telegram shows no gap for it). */
const rowsOf = (keyboard) => (keyboard ?? []).filter((row) => row.length > 0);

function inlineKeyboard(m) {
  const rows = rowsOf(m.inline_keyboard);
  if (!rows.length) return null;
  return h(
    "div",
    { class: "inline-kb" },
    rows.map((row) =>
      h(
        "div",
        { class: "kb-row" },
        row.map((b) => {
          const key = `${m.message_id}:${b.callback_data}`;
          const btn = h(
            "button",
            {
              class: `kb-btn${b.url ? " url" : ""}${ui.pending.has(key) ? " pending" : ""}`,
              onclick: () => pressInline(m, b, key, btn),
            },
            b.text,
          );
          return btn;
        }),
      ),
    ),
  );
}

function messageNode(m) {
  const own = !m.outgoing;
  const bubble = h(
    "div",
    { class: "bubble" },
    m.forwarded_from ? h("div", { class: "fwd" }, `${L.forwardedFrom} ${m.forwarded_from}`) : null,
    m.reply_to ? h("div", { class: "quote" }, m.reply_to.text.slice(0, 120)) : null,
    mediaBlock(m),
    m.contact
      ? h(
          "div",
          { class: "contact" },
          h("span", { class: "file-icon" }, "👤"),
          h("span", {}, h("b", {}, m.contact.first_name), h("small", {}, m.contact.phone_number)),
        )
      : null,
    m.location
      ? h(
          "div",
          { class: "location" },
          h("span", { class: "file-icon" }, "📍"),
          h("span", {}, h("b", {}, L.location), h("small", {}, `${m.location.latitude}, ${m.location.longitude}`)),
        )
      : null,
    m.text !== undefined ? rich(m.text, m.entities, own, linkHooks) : null,
    m.caption ? rich(m.caption, m.caption_entities, own, linkHooks) : null,
    h("div", { class: "meta" }, m.edit_date ? `${L.edited} ` : "", time(m.date)),
  );
  return h("div", { class: `msg ${own ? "out" : "in"}`, "data-id": m.message_id }, bubble, inlineKeyboard(m));
}

function upsert(m) {
  ui.messages.set(m.message_id, m);
  for (const key of [...ui.pending]) if (key.startsWith(`${m.message_id}:`)) ui.pending.delete(key);
  const list = document.getElementById("messages");
  if (!list) return;
  document.getElementById("empty")?.remove();
  const node = messageNode(m);
  const old = list.querySelector(`.msg[data-id="${m.message_id}"]`);
  if (old) return void old.replaceWith(node);
  const nearBottom = list.scrollHeight - list.scrollTop - list.clientHeight < 120;
  const later = [...list.querySelectorAll(".msg")].find((el) => Number(el.dataset.id) > m.message_id);
  list.insertBefore(node, later ?? null);
  if (nearBottom || !m.outgoing) {
    ui.stick = true;
    list.scrollTop = list.scrollHeight;
  }
}

function removeMessages(ids) {
  for (const id of ids) {
    ui.messages.delete(id);
    document.querySelector(`#messages .msg[data-id="${id}"]`)?.remove();
  }
  if (ui.messages.size === 0) renderMessages();
}

function renderMessages() {
  const list = document.getElementById("messages");
  list.replaceChildren();
  if (ui.messages.size === 0) {
    list.append(
      h(
        "div",
        { id: "empty", class: "empty" },
        ui.chat.description
          ? h("div", { class: "about" }, h("b", {}, L.whatCanBotDo), h("p", {}, ui.chat.description))
          : h("p", {}, L.emptyChat),
      ),
    );
  }
  for (const m of [...ui.messages.values()].sort((a, b) => a.message_id - b.message_id)) list.append(messageNode(m));
  renderComposer();
  ui.stick = true;
  list.scrollTop = list.scrollHeight;
}

// --- composer: input, reply keyboard, commands, attachments ----------------------------------

function renderComposer() {
  const box = document.getElementById("composer");
  if (!box) return;
  const kb = ui.chat.keyboard;
  const commands = ui.chat.commands ?? [];
  const input = h("textarea", {
    id: "input",
    rows: 1,
    placeholder: ui.chat.placeholder || L.placeholder,
    "aria-label": L.placeholder,
    onkeydown: (e) => {
      if (e.key === "Enter" && !e.shiftKey) {
        e.preventDefault();
        submit();
      }
    },
    oninput: () =>
      showCommandMenu(input.value.startsWith("/") && !/\s/.test(input.value) ? input.value.slice(1) : null),
  });
  const photoInput = h("input", {
    type: "file",
    accept: "image/*",
    hidden: true,
    onchange: () => upload(photoInput, "photo"),
  });
  const docInput = h("input", { type: "file", hidden: true, onchange: () => upload(docInput, "document") });
  const attachMenu = h(
    "div",
    { id: "attach-menu", class: "popup", hidden: true },
    h("button", { onclick: () => ((attachMenu.hidden = true), photoInput.click()) }, `🖼️ ${L.photo}`),
    h("button", { onclick: () => ((attachMenu.hidden = true), docInput.click()) }, `📄 ${L.document}`),
    h("button", { onclick: () => ((attachMenu.hidden = true), shareLocation().catch(fail)) }, `📍 ${L.location}`),
  );
  const empty = ui.messages.size === 0;
  box.replaceChildren(
    ...present([
      h("div", { id: "cmd-menu", class: "popup commands", hidden: true }),
      attachMenu,
      kb && !ui.keyboardHidden ? replyKeyboard(kb) : null,
      empty
        ? h("button", { id: "start", class: "start", onclick: () => sendText(startCommand()).catch(fail) }, L.start)
        : null,
      h(
        "div",
        { class: "input-row" },
        commands.length
          ? h(
              "button",
              { class: "icon", title: L.commands, "aria-label": L.commands, onclick: () => toggleCommandMenu() },
              "/",
            )
          : null,
        h(
          "button",
          {
            class: "icon",
            title: L.attach,
            "aria-label": L.attach,
            onclick: () => (attachMenu.hidden = !attachMenu.hidden),
          },
          "📎",
        ),
        input,
        kb
          ? h(
              "button",
              {
                class: "icon",
                title: L.keyboard,
                "aria-label": L.keyboard,
                onclick: () => {
                  ui.keyboardHidden = !ui.keyboardHidden;
                  renderComposer();
                },
              },
              "⌨️",
            )
          : null,
        h("button", { class: "send", title: L.send, "aria-label": L.send, onclick: submit }, "➤"),
      ),
      photoInput,
      docInput,
    ]),
  );
  keepNewestInView(); // the composer's height may have changed (a keyboard came or went)
}

function startCommand() {
  const payload = new URLSearchParams(location.search).get("start");
  return payload ? `/start ${payload}` : "/start";
}

function replyKeyboard(kb) {
  return h(
    "div",
    { class: `reply-kb${kb.resize_keyboard ? " resized" : ""}` },
    rowsOf(kb.keyboard).map((row) =>
      h(
        "div",
        { class: "kb-row" },
        row.map((b) => h("button", { class: "kb-btn", onclick: () => pressReply(kb, b) }, b.text)),
      ),
    ),
  );
}

function showCommandMenu(filter) {
  const menu = document.getElementById("cmd-menu");
  const list = (ui.chat.commands ?? []).filter((c) => filter !== null && c.command.startsWith(filter.toLowerCase()));
  menu.hidden = list.length === 0;
  menu.replaceChildren(
    ...list.map((c) =>
      h("button", { onclick: () => pickCommand(c.command) }, h("b", {}, `/${c.command}`), h("span", {}, c.description)),
    ),
  );
}

function pickCommand(command) {
  document.getElementById("cmd-menu").hidden = true;
  const input = document.getElementById("input");
  if (input.value.startsWith("/")) input.value = "";
  sendText(`/${command}`).catch(fail);
}

function toggleCommandMenu() {
  const menu = document.getElementById("cmd-menu");
  if (menu.hidden) showCommandMenu("");
  else menu.hidden = true;
}

async function submit() {
  const input = document.getElementById("input");
  const text = input.value;
  if (!text.trim()) return;
  input.value = "";
  document.getElementById("cmd-menu").hidden = true;
  await sendText(text).catch((e) => {
    input.value = text;
    fail(e);
  });
}

async function sendText(text) {
  const { message } = await api(chatPath("/messages"), { text });
  upsert(message);
  if (document.getElementById("start")) renderComposer();
}

async function pressReply(kb, b) {
  try {
    if (b.request_contact) {
      const phone = prompt(L.sharePhone, L.defaultPhone);
      if (!phone) return;
      upsert((await api(chatPath("/contact"), { phone_number: phone })).message);
    } else if (b.request_location) {
      if (!(await shareLocation())) return;
    } else if (b.request_poll || b.request_users || b.request_chat || b.web_app) {
      return toast(L.unsupported);
    } else {
      await sendText(b.text);
    }
    if (kb.one_time_keyboard) {
      ui.keyboardHidden = true;
      renderComposer();
    }
  } catch (e) {
    fail(e);
  }
}

/** Asks for "lat, lon" (a default near Pontianak) and sends it as a location; false when cancelled. */
async function shareLocation() {
  const typed = prompt(L.shareLocation, L.defaultLocation);
  if (!typed) return false;
  const m = /^\s*(-?\d+(?:[.,]\d+)?)\s*[,;\s]\s*(-?\d+(?:[.,]\d+)?)\s*$/.exec(typed);
  if (!m) {
    toast(L.locationHow);
    return false;
  }
  const [latitude, longitude] = [m[1], m[2]].map((x) => Number(x.replace(",", ".")));
  upsert((await api(chatPath("/location"), { latitude, longitude })).message);
  return true;
}

async function pressInline(m, b, key, btn) {
  if (b.url) return openLink(b.url);
  if (b.callback_data === undefined) return toast(L.unsupported);
  ui.pending.add(key);
  btn.classList.add("pending");
  setTimeout(() => (ui.pending.delete(key), btn.classList.remove("pending")), 15000);
  try {
    await api(chatPath("/callback"), { message_id: m.message_id, data: b.callback_data });
  } catch (e) {
    ui.pending.delete(key);
    btn.classList.remove("pending");
    fail(e);
  }
}

async function upload(fileInput, kind) {
  const file = fileInput.files?.[0];
  fileInput.value = "";
  if (!file) return;
  const input = document.getElementById("input");
  const form = new FormData();
  form.append("kind", kind);
  if (input.value.trim()) form.append("caption", input.value.trim());
  form.append("file", file, file.name);
  try {
    upsert((await api(chatPath("/files"), form)).message);
    input.value = "";
  } catch (e) {
    fail(e);
  }
}

// --- server events ------------------------------------------------------------------------

function applySnapshot(snap) {
  ui.chat = snap;
  ui.messages = new Map(snap.messages.map((m) => [m.message_id, m]));
  document.getElementById("bot-name").textContent = snap.bot_name;
  renderMessages();
}

function onEvent(ev) {
  document.getElementById("status")?.classList.remove("offline");
  switch (ev.type) {
    case "snapshot":
      return applySnapshot(ev);
    case "message": {
      const first = ui.messages.size === 0;
      upsert(ev.message);
      if (first) renderComposer();
      return showAction(null);
    }
    case "delete":
      return removeMessages(ev.message_ids);
    case "keyboard":
      ui.chat.keyboard = ev.keyboard;
      ui.chat.placeholder = ev.placeholder ?? null;
      ui.keyboardHidden = false;
      return renderComposer();
    case "commands":
      ui.chat.commands = ev.commands;
      return renderComposer();
    case "action":
      return showAction(ev.action);
    case "callback_answer":
      for (const el of document.querySelectorAll(".kb-btn.pending")) el.classList.remove("pending");
      ui.pending.clear();
      if (ev.text) (ev.alert ? alertBox : toast)(ev.text);
      return;
  }
}

function showAction(action) {
  const status = document.getElementById("status");
  if (!status) return;
  clearTimeout(ui.actionTimer);
  status.textContent = action ? (L.actions[action] ?? L.actions.typing) : L.bot;
  status.classList.toggle("busy", Boolean(action));
  if (action) ui.actionTimer = setTimeout(() => showAction(null), 5000);
}

function connect() {
  ui.events?.close();
  const es = new EventSource(chatPath("/events"));
  es.onmessage = (e) => onEvent(JSON.parse(e.data));
  es.onerror = () => {
    const status = document.getElementById("status");
    if (status) {
      status.textContent = L.reconnecting;
      status.classList.add("offline");
    }
  };
  es.onopen = () => showAction(null);
  ui.events = es;
}

// --- screens ------------------------------------------------------------------------------

function openChat(snap) {
  sessionStorage.setItem(SESSION_KEY, String(snap.user.id));
  ui.keyboardHidden = false;
  ui.pending.clear();
  const who = [snap.user.first_name, snap.user.username ? `@${snap.user.username}` : null].filter(Boolean).join(" ");
  $app.replaceChildren(
    h(
      "header",
      { class: "bar" },
      h("button", { class: "icon back", title: L.back, "aria-label": L.back, onclick: showChooser }, "←"),
      h("div", { class: "avatar" }, (snap.bot_name || "B").slice(0, 1)),
      h("div", { class: "title" }, h("b", { id: "bot-name" }, snap.bot_name), h("small", { id: "status" }, L.bot)),
      h("div", { class: "me", title: `${L.id} ${snap.user.id}` }, `${L.you}: ${who}`),
    ),
    h("section", { id: "messages", class: "messages" }),
    h("footer", { id: "composer", class: "composer" }),
  );
  const list = document.getElementById("messages");
  // only a scroll up (the reader's) lets go of the bottom: a scroll event that arrives after an image
  // grew the list would otherwise read "not at the bottom" and unstick a list the page scrolled itself
  let lastTop = list.scrollTop;
  list.addEventListener("scroll", () => {
    if (list.scrollTop < lastTop - 2) ui.stick = atBottom(list);
    else if (atBottom(list)) ui.stick = true;
    lastTop = list.scrollTop;
  });
  resizes.disconnect();
  resizes.observe(list);
  applySnapshot(snap);
  connect();
  document.getElementById("input")?.focus();
}

async function enter(body) {
  try {
    openChat(await api("/sim/session", body));
  } catch (e) {
    fail(e);
  }
}

function showChooser() {
  ui.events?.close();
  ui.events = null;
  sessionStorage.removeItem(SESSION_KEY);
  const info = ui.info;
  const nameInput = h("input", {
    id: "name",
    placeholder: L.namePlaceholder,
    maxlength: 64,
    "aria-label": L.namePlaceholder,
  });
  $app.replaceChildren(
    h(
      "header",
      { class: "bar" },
      h("div", { class: "title" }, h("b", {}, info.bot_name), h("small", {}, `@${info.bot.username}`)),
    ),
    h(
      "section",
      { class: "chooser" },
      h("h1", {}, L.chooseTitle),
      h("p", { class: "hint" }, L.chooseHint),
      h(
        "div",
        { class: "personas" },
        info.personas.map((p) =>
          h(
            "button",
            { class: "persona", "data-key": p.key, onclick: () => enter({ persona: p.key }) },
            h("b", {}, p.label),
            h("small", {}, p.description ?? (p.username ? `@${p.username}` : `${L.id} ${p.telegramId}`)),
          ),
        ),
        h(
          "button",
          { class: "persona new", id: "new-user", onclick: () => enter({ fresh: true }) },
          h("b", {}, `＋ ${L.newUser}`),
          h("small", {}, L.newUserHint),
        ),
      ),
      h(
        "form",
        {
          class: "name-form",
          onsubmit: (e) => {
            e.preventDefault();
            if (nameInput.value.trim()) enter({ name: nameInput.value });
          },
        },
        h("label", { for: "name" }, L.typeName),
        h("div", { class: "input-row" }, nameInput, h("button", { class: "send", type: "submit" }, L.enter)),
      ),
    ),
  );
}

async function main() {
  try {
    ui.info = await api("/sim/info");
  } catch (e) {
    $app.replaceChildren(h("p", { class: "empty" }, `${L.failed}: ${e.message}`));
    return;
  }
  document.title = `${ui.info.bot_name} — simulator`;
  const saved = Number(sessionStorage.getItem(SESSION_KEY));
  if (saved) {
    try {
      return openChat(await api("/sim/session", { user_id: saved }));
    } catch {
      // the simulator restarted and forgot this user: choose again
    }
  }
  showChooser();
}

// A click anywhere else closes the "/" and 📎 menus.
document.addEventListener("click", (e) => {
  if (e.target.closest(".popup, .icon")) return;
  for (const menu of document.querySelectorAll(".popup")) menu.hidden = true;
});

main();
