/* Progressive enhancement only: every page works without this file.
 * - Quick exit: pressing Shift three times leaves for the neutral page. The
 *   tab remembers when it left (sessionStorage), and no answers saved in
 *   history before that moment are ever restored: Back or Reload after a quick
 *   exit shows an empty page, not the plan.
 * - Steps move by fetch + in-page swap, with each step in history.state, so the
 *   browser's Back and Forward move between steps without a resubmission prompt
 *   and without losing what was typed.
 * - The Print button appears only where it can work.
 * - Embedded on a provider's site: after the embed script says hello from an
 *   origin the provider listed, keep it told our height, and ask it to leave
 *   for the quick exit (a frame cannot move the top window without a click).
 */
(function () {
  "use strict";

  function quickExitUrl() {
    var link = document.querySelector("[data-quick-exit]");
    return link ? link.href : "https://weather.com/";
  }

  var embedded = document.body.hasAttribute("data-embedded");
  var parentOrigin = null;

  function tellParent(message) {
    if (parentOrigin) window.parent.postMessage(message, parentOrigin);
  }

  // The frame's accessible name, and the words and address of the exit button the
  // provider's page pins while this frame's own exit bar is scrolled out of sight,
  // in the language the family reads (it may change at the start).
  function sendTitle() {
    var link = document.querySelector("[data-quick-exit]");
    tellParent({
      planner: "title",
      title: document.body.getAttribute("data-frame-title") || "",
      exit: link ? link.textContent.trim() : "",
      exitUrl: quickExitUrl(),
      lang: document.documentElement.lang
    });
  }

  function sendHeight() {
    tellParent({ planner: "height", height: Math.ceil(document.documentElement.getBoundingClientRect().height) });
  }

  window.addEventListener("message", function (event) {
    if (!embedded || event.source !== window.parent || !event.data || event.data.planner !== "hello") return;
    var allowed = (document.body.getAttribute("data-embed-origins") || "").split(" ");
    if (allowed.indexOf(event.origin) < 0 && event.origin !== window.location.origin) return;
    parentOrigin = event.origin;
    sendTitle();
    sendHeight();
  });
  if (embedded && window.ResizeObserver) new ResizeObserver(sendHeight).observe(document.documentElement);

  // When this tab last used the quick exit. Where storage is refused (most
  // embedded frames: third-party storage is blocked) there is no such record;
  // answers saved in history are then trusted only inside the same living frame.
  var EXITED_AT = "planner-quick-exit-at";

  function exitedAt() {
    try {
      return Number(window.sessionStorage.getItem(EXITED_AT)) || 0;
    } catch (error) {
      return null;
    }
  }

  // A random name for this window (frame or tab). It outlives the frame's own
  // navigations (to "More help now" and Back), but not the frame itself: after a
  // quick exit moves the provider's page away, Back builds a new frame, whose
  // name no saved answers carry. The quick exit also clears it. Random letters only:
  // a later page that reads window.name learns nothing, not even that this was a planner.
  if (!/^[a-z0-9]{16,40}$/.test(window.name)) {
    window.name = (Math.random().toString(36).slice(2) + Date.now().toString(36) + "0000000000000000").slice(0, 24);
  }
  var windowId = window.name;

  var leftByQuickExit = false;

  function forgetThisPage() {
    leftByQuickExit = true;
    try {
      window.sessionStorage.setItem(EXITED_AT, String(Date.now()));
    } catch (error) { /* no storage: the window's name below is what forgets */ }
    window.name = "";
    windowId = "";
    try {
      history.replaceState(null, "", window.location.href);
    } catch (error) { /* a frame whose parent has gone */ }
    document.documentElement.hidden = true;
    if (document.body) document.body.textContent = "";
  }

  function savedBeforeExit(state) {
    if (!state || !state.at) return true;
    var exited = exitedAt();
    if (exited === null) return !windowId || state.window !== windowId;
    return state.at <= exited;
  }

  function quickExit() {
    var url = quickExitUrl();
    forgetThisPage();
    if (embedded && parentOrigin) {
      tellParent({ planner: "exit", url: url });
      return;
    }
    try {
      window.top.location.replace(url);
    } catch (error) { /* a frame without a click may not move the top window */ }
    if (embedded) window.location.replace(url);
  }

  // Shift pressed and released on its own three times within two seconds
  // (Shift+Tab or capital letters are not a request to leave).
  var shiftTimes = [];
  var shiftAlone = false;
  document.addEventListener("keydown", function (event) {
    shiftAlone = event.key === "Shift" && !event.repeat;
  });
  document.addEventListener("keyup", function (event) {
    if (event.key !== "Shift" || !shiftAlone) return;
    shiftAlone = false;
    var now = Date.now();
    shiftTimes = shiftTimes.filter(function (t) { return now - t < 2000; });
    shiftTimes.push(now);
    if (shiftTimes.length >= 3) quickExit();
  });
  // The hint "Or press Shift 3 times" shows only now that the shortcut works (app.css hides it
  // on a page without scripts). Set on <html>, which the in-page step swap keeps.
  document.documentElement.classList.add("js");
  document.addEventListener("click", function (event) {
    var link = event.target.closest && event.target.closest("[data-quick-exit]");
    if (!link) return;
    event.preventDefault();
    quickExit();
  });

  function currentForm() {
    return document.querySelector("form[data-wizard]");
  }

  function remember(replace) {
    var form = currentForm();
    var step = document.body.getAttribute("data-step");
    if (!form || !step) return;
    var url = form.getAttribute("action");
    var token = form.querySelector("input[name=token]");
    // The sealed answers ride along so a reload of this address can restore them.
    var state = { step: step, token: token ? token.value : "", at: Date.now(), window: windowId };
    if (replace) history.replaceState(state, "", url);
    else history.pushState(state, "", url);
  }

  function focusPage() {
    var summary = document.querySelector("[data-error-summary]");
    // Danger the family wrote comes before anything else, errors included.
    var safety = document.querySelector("main .safety-first h2");
    // A caution the last answer raised (say, under 18) is read before the step, not scrolled past.
    var raised = document.querySelector("main [data-raised-cautions]");
    // The server marks the field to start in (the new row after "Add another person"). Embedded
    // pages carry only data-autofocus: browsers refuse autofocus in a cross-origin frame, with an
    // error in the provider's console, so this script moves focus there instead.
    var target = safety || summary || raised || document.querySelector("main [data-autofocus]") || document.querySelector("main h1");
    window.scrollTo(0, 0);
    tellParent({ planner: "top" });
    if (target) target.focus({ preventScroll: embedded });
  }

  // Live letter guidance: ask the server's checker (the same rules the page uses) while typing.
  function element(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text) node.textContent = text;
    return node;
  }

  function list(box, title, items, className, render) {
    if (!items.length) return;
    box.appendChild(element("h4", "findings-title", title));
    var ul = element("ul", "findings-list " + className);
    items.forEach(function (item) { ul.appendChild(render(item)); });
    box.appendChild(ul);
  }

  function showFindings(box, report) {
    var settings = document.querySelector("[data-checker]");
    box.textContent = "";
    if (report.summary.danger) box.appendChild(element("p", "findings-danger", report.summary.danger));
    if (report.summary.length) box.appendChild(element("p", "findings-length", report.summary.length));
    if (report.summary.too_long) box.appendChild(element("p", "findings-long", report.summary.too_long));
    list(box, settings.getAttribute("data-title-concerns"), report.concerns, "findings-list--concerns", function (f) {
      var li = element("li");
      li.appendChild(element("span", "findings-message", f.message));
      li.appendChild(document.createTextNode(" "));
      li.appendChild(element("span", "findings-suggestion", settings.getAttribute("data-try") + " " + f.suggestion));
      return li;
    });
    list(box, settings.getAttribute("data-title-strengths"), report.strengths, "findings-list--strengths", function (f) {
      return element("li", "", f.message);
    });
    list(box, settings.getAttribute("data-title-tips"), report.tips, "findings-list--tips", function (tip) {
      return element("li", "", tip.message);
    });
  }

  // Longer than a letter may be: say so, rather than leave an old report standing.
  function showTooLong(box, settings) {
    box.textContent = "";
    box.appendChild(element("p", "findings-long", settings.getAttribute("data-too-long")));
  }

  var timers = {};
  document.addEventListener("input", function (event) {
    var area = event.target;
    if (!area.matches || !area.matches("textarea[data-check]")) return;
    var box = document.getElementById(area.id + "-findings");
    if (!box) return;
    clearTimeout(timers[area.id]);
    timers[area.id] = setTimeout(function () {
      var settings = document.querySelector("[data-checker]");
      if (!settings || !document.body.contains(area)) return;  // the family has moved on
      // Longer than a letter may be (counted as the server counts, by code point): say so
      // here, rather than send it to be refused (a refused request is a console error too).
      var most = parseInt(settings.getAttribute("data-max-chars"), 10);
      if (most && Array.from(area.value).length > most) {
        showTooLong(box, settings);
        return;
      }
      // The bottom-line risks that bring this family a caution: the server holds back praise for
      // such a line while it is typed, as the page does after Save. It decides; this only shows.
      var cautioned = (settings.getAttribute("data-cautioned") || "").split(" ").filter(Boolean);
      fetch(settings.getAttribute("data-check-url"), {
        method: "POST",
        credentials: "omit",
        headers: { "Content-Type": "application/json" },
        // How the letter's writer speaks (the server marked its box): ideas from work, or care, not "open with love".
        body: JSON.stringify({ text: area.value, kind: area.getAttribute("data-check"), lang: document.documentElement.lang, cautioned: cautioned, voice: area.getAttribute("data-check-voice") || "love" })
      }).then(function (response) {
        if (response.status === 413 && document.body.contains(box)) showTooLong(box, settings);
        if (!response.ok) throw new Error("checker unavailable");
        return response.json();
      }).then(function (report) {
        if (document.body.contains(box) && document.querySelector("[data-checker]")) showFindings(box, report);
      }).catch(function () { /* the server still checks on Save */ });
    }, 400);
  });

  function enhancePage() {
    var print = document.querySelector("[data-print]");
    if (print) {
      print.hidden = false;
      print.addEventListener("click", function () { window.print(); });
    }
  }

  var pagesShown = 0;  // which page a late answer was meant for

  function swap(html) {
    pagesShown += 1;
    var next = new DOMParser().parseFromString(html, "text/html");
    document.title = next.title;
    // The family may have changed language: screen readers and the live checker follow <html lang>.
    document.documentElement.lang = next.documentElement.lang;
    document.body.replaceWith(document.adoptNode(next.body));
    sendTitle();
    enhancePage();
    focusPage();
  }

  function post(form, body) {
    return postTo(form.getAttribute("action"), body);
  }

  function send(url, body) {
    return fetch(url, {
      method: "POST",
      body: body,
      credentials: "omit",
      // The page's language, so that even a page the server cannot fill from the plan
      // (an error) is in the family's language rather than the browser's.
      headers: { "Content-Type": "application/x-www-form-urlencoded", "Accept-Language": document.documentElement.lang || "en" },
      redirect: "follow"
    });
  }

  function postTo(url, body) {
    return send(url, body).then(function (response) {
      var type = response.headers.get("Content-Type") || "";
      if (type.indexOf("text/html") !== 0) throw new Error("not a page");
      return response.text().then(function (html) {
        if (!response.ok) throw { refused: html };  // an error page: shown on this page, not instead of it
        return html;
      });
    });
  }

  // The server refused the request (too much to send, say): its words go at the top of
  // this page, so everything typed here stays on screen.
  function showRefusal(html) {
    var error = new DOMParser().parseFromString(html, "text/html");
    var main = document.querySelector("main");
    var box = document.querySelector("[data-refusal]") || element("div", "notice notice--error");
    box.setAttribute("data-refusal", "");
    box.setAttribute("role", "alert");
    box.tabIndex = -1;
    box.textContent = "";
    ["h1", "p"].forEach(function (tag) {
      var part = error.querySelector("main " + tag);
      if (part) box.appendChild(element("p", "", part.textContent));
    });
    main.insertBefore(box, main.firstChild);
    box.focus();
  }

  // File inputs (plan and letter uploads) go by an ordinary submit; leave them out here.
  function formBody(data) {
    var body = new URLSearchParams();
    data.forEach(function (value, key) {
      if (typeof value === "string") body.append(key, value);
    });
    return body;
  }

  // A file far bigger than any plan or letter (a phone video picked by mistake) is
  // sent as its first bytes only: the server still says "too big" on this page, with
  // everything typed kept, and the family does not wait for the whole video to upload.
  document.addEventListener("submit", function (event) {
    var inputs = event.target.querySelectorAll ? event.target.querySelectorAll("input[type=file][data-max-bytes]") : [];
    Array.prototype.forEach.call(inputs, function (input) {
      var file = input.files && input.files[0];
      var max = Number(input.getAttribute("data-max-bytes"));
      if (!file || !max || file.size <= max || typeof DataTransfer === "undefined") return;
      try {
        var trimmed = new DataTransfer();
        trimmed.items.add(new File([file.slice(0, max + 1)], file.name, { type: file.type }));
        input.files = trimmed.files;
      } catch (error) { /* an older browser sends the whole file; the server still refuses kindly */ }
    });
  }, true);

  // A moment after typing stops, ask the server to seal what is on the page and keep
  // that in history, so a reload does not lose words typed since the last step. (Only
  // the sealed token is kept: the browser may write history to disk.)
  var keepTimer = null;
  function keepNow() {
    clearTimeout(keepTimer);
    keepTimer = null;
    var form = currentForm(), page = pagesShown;
    if (!form || busy || leftByQuickExit || !history.state || !history.state.token) return Promise.resolve();
    var body = formBody(new FormData(form));
    body.set("action", "keep");
    return send(form.getAttribute("action"), body).then(function (response) {
      return (response.headers.get("Content-Type") || "").indexOf("application/json") === 0 ? response.json() : null;
    }).then(function (sealed) {
      if (!sealed || !sealed.token || page !== pagesShown || leftByQuickExit || !history.state) return;
      var state = Object.assign({}, history.state, { token: sealed.token, at: Date.now() });
      history.replaceState(state, "", window.location.href);
    }).catch(function () { /* the last step's answers are still kept */ });
  }

  document.addEventListener("input", function (event) {
    var form = currentForm();
    if (!form || !form.contains(event.target) || leftByQuickExit) return;
    clearTimeout(keepTimer);
    keepTimer = setTimeout(keepNow, 1500);
  });

  // A link followed right after typing (say "More help now"): keep the words first, so
  // Back brings them. At most a short wait; the link is followed whatever happens.
  document.addEventListener("click", function (event) {
    var link = event.target.closest && event.target.closest("a[href]");
    if (!link || !keepTimer || link.hasAttribute("data-quick-exit") || link.target || link.origin !== window.location.origin) return;
    if (link.pathname === window.location.pathname && link.hash) return;  // a link within this page (the error summary's)
    if (event.ctrlKey || event.metaKey || event.shiftKey || event.altKey || event.button) return;
    event.preventDefault();
    var go = function () { window.location.href = link.href; };
    Promise.race([keepNow(), new Promise(function (done) { setTimeout(done, 800); })]).then(go, go);
  });

  var busy = false;
  document.addEventListener("submit", function (event) {
    var form = event.target;
    var submitter = event.submitter;
    if (!form.matches("form[data-wizard]") || busy) return;
    if (submitter && submitter.hasAttribute("data-native")) return;
    if (typeof FormData === "undefined" || typeof fetch === "undefined") return;
    // A chosen file (Enter in the saved-plan box on the start page): this script sends no
    // files, so the browser posts the form itself and the server sees the file.
    if (Array.prototype.some.call(form.querySelectorAll("input[type=file]"), function (input) { return input.files && input.files.length; })) return;
    event.preventDefault();
    busy = true;
    var body = formBody(new FormData(form, submitter || undefined));
    // A date box left half-filled sends nothing at all; send a mark instead,
    // so the page comes back saying what to fix rather than losing the date quietly.
    Array.prototype.forEach.call(form.querySelectorAll("input[type=date]"), function (input) {
      if (input.validity && input.validity.badInput) body.set(input.name, "?");
    });
    var before = document.body.getAttribute("data-step");
    post(form, body).then(function (html) {
      swap(html);
      // A new history entry only for a new step: after "Add another person" or
      // "Check my writing", Back goes to the step before, as the family expects.
      remember(document.body.getAttribute("data-step") === before);
    }).catch(function (problem) {
      if (problem && problem.refused) return showRefusal(problem.refused);
      // Anything unexpected: let the browser submit the ordinary way.
      busy = false;
      HTMLFormElement.prototype.submit.call(form);
    }).then(function () { busy = false; });
  });

  // Browser Back/Forward: go to that step carrying the answers of the page now shown,
  // including what was typed here, so nothing is lost.
  window.addEventListener("popstate", function (event) {
    var form = currentForm();
    if (!event.state || !event.state.step || !form) return;
    var body = formBody(new FormData(form));
    body.set("action", "goto:" + event.state.step);
    post(form, body).then(function (html) {
      swap(html);
      // Still on the same step (text to shorten first): keep the entry Back went to for later.
      remember(document.body.getAttribute("data-step") === event.state.step);
    }).catch(function (problem) {
      if (problem && problem.refused) return showRefusal(problem.refused);
      window.location.reload();
    });
  });

  // A reload lands on an address without answers; bring them back from history.state.
  function restore() {
    var state = history.state;
    if (document.body.getAttribute("data-step") !== "no-answers" || !state || !state.token) return false;
    if (savedBeforeExit(state)) {
      history.replaceState(null, "", window.location.href);  // answers from before a quick exit: drop them
      return false;
    }
    var body = new URLSearchParams();
    body.set("token", state.token);
    body.set("action", "show");
    postTo(window.location.pathname, body).then(function (html) {
      swap(html);
      remember(true);
    }).catch(function () {});
    return true;
  }

  // A page the browser kept in memory and shows again on Back (the back/forward
  // cache): if the family left with the quick exit since, show nothing of it.
  window.addEventListener("pageshow", function (event) {
    if (event.persisted && leftByQuickExit) {
      document.documentElement.hidden = true;
      window.location.replace(window.location.pathname);
    }
  });

  enhancePage();
  if (!restore()) remember(true);
})();
