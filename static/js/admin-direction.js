// Content typed in the admin's editors takes the direction of its own script: an Arabic title
// reads right to left in the French admin, a French one left to right in the Arabic admin.
// Wagtail's fields carry no `dir`; rich text (Draftail) already sets it per paragraph.
(function () {
  "use strict";
  var FIELDS = "input[type=text]:not([dir]), input[type=search]:not([dir]), textarea:not([dir])";

  function mark(root) {
    root.querySelectorAll(FIELDS).forEach(function (field) {
      field.setAttribute("dir", "auto");
    });
  }

  function start() {
    mark(document);
    // StreamField and inline panels add fields as the editor works.
    new MutationObserver(function (changes) {
      changes.forEach(function (change) {
        change.addedNodes.forEach(function (node) {
          if (node.nodeType === 1) mark(node.parentNode || node);
        });
      });
    }).observe(document.body, { childList: true, subtree: true });
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
