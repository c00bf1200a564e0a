/* Family Intervention Planner, embed snippet: puts the planner in an iframe right
 * after this script and keeps the frame as tall as the step it shows. Loads
 * nothing else. Only messages from the planner's own origin are obeyed. */
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
    } else if (data.planner === "title" && !chosenTitle && typeof data.title === "string" && data.title) {
      frame.title = data.title.slice(0, 200);
    } else if (data.planner === "top" && frame.getBoundingClientRect().top < 0) {
      frame.scrollIntoView();
    } else if (data.planner === "exit" && /^https?:\/\//.test(data.url)) {
      window.location.replace(data.url);
    }
  });
  script.parentNode.insertBefore(frame, script.nextSibling);
})();
