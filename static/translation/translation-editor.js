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

    var path = window.location.pathname;
    var page = path.match(/\/pages\/(\d+)\/edit\/?$/);
    // Snippets with drafts (themes, publication types) are submitted the same way.
    var snippet = path.match(/\/snippets\/([\w-]+)\/([\w-]+)\/edit\/([^/]+)\/?$/);
    var href = null;
    if (page && script && script.dataset.reviewUrl) {
      href = script.dataset.reviewUrl.replace("/0/", "/" + page[1] + "/");
    } else if (snippet && script && script.dataset.snippetReviewUrl) {
      href = script.dataset.snippetReviewUrl
        .replace("/app/model/0/", "/" + snippet[1] + "/" + snippet[2] + "/" + snippet[3] + "/");
    }
    var header = document.querySelector(".header-meta--locales");
    if (href && header) {
      var link = document.createElement("a");
      link.className = "button button-small button-secondary";
      link.style.marginInlineStart = "1rem";
      link.href = href;
      link.textContent = script.dataset.reviewLabel;
      header.appendChild(link);
    }
    // A translated page can be refreshed from its source here: its translators cannot open the source page.
    if (page && header && script && script.dataset.syncUrl) {
      var sync = document.createElement("a");
      sync.className = "button button-small button-secondary";
      sync.style.marginInlineStart = "0.5rem";
      sync.href = script.dataset.syncUrl.replace("/0/", "/" + page[1] + "/");
      sync.textContent = script.dataset.syncLabel;
      header.appendChild(sync);
    }
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
