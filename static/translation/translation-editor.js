// wagtail-localize's translation editor: give segments (fields and saved text) their
// language and direction, the source its own, translate the labels the editor hard-codes,
// and offer "Submit for review" and "Synchronise from the source" next to the language header.
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
    function direction(language) {
      return RTL.indexOf(language.split("-")[0]) >= 0 ? "rtl" : "ltr";
    }
    var dir = direction(code);
    var sourceCode = (props.sourceLocale && props.sourceLocale.code) || "";

    function setLanguage(element, language) {
      if (language && element.getAttribute("lang") !== language) {
        element.setAttribute("lang", language);
        element.setAttribute("dir", direction(language));
      }
    }

    function replaceText(element, text) {
      if (text && element.textContent !== text) element.textContent = text;
    }

    // Strings wagtail-localize writes without gettext: the server passes our translations.
    var tabTitle = props.sourceLocale && props.locale
      ? props.sourceLocale.displayName + " to " + props.locale.displayName + " translation"
      : null;

    function mark(root) {
      root.querySelectorAll("textarea, input[type=text]").forEach(function (field) {
        setLanguage(field, code);
      });
      // A segment is <li>: the source text (<p>), then the translation shown or edited (<div>).
      root.querySelectorAll("li > p + div").forEach(function (translated) {
        setLanguage(translated.previousElementSibling, sourceCode);
        setLanguage(translated, code);
      });
      if (script && script.dataset.tabLabel && tabTitle) {
        root.querySelectorAll("h2, h3, .w-tabs__tab, legend").forEach(function (heading) {
          if (heading.textContent.trim() === tabTitle) {
            replaceText(heading, script.dataset.tabLabel
              .replace("{source}", props.sourceLocale.displayName)
              .replace("{target}", props.locale.displayName));
          }
        });
      }
      if (script && script.dataset.moreActionsLabel) {
        root.querySelectorAll(".w-dropdown__toggle .w-sr-only").forEach(function (label) {
          if (label.textContent === "More actions") replaceText(label, script.dataset.moreActionsLabel);
        });
      }
    }
    mark(editor);
    // wagtail-localize renders Wagtail's side-panel toggles without a count: Python's "None" shows as a label.
    document.querySelectorAll("[data-side-panel-toggle-counter]").forEach(function (counter) {
      if (counter.textContent.trim() === "None") counter.textContent = "";
    });
    new MutationObserver(function () {
      mark(editor);
    }).observe(editor, { childList: true, subtree: true, characterData: true });

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
