/* Planner embed (see README): a frame as tall as its step; obeys only the planner's origin;
 * loads nothing; its exits send no Referer. */
(function () {
  var script = document.currentScript, slug = script && script.getAttribute("data-provider");
  if (!/^[a-z0-9-]{1,40}$/.test(slug || "")) return;
  var origin = new URL(script.src).origin, named = script.getAttribute("data-title");
  var lang = (script.getAttribute("data-lang") || "").slice(0, 2).toLowerCase();
  var frame = document.createElement("iframe"), pin = document.createElement("button"), on = addEventListener, exitUrl;
  frame.src = origin + "/p/" + slug + "/embed/" + (/^[a-z]{2}$/.test(lang) ? "?lang=" + lang : "");
  frame.title = named || "Family Intervention Planner";
  frame.style.cssText = "display:block;width:100%;height:900px;border:0";
  frame.onload = function () { frame.contentWindow.postMessage({ planner: "hello" }, origin); };
  pin.dataset.plannerExit = "";
  pin.style.cssText = "position:fixed;top:.5rem;right:.5rem;z-index:99999;display:none;background:#8a1538;color:#fff;" +
    "font:700 1rem sans-serif;padding:.6rem 1rem;min-height:44px;border:2px solid #fff;border-radius:4px";
  pin.onclick = function () { leave(exitUrl); };
  pin.onfocus = pin.onblur = place;

  on("message", function (event) {
    var data = event.data || {}, kind = data.planner;
    if (event.origin !== origin || event.source !== frame.contentWindow) return;
    if (kind === "height" && data.height > 0) {
      frame.style.height = Math.min(Math.ceil(data.height), 1e5) + "px";
    } else if (kind === "title" && /^https?:\/\//.test(data.exitUrl)) {
      if (!named) frame.title = data.title, frame.lang = data.lang;
      pin.lang = data.lang;
      pin.textContent = data.exit;
      exitUrl = data.exitUrl;
    } else if (kind === "top" && frame.getBoundingClientRect().top < 0) {
      frame.scrollIntoView();
    } else if (kind === "exit" && /^https?:\/\//.test(data.url)) {
      leave(data.url);
    }
    place();
  });
  on("scroll", place);
  on("resize", place);

  // While the frame, not its top, is on screen, or focused (it is before the frame).
  function place() {
    var box = frame.getBoundingClientRect(), shown = document.activeElement === pin || box.top < -40 && box.bottom > 60;
    pin.style.display = exitUrl ? "block" : "none";
    pin.style.transform = shown ? "" : "translateY(-300%)";
  }

  // Shift alone 3 times in 2 s, on this page as in the frame.
  var alone, shifts = [];
  on("keydown", function (event) { alone = event.key === "Shift" && !event.repeat; });
  on("keyup", function (event) {
    if (event.key !== "Shift" || !alone || !exitUrl) return;
    shifts = [shifts[1], shifts[2], Date.now()];
    if (shifts[2] - shifts[0] < 2000) leave(exitUrl);
  });

  function leave(url) {
    document.head.appendChild(Object.assign(document.createElement("meta"), { name: "referrer", content: "no-referrer" }));
    location.replace(url);
  }
  script.after(pin, frame);
})();
