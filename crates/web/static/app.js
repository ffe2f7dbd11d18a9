// nightcramp in the browser: the theme, the cramp timer, the offline cramp queue, the
// stretch countdown and number steppers. Everything works without this file; this only
// adds what a plain form cannot do. Its words come from the page (in the page's language),
// never from here.

// A text the page gave this script, with its {slots} filled in.
function nightcrampText(name, values) {
  var texts = {};
  try { texts = JSON.parse(document.getElementById("texts").textContent); } catch (e) { texts = {}; }
  var text = texts[name] || name;
  Object.keys(values || {}).forEach(function (k) { text = text.split("{" + k + "}").join(String(values[k])); });
  return text;
}

(function () {
  "use strict";
  var QUEUE = "nightcramp-pending-cramps";
  var THEME = "nightcramp-theme";

  // ---- theme: the person's choice wins; otherwise the server's by hour of night.
  var root = document.documentElement;
  var chosen = localStorage.getItem(THEME);
  if (chosen === "dark" || chosen === "light") root.setAttribute("data-theme", chosen);

  function csrf() {
    var m = document.querySelector('meta[name="csrf-token"]');
    return m ? m.getAttribute("content") : "";
  }

  // A random v4 UUID even where crypto.randomUUID is missing (plain http on a LAN).
  function uuid() {
    var b = new Uint8Array(16);
    crypto.getRandomValues(b);
    b[6] = (b[6] & 0x0f) | 0x40;
    b[8] = (b[8] & 0x3f) | 0x80;
    var h = Array.prototype.map.call(b, function (x) { return (x + 0x100).toString(16).slice(1); }).join("");
    return h.slice(0, 8) + "-" + h.slice(8, 12) + "-" + h.slice(12, 16) + "-" + h.slice(16, 20) + "-" + h.slice(20);
  }

  // RFC 3339 with the phone's own offset: where the person is decides the night.
  function localIso(d) {
    var pad = function (n) { return String(Math.floor(Math.abs(n))).padStart(2, "0"); };
    var off = -d.getTimezoneOffset();
    return d.getFullYear() + "-" + pad(d.getMonth() + 1) + "-" + pad(d.getDate()) + "T" + pad(d.getHours()) + ":" +
      pad(d.getMinutes()) + ":" + pad(d.getSeconds()) + (off >= 0 ? "+" : "-") + pad(off / 60) + ":" + pad(off % 60);
  }

  function pending() {
    try { return JSON.parse(localStorage.getItem(QUEUE) || "[]"); } catch (e) { return []; }
  }
  function setPending(list) { localStorage.setItem(QUEUE, JSON.stringify(list)); }

  // Cramps the diary refused (a phone clock far ahead, say): kept on the phone, never dropped.
  var REFUSED = "nightcramp-refused-cramps";
  function refused() {
    try { return JSON.parse(localStorage.getItem(REFUSED) || "[]"); } catch (e) { return []; }
  }

  // Sends every queued cramp. Each has its own id, so a resend after a lost answer is
  // stored once; network failures and server errors keep an entry for later, and an entry
  // the diary refuses is set aside on the phone with the reason shown.
  function flush() {
    var list = pending();
    if (!list.length) return Promise.resolve(0);
    var reasons = [];
    return list.reduce(function (chain, item) {
      return chain.then(function (kept) {
        return fetch("/api/episodes", {
          method: "POST", credentials: "same-origin",
          headers: { "Content-Type": "application/json", "X-CSRF-Token": csrf() },
          body: JSON.stringify(item)
        }).then(function (r) {
          if (r.status >= 500 || r.status === 401) return kept.concat([item]);
          if (r.status >= 400) {
            return r.json().catch(function () { return {}; }).then(function (body) {
              localStorage.setItem(REFUSED, JSON.stringify(refused().concat([{ item: item, reason: body }])));
              reasons.push(body && body.error ? String(body.error) : "status " + r.status);
              return kept;
            });
          }
          return kept;
        }).catch(function () { return kept.concat([item]); });
      });
    }, Promise.resolve([])).then(function (kept) {
      setPending(kept);
      var status = document.getElementById("cramp-status");
      if (status && reasons.length) {
        status.textContent = nightcrampText("queued_refused", { reasons: reasons.join("; ") });
      } else if (status && kept.length === 0 && list.length) status.textContent = nightcrampText("queued_sent");
      return reasons.length ? 0 : list.length - kept.length;
    });
  }

  function onReady() {
    var toggle = document.getElementById("theme-toggle");
    if (toggle) toggle.addEventListener("click", function () {
      var next = root.getAttribute("data-theme") === "dark" ? "light" : "dark";
      root.setAttribute("data-theme", next);
      localStorage.setItem(THEME, next);
    });

    document.querySelectorAll(".step").forEach(function (button) {
      button.addEventListener("click", function () {
        var input = document.getElementById(button.getAttribute("data-for"));
        if (!input) return;
        var step = parseFloat(input.getAttribute("step") || "1");
        var value = parseFloat(input.value || "0") + step * parseFloat(button.getAttribute("data-step"));
        input.value = String(Math.max(0, Math.round(value * 100) / 100));
      });
    });

    var app = document.getElementById("cramp-app");
    if (app) crampFlow(app);
    var stretch = document.getElementById("stretch-app");
    if (stretch) stretchTimer();

    if ("serviceWorker" in navigator) navigator.serviceWorker.register("/sw.js").catch(function () {});
    window.addEventListener("online", flush);
    flush();
  }

  function show(app, stage) {
    app.setAttribute("data-stage", stage);
    app.querySelectorAll(".stage").forEach(function (s) { s.hidden = s.getAttribute("data-stage-name") !== stage; });
  }

  // The 3 AM flow, entirely on the phone once the page is loaded (so it works offline).
  function crampFlow(app) {
    var started = null, ticking = null;
    var timer = document.getElementById("timer");
    var tooLong = document.getElementById("too-long");
    var warnAfter = tooLong ? parseInt(tooLong.getAttribute("data-after"), 10) : 0;
    function tick() {
      var s = Math.max(0, Math.round((Date.now() - started) / 1000));
      timer.textContent = Math.floor(s / 60) + ":" + String(s % 60).padStart(2, "0");
      // Rule T3: still hard after ten minutes despite stretching is a reason to get care now.
      if (tooLong && warnAfter > 0 && s > warnAfter && tooLong.hidden) tooLong.hidden = false;
    }
    function startTimer(at) {
      started = at;
      tick();
      ticking = setInterval(tick, 1000);
      show(app, "timer");
    }
    var startForm = document.getElementById("start-button");
    if (startForm) startForm.form.addEventListener("submit", function (e) { e.preventDefault(); startTimer(Date.now()); });
    if (app.getAttribute("data-stage") === "timer") startTimer(Date.now());
    var overForm = document.getElementById("over-form");
    var ended = null;
    if (overForm) overForm.addEventListener("submit", function (e) {
      e.preventDefault();
      clearInterval(ticking);
      ended = Date.now();
      show(app, "details");
    });
    var details = document.getElementById("details-form");
    if (!details) return;
    details.addEventListener("submit", function (e) {
      if (!started) return; // a backdated cramp or a plain form: let the browser post it
      e.preventDefault();
      var data = new FormData(details);
      var item = {
        id: uuid(),
        started_at: localIso(new Date(started)),
        duration_s: Math.max(1, Math.round(((ended || Date.now()) - started) / 1000)),
        side: data.get("side"), muscle: data.get("muscle"), intensity: Number(data.get("pain")), woke: data.get("woke") !== "no"
      };
      setPending(pending().concat([item]));
      var status = document.getElementById("cramp-status");
      flush().then(function (sent) {
        if (refused().some(function (r) { return r.item && r.item.id === item.id; })) {
          return; // flush has said why, and the cramp stays on this phone
        }
        if (pending().some(function (p) { return p.id === item.id; })) {
          status.textContent = nightcrampText("saved_offline");
        } else {
          status.textContent = nightcrampText("logged");
          setTimeout(function () { window.location.href = "/?logged=1"; }, 600);
        }
      });
    });
  }

  function stretchTimer() {
    var button = document.getElementById("stretch-start");
    var display = document.getElementById("stretch-timer");
    var side = document.getElementById("stretch-side");
    var sides = [nightcrampText("stretch_left"), nightcrampText("stretch_right")];
    var current = 0, running = null;
    button.addEventListener("click", function () {
      if (running) return;
      var left = 30;
      side.textContent = sides[current];
      display.textContent = "0:30";
      button.disabled = true;
      running = setInterval(function () {
        left -= 1;
        display.textContent = "0:" + String(left).padStart(2, "0");
        if (left <= 0) {
          clearInterval(running);
          running = null;
          button.disabled = false;
          current = (current + 1) % 2;
          side.textContent = current === 1 ? nightcrampText("stretch_done_one", { next: sides[1] }) : nightcrampText("stretch_done_both");
          button.textContent = current === 1 ? nightcrampText("stretch_other_side") : nightcrampText("stretch_again");
        }
      }, 1000);
    });
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", onReady); else onReady();
})();

// ---- import: send the export file as it is, with upload progress, then show what came in.
(function () {
  "use strict";
  var form = document.getElementById("import-form");
  if (!form) return;
  var box = document.getElementById("import-progress");
  var bar = document.getElementById("import-bar");
  var status = document.getElementById("import-status");
  var result = document.getElementById("import-result");
  var lang = document.documentElement.lang || "en";
  var mb = function (n) {
    return (n / 1e6).toLocaleString(lang, { maximumFractionDigits: n < 1e7 ? 1 : 0, minimumFractionDigits: n < 1e7 ? 1 : 0 }) + " MB";
  };
  function show(lines, isError) {
    result.textContent = "";
    var list = document.createElement(isError ? "p" : "ul");
    if (isError) { list.className = "error"; list.textContent = lines[0]; }
    else lines.forEach(function (l) { var li = document.createElement("li"); li.textContent = l; list.appendChild(li); });
    result.appendChild(list);
  }
  form.addEventListener("submit", function (ev) {
    ev.preventDefault();
    var file = document.getElementById("import-file").files[0];
    if (!file) return;
    var meta = document.querySelector('meta[name="csrf-token"]');
    var xhr = new XMLHttpRequest();
    var started = Date.now();
    // The page's own upload: the outcome comes back in the page's language.
    xhr.open("POST", "/import?name=" + encodeURIComponent(file.name));
    xhr.setRequestHeader("Content-Type", "application/octet-stream");
    xhr.setRequestHeader("X-CSRF-Token", meta ? meta.getAttribute("content") : "");
    box.hidden = false;
    result.textContent = "";
    document.getElementById("import-start").disabled = true;
    xhr.upload.onprogress = function (e) {
      if (!e.lengthComputable) return;
      var seconds = Math.max((Date.now() - started) / 1000, 0.001);
      var rate = e.loaded / seconds;
      bar.value = Math.round((e.loaded / e.total) * 100);
      status.textContent = nightcrampText("upload_progress", {
        done: mb(e.loaded), total: mb(e.total), rate: mb(rate), left: Math.ceil((e.total - e.loaded) / Math.max(rate, 1))
      });
    };
    xhr.upload.onload = function () { bar.removeAttribute("value"); status.textContent = nightcrampText("upload_done"); };
    xhr.onerror = function () {
      document.getElementById("import-start").disabled = false;
      box.hidden = true;
      show([nightcrampText("upload_broke")], true);
    };
    xhr.onload = function () {
      document.getElementById("import-start").disabled = false;
      box.hidden = true;
      var body = {};
      try { body = JSON.parse(xhr.responseText); } catch (e) { body = { error: nightcrampText("upload_unreadable") }; }
      if (xhr.status !== 200) { show([body.error || nightcrampText("upload_failed", { status: xhr.status })], true); return; }
      show(body.lines || [], false);
    };
    xhr.send(file);
  });
})();
