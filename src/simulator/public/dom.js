// DOM helpers for the simulator page: element builder, JSON calls, toast and alert box.
import { L } from "./labels.js";

const $toast = document.getElementById("toast");

export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === null || v === false) continue;
    if (k.startsWith("on")) el.addEventListener(k.slice(2), v);
    else if (k === "class") el.className = v;
    else el.setAttribute(k, v === true ? "" : String(v));
  }
  el.append(...present(children));
  return el;
}

/** Children without the null / undefined / false placeholders of conditional rendering. */
export const present = (children) => children.flat().filter((c) => c !== null && c !== undefined && c !== false);

export async function api(path, body) {
  const init =
    body === undefined
      ? {}
      : body instanceof FormData
        ? { method: "POST", body }
        : { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) };
  const res = await fetch(path, init);
  const json = await res.json().catch(() => ({ ok: false, description: res.statusText }));
  if (!json.ok) throw new Error(json.description || res.statusText);
  return json;
}

export function toast(text) {
  $toast.textContent = text;
  $toast.hidden = false;
  clearTimeout(toast.timer);
  toast.timer = setTimeout(() => ($toast.hidden = true), 3500);
}

export function alertBox(text) {
  const close = () => overlay.remove();
  const overlay = h(
    "div",
    { class: "overlay", onclick: (e) => e.target === overlay && close() },
    h(
      "div",
      { class: "alert", role: "alertdialog" },
      h("p", {}, text),
      h("button", { class: "alert-ok", onclick: close }, L.ok),
    ),
  );
  document.body.append(overlay);
  overlay.querySelector("button").focus();
}

export const fail = (e) => toast(`${L.failed}: ${e.message}`);
