// Copy-citation buttons: the only script on the site. Without it the pages work; the buttons stay hidden.
(function () {
  "use strict";
  function fallbackCopy(text) {
    var area = document.createElement("textarea");
    area.value = text;
    area.setAttribute("readonly", "");
    area.style.position = "fixed";
    area.style.top = "-1000px";
    document.body.appendChild(area);
    area.select();
    var ok = false;
    try { ok = document.execCommand("copy"); } catch (e) { ok = false; }
    document.body.removeChild(area);
    return ok ? Promise.resolve() : Promise.reject(new Error("copy failed"));
  }
  function copy(text) {
    if (navigator.clipboard && window.isSecureContext) {
      return navigator.clipboard.writeText(text).catch(function () { return fallbackCopy(text); });
    }
    return fallbackCopy(text);
  }
  function announce(message) {
    var status = document.getElementById("copy-status");
    if (status) { status.textContent = message; }
  }
  document.addEventListener("DOMContentLoaded", function () {
    var buttons = document.querySelectorAll("button.copy[data-citation]");
    Array.prototype.forEach.call(buttons, function (button) {
      button.hidden = false;
      button.addEventListener("click", function () {
        copy(button.getAttribute("data-citation")).then(function () {
          button.textContent = "Copied";
          announce("Citation copied to the clipboard.");
          setTimeout(function () { button.textContent = "Copy citation"; }, 2000);
        }, function () {
          announce("Could not copy: select the quote and copy it by hand.");
        });
      });
    });
  });
})();
