/* Family Intervention Planner, embed snippet: puts the planner in an iframe right
 * after this script and keeps the frame as tall as the step it shows. Loads
 * nothing else. Only messages from the planner's own origin are obeyed.
 * The frame grows to its content, so its own "Exit this page" bar scrolls away
 * with the provider's page: while it is out of sight, an exit button is pinned
 * to the top of the window. Leaving sends no Referer: the neutral site must not
 * learn which treatment provider's page the family was on. */
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
  frame.title = chosenTitle || "Family Intervention Planner";  // until the planner names itself in its language
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
      if (typeof data.exit === "string" && data.exit && /^https?:\/\//.test(data.exitUrl)) pinExit(data.exit.slice(0, 60), data.exitUrl);
    } else if (data.planner === "top" && frame.getBoundingClientRect().top < 0) {
      frame.scrollIntoView();
    } else if (data.planner === "exit" && /^https?:\/\//.test(data.url)) {
      leave(data.url);
    }
  });

  function leave(url) {
    var policy = document.createElement("meta");  // no Referer for the neutral site
    policy.name = "referrer";
    policy.content = "no-referrer";
    document.head.appendChild(policy);
    frame.style.visibility = "hidden";
    window.location.replace(url);
  }

  // Styled through the style object: a provider's strict CSP allows that, not style attributes.
  var pinned = null;
  function pinExit(label, url) {
    if (!pinned) {
      pinned = document.createElement("button");
      pinned.type = "button";
      var look = pinned.style;
      look.position = "fixed";
      look.top = "0.5rem";
      look.right = "0.5rem";
      look.zIndex = "2147483647";
      look.background = "#8a1538";
      look.color = "#fff";
      look.font = "700 1rem/1.2 system-ui, sans-serif";
      look.padding = "0.6rem 1rem";
      look.minHeight = "44px";
      look.border = "2px solid #fff";
      look.borderRadius = "0.25rem";
      look.cursor = "pointer";
      look.display = "none";
      pinned.setAttribute("data-planner-exit", "");
      pinned.addEventListener("click", function () { leave(pinned.getAttribute("data-url")); });
      document.body.appendChild(pinned);
      window.addEventListener("scroll", placeExit, { passive: true });
      window.addEventListener("resize", placeExit, { passive: true });
    }
    pinned.textContent = label;
    pinned.setAttribute("data-url", url);
    placeExit();
  }

  // Shown only while the frame is on screen and its own exit bar (its top) is not.
  function placeExit() {
    if (!pinned) return;
    var box = frame.getBoundingClientRect();
    pinned.style.display = box.top < -40 && box.bottom > 60 ? "block" : "none";
  }
  script.parentNode.insertBefore(frame, script.nextSibling);
})();
