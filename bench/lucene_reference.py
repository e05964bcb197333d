"""Reference ports of two published light stemmers, used as the yardstick for the site's analysis.

- Arabic "light10" (Larkey, Ballesteros and Connell, "Light Stemming for Arabic
  Information Retrieval", 2007) as Lucene's ArabicAnalyzer runs it, which is
  what Elasticsearch's and OpenSearch's `arabic` analyzer do: lower case,
  ArabicNormalizer (hamza-seated alefs to bare alef, alef maqsura to yeh, teh
  marbuta to heh, harakat and tatweel removed), then ArabicStemmer (one prefix
  among ال وال بال كال فال لل و, then every matching suffix in list order).
- French "UniNE" light stemming (Savoy, "Light Stemming Approaches for the
  French, Portuguese, German and Hungarian Languages", 2006) as Lucene's
  FrenchAnalyzer runs it: elision of l' d' qu' …, lower case, then
  FrenchLightStemmer.

They live in bench/ only, to measure against; the site's own analysis is
search/text.py. Stop words are left out: the evaluation pairs contain none.
"""

import re

# Letters and digits; Arabic marks and an apostrophe followed by a letter stay inside a word, as
# with Lucene's StandardTokenizer.
WORD = re.compile(r"[^\W_]+(?:(?:[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]+|['’](?=[^\W_]))[^\W_]*)*")

# --- Arabic: ArabicNormalizer + ArabicStemmer ---------------------------------

_AR_NORMALIZE = str.maketrans(
    {"\u0622": "\u0627", "\u0623": "\u0627", "\u0625": "\u0627", "\u0649": "\u064a", "\u0629": "\u0647"}
)
_AR_DELETE = re.compile("[\u0640\u064b-\u0652]")
_AR_PREFIXES = ("ال", "وال", "بال", "كال", "فال", "لل", "و")
_AR_SUFFIXES = ("ها", "ان", "ات", "ون", "ين", "يه", "ية", "ه", "ة", "ي")


def arabic_normalize(word):
    return _AR_DELETE.sub("", word).translate(_AR_NORMALIZE)


def _starts_with_check_length(word, prefix):
    if len(prefix) == 1 and len(word) < 4:  # the wa- prefix needs three letters left
        return False
    if len(word) < len(prefix) + 2:
        return False
    return word.startswith(prefix)


def _ends_with_check_length(word, suffix):
    return len(word) >= len(suffix) + 2 and word.endswith(suffix)


def light10_stem(word):
    for prefix in _AR_PREFIXES:
        if _starts_with_check_length(word, prefix):
            word = word[len(prefix) :]
            break
    # Every suffix of the list is tried in turn on what is left, not only the first match.
    for suffix in _AR_SUFFIXES:
        if _ends_with_check_length(word, suffix):
            word = word[: -len(suffix)]
    return word


def light10(text):
    return [light10_stem(arabic_normalize(token.lower())) for token in WORD.findall(text)]


# --- French: ElisionFilter + FrenchLightStemmer --------------------------------

_ELIDED = ("l", "m", "t", "qu", "n", "s", "j", "d", "c", "jusqu", "quoiqu", "lorsqu", "puisqu")
_FR_FOLD = str.maketrans("àáâôèéêùûîç", "aaaoeeeuuic")


def _elision(token):
    for apostrophe in ("'", "’"):
        head, sep, tail = token.partition(apostrophe)
        if sep and head.lower() in _ELIDED:
            return tail
    return token


def _norm(s):
    if len(s) > 4:
        s = s.translate(_FR_FOLD)
        # Doubled letters collapse.
        out = [s[0]]
        for char in s[1:]:
            if char == out[-1] and char.isalpha():
                continue
            out.append(char)
        s = "".join(out)
    if len(s) > 4 and s.endswith("ie"):
        s = s[:-2]
    if len(s) > 4:
        if s[-1] == "r":
            s = s[:-1]
        if s[-1] == "e":
            s = s[:-1]
        if s[-1] == "e":
            s = s[:-1]
        if s[-1] == s[-2] and s[-1].isalpha():
            s = s[:-1]
    return s


def french_light_stem(s):  # noqa: C901 - a rule list, kept in the published order
    if len(s) > 5 and s[-1] == "x":
        if s[-3] == "a" and s[-2] == "u" and s[-4] != "e":
            s = s[:-2] + "l" + s[-1]
        s = s[:-1]
    if len(s) > 3 and s[-1] == "x":
        s = s[:-1]
    if len(s) > 3 and s[-1] == "s":
        s = s[:-1]
    if len(s) > 9 and s.endswith("issement"):
        s = s[:-6]
        return _norm(s[:-1] + "r")
    if len(s) > 8 and s.endswith("issant"):
        s = s[:-4]
        return _norm(s[:-1] + "r")
    if len(s) > 6 and s.endswith("ement"):
        s = s[:-4]
        if len(s) > 3 and s.endswith("ive"):
            s = s[:-1]
            s = s[:-1] + "f"
        return _norm(s)
    if len(s) > 11 and s.endswith("ficatrice"):
        s = s[:-5]
        return _norm(s[:-2] + "er")
    if len(s) > 10 and s.endswith("ficateur"):
        s = s[:-4]
        return _norm(s[:-2] + "er")
    if len(s) > 9 and s.endswith("catrice"):
        s = s[:-3]
        return _norm(s[:-4] + "quer")
    if len(s) > 8 and s.endswith("cateur"):
        s = s[:-2]
        return _norm(s[:-4] + "quer")
    if len(s) > 8 and s.endswith("atrice"):
        s = s[:-4]
        return _norm(s[:-2] + "er")
    if len(s) > 7 and s.endswith("ateur"):
        s = s[:-3]
        return _norm(s[:-2] + "er")
    if len(s) > 6 and s.endswith("trice"):
        s = s[:-1]
        s = s[:-3] + "eur"
    if len(s) > 5 and s.endswith("ième"):
        return _norm(s[:-4])
    if len(s) > 7 and s.endswith("teuse"):
        s = s[:-2]
        return _norm(s[:-1] + "r")
    if len(s) > 6 and s.endswith("teur"):
        s = s[:-1]
        return _norm(s[:-1] + "r")
    if len(s) > 5 and s.endswith("euse"):
        return _norm(s[:-2])
    if len(s) > 8 and s.endswith("ère"):
        s = s[:-1]
        return _norm(s[:-2] + "e" + s[-1])
    if len(s) > 7 and s.endswith("ive"):
        s = s[:-1]
        return _norm(s[:-1] + "f")
    if len(s) > 4 and (s.endswith("folle") or s.endswith("molle")):
        s = s[:-2]
        return _norm(s[:-1] + "u")
    if len(s) > 9 and s.endswith("nnelle"):
        return _norm(s[:-5])
    if len(s) > 9 and s.endswith("nnel"):
        return _norm(s[:-3])
    if len(s) > 4 and s.endswith("ète"):
        s = s[:-1]
        s = s[:-2] + "e" + s[-1]
    if len(s) > 8 and s.endswith("ique"):
        s = s[:-4]
    if len(s) > 8 and s.endswith("esse"):
        return _norm(s[:-3])
    if len(s) > 7 and s.endswith("inage"):
        return _norm(s[:-3])
    if len(s) > 9 and s.endswith("isation"):
        s = s[:-7]
        if len(s) > 5 and s.endswith("ual"):
            s = s[:-2] + "e" + s[-1]
        return _norm(s)
    if len(s) > 9 and s.endswith("isateur"):
        return _norm(s[:-7])
    if len(s) > 8 and s.endswith("ation"):
        return _norm(s[:-5])
    if len(s) > 8 and s.endswith("ition"):
        return _norm(s[:-5])
    return _norm(s)


def french_light(text):
    return [french_light_stem(_elision(token).lower()) for token in WORD.findall(text)]
