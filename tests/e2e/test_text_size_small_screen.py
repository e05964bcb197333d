"""Text enlarged to the maximum still fits a 320 px screen, in both directions (WCAG 1.4.4 and 1.4.10)."""

import pytest

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

SMALLEST_PHONE = {"width": 320, "height": 640}

# Elements whose box lies outside the viewport: anything but what is hidden on purpose and what
# sits in a region the reader scrolls on its own (a data table, which WCAG 1.4.10 lets scroll).
OVERFLOWING = """() => [...document.querySelectorAll("body *")].filter((element) => {
  if (element.closest(".visually-hidden, .skip-link, [hidden], .newsletter-form__trap")) return false;
  for (let parent = element.parentElement; parent; parent = parent.parentElement) {
    if (["auto", "scroll"].includes(getComputedStyle(parent).overflowX)) return false;
  }
  const box = element.getBoundingClientRect();
  if (!box.width || !box.height) return false;
  return box.right > window.innerWidth + 1 || box.left < -1;
}).map((element) => element.tagName.toLowerCase() + (element.className ? "." + element.className : "")
  + " " + (element.textContent || "").trim().slice(0, 30))"""


def body(language):
    """Every wide block of the library: a table, key figures, an accordion, a quote, a long word."""
    from demo.bodies import BodyBuilder

    def pick(french, arabic):
        return (french, arabic) if language == "fr" else (arabic, french)

    return (
        BodyBuilder()
        .heading(pick("Recommandations anticonstitutionnellement formulées", "التوصيات الصادرة عن المجلس الوطني"))
        .key_figures(
            pick("En chiffres", "بالأرقام"),
            [("3 480", pick("plaintes reçues", "شكاية")), ("27", pick("membres", "عضوا"))],
        )
        .table(
            pick("Plaintes par région", "الشكايات حسب الجهة"),
            [
                [pick("Région", "الجهة"), pick("Plaintes", "الشكايات"), pick("Traitées", "المعالجة")],
                [pick("Casablanca-Settat", "الدار البيضاء سطات"), "1 204", "1 100"],
            ],
        )
        .accordion(
            pick("Questions", "أسئلة"),
            [(pick("Comment saisir le Conseil ?", "كيف أقدم شكاية؟"), pick("Par courrier.", "عبر البريد."))],
        )
        .quote(pick("La dignité n’est pas négociable.", "الكرامة غير قابلة للتفاوض."), pick("La présidente", "الرئيسة"))
        .raw()
    )


@pytest.fixture
def wide_blocks_page(reader_site):
    from wagtail.models import Locale

    from tests.factories import standard_page, translate_page

    page = standard_page(reader_site["fr_home"], "Rapport", slug="rapport", body=body("fr"))
    translate_page(page, Locale.objects.get(language_code="ar"), title="تقرير", body=body("ar"))
    return page


@pytest.mark.parametrize(
    "path, enlarge",
    [
        ("/fr/", "Agrandir"),
        ("/fr/le-conseil/", "Agrandir"),
        ("/fr/rapport/", "Agrandir"),
        ("/ar/", "تكبير"),
        ("/ar/le-conseil/", "تكبير"),
        ("/ar/rapport/", "تكبير"),
    ],
)
def test_every_text_size_fits_a_320_px_screen(open_tab, wide_blocks_page, path, enlarge):
    tab = open_tab(viewport=SMALLEST_PHONE)
    tab.goto(path)
    button = tab.get_by_role("button", name=enlarge)
    steps = 0
    while True:
        widths = tab.evaluate("({page: document.documentElement.scrollWidth, view: window.innerWidth})")
        assert tab.evaluate(OVERFLOWING) == [], steps
        assert widths["page"] <= widths["view"], (steps, widths)
        if button.get_attribute("aria-disabled") == "true":
            break
        button.click()
        steps += 1
    assert steps >= 3  # the largest size was reached and checked
