/* Planner embed: an iframe as tall as its step; obeys only the planner's origin; loads nothing.
 * While the frame's exit bar is scrolled away, pins an exit button. Leaves with no Referer. */
(function () {
  "use strict";
  var script = document.currentScript;
  var slug = script && script.getAttribute("data-provider");
  if (!slug || !/^[a-z0-9-]{1,40}$/.test(slug)) return;
  var origin = new URL(script.src).origin;
  var frame = document.createElement("iframe");
  var lang = script.getAttribute("data-lang");
  frame.src = origin + "/p/" + slug + "/embed/" + (/^[a-z]{2}$/.test(lang || "") ? "?lang=" + lang : "");
  var chosenTitle = script.getAttribute("data-title");
  frame.title = chosenTitle || "Family Intervention Planner";
  frame.style.cssText = "display:block;width:100%;height:900px;border:0";
  frame.addEventListener("load", function () {
    frame.contentWindow.postMessage({ planner: "hello" }, origin);
  });
  window.addEventListener("message", function (event) {
    var data = event.data;
    if (event.origin !== origin || event.source !== frame.contentWindow || !data) return;
    if (data.planner === "height" && data.height > 0) {
      frame.style.height = Math.min(Math.ceil(data.height), 100000) + "px";
      placeExit();
    } else if (data.planner === "title") {
      if (!chosenTitle && typeof data.title === "string" && data.title) frame.title = data.title.slice(0, 200);
      if (data.exit && /^https?:\/\//.test(data.exitUrl)) pinExit(String(data.exit).slice(0, 60), data.exitUrl);
    } else if (data.planner === "top" && frame.getBoundingClientRect().top < 0) {
      frame.scrollIntoView();
    } else if (data.planner === "exit" && /^https?:\/\//.test(data.url)) {
      leave(data.url);
    }
  });

  function leave(url) {
    document.head.appendChild(Object.assign(document.createElement("meta"), { name: "referrer", content: "no-referrer" }));
    frame.style.visibility = "hidden";
    window.location.replace(url);
  }

  var pinned, exitUrl;
  function pinExit(label, url) {
    if (!pinned) {
      pinned = document.createElement("button");
      pinned.type = "button";
      pinned.setAttribute("data-planner-exit", "");
      // CSSOM: strict CSPs allow it
      pinned.style.cssText = "position:fixed;top:.5rem;right:.5rem;z-index:2147483647;background:#8a1538;color:#fff;" +
        "font:700 1rem sans-serif;padding:.6rem 1rem;min-height:44px;border:2px solid #fff;border-radius:4px";
      pinned.onclick = function () { leave(exitUrl); };
      document.body.appendChild(pinned);
      addEventListener("scroll", placeExit, { passive: true });
      addEventListener("resize", placeExit, { passive: true });
    }
    pinned.textContent = label;
    exitUrl = url;
    placeExit();
  }

  // Only while the frame, but not its top, is on screen
  function placeExit() {
    if (!pinned) return;
    var box = frame.getBoundingClientRect();
    pinned.style.display = box.top < -40 && box.bottom > 60 ? "block" : "none";
  }
  script.parentNode.insertBefore(frame, script.nextSibling);
})();
