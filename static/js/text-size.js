// Text-size controls: scale the root font size without a reload and remember the choice.
(function () {
  "use strict";
  var KEY = "text-scale";
  var STEPS = [0.875, 1, 1.125, 1.25, 1.5, 1.75];
  var root = document.documentElement;

  function current() {
    var value = parseFloat(root.style.getPropertyValue("--text-scale")) || 1;
    var index = STEPS.indexOf(value);
    return index === -1 ? 1 : index;
  }

  function apply(index) {
    var scale = STEPS[Math.max(0, Math.min(STEPS.length - 1, index))];
    root.style.setProperty("--text-scale", String(scale));
    try { window.localStorage.setItem(KEY, String(scale)); } catch (e) { /* private mode */ }
    document.querySelectorAll("[data-text-size]").forEach(function (button) {
      var direction = button.getAttribute("data-text-size");
      var atLimit = direction === "down" ? scale === STEPS[0] : scale === STEPS[STEPS.length - 1];
      button.setAttribute("aria-disabled", atLimit ? "true" : "false");
    });
    var status = document.getElementById("text-size-status");
    if (status) { status.textContent = Math.round(scale * 100) + " %"; }
  }

  document.addEventListener("click", function (event) {
    var button = event.target.closest("[data-text-size]");
    if (!button) { return; }
    apply(current() + (button.getAttribute("data-text-size") === "up" ? 1 : -1));
  });

  apply(current());
})();
