// wagtail-localize's translation editor: give segment fields the target language's
// direction, and offer "Submit for review" next to the language header.
(function () {
  "use strict";
  var script = document.currentScript;
  var RTL = ["ar", "fa", "he", "ur"];

  function init() {
    var editor = document.querySelector(".js-translation-editor");
    if (!editor) return;
    var props = {};
    try {
      props = JSON.parse(editor.dataset.props || "{}");
    } catch (error) {
      return;
    }
    var code = props.locale && props.locale.code;
    if (!code) return;
    var dir = RTL.indexOf(code.split("-")[0]) >= 0 ? "rtl" : "ltr";

    function mark(root) {
      root.querySelectorAll("textarea, input[type=text]").forEach(function (field) {
        if (field.getAttribute("lang") !== code) {
          field.setAttribute("lang", code);
          field.setAttribute("dir", dir);
        }
      });
    }
    mark(editor);
    new MutationObserver(function () {
      mark(editor);
    }).observe(editor, { childList: true, subtree: true });

    var match = window.location.pathname.match(/\/pages\/(\d+)\/edit\/?$/);
    var header = document.querySelector(".header-meta--locales");
    if (match && header && script && script.dataset.reviewUrl) {
      var link = document.createElement("a");
      link.className = "button button-small button-secondary";
      link.style.marginInlineStart = "1rem";
      link.href = script.dataset.reviewUrl.replace("/0/", "/" + match[1] + "/");
      link.textContent = script.dataset.reviewLabel;
      header.appendChild(link);
    }
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
