"""Hypothesis strategies for the text people paste: markup, SQL, formulas and odd Unicode."""

from hypothesis import strategies as st

NASTY = [
    "'; DROP TABLE trips; --",
    "Robert'); DROP TABLE employees;--",
    "1' OR '1'='1",
    '" OR ""="',
    "<script>alert('x')</script>",
    "<b>fet</b> <i>kursiv</i>",
    "&amp; &lt; &gt; &#x41; &nbsp;",
    "<para>stycke</para>",
    '<font color="red" size="40">röd</font>',
    "<br/><br/>",
    '<img src="x.png"/>',
    '<a href="javascript:alert(1)">länk</a>',
    "=SUM(A1:A9)",
    "+46 70 123",
    "-5+3",
    "@SUM(1;2)",
    "=cmd|' /C calc'!A0",
    "\t=1+1",
    "\r=1+1",
    '=HYPERLINK("http://example.com";"klicka")',
    "שלום עולם",
    "مرحبا بالعالم",
    "\u202eevil\u202c",
    "e\u0301\u0301\u0301 a\u0308",
    "Z\u0364\u0354\u0367\u0311\u0313a\u0356\u032d",
    "😀🚗💨",
    "👩\u200d👩\u200d👧\u200d👦",
    "\x00",
    "nul\x00mitt i",
    "\ufeffBOM",
    "\u200b\u200c\u200d",
    "ÅÄÖ åäö é ü ß",
    "x" * 700,
    "",
    " ",
    "\n",
    "rad 1\nrad 2",
    "\ud800 ensam surrogat",
    "NULL",
    "None",
    "%s %d {0} {}",
    "\\",
    "'",
    '"',
    ";",
    ",",
    "\x1b[31mröd\x1b[0m",
    "\x7f\x85\x9f",
]

_any_char = st.characters(codec=None, exclude_categories=())  # surrogates too


def nasty_text(max_size: int = 80) -> st.SearchStrategy[str]:
    """A pasted-looking text: a known nasty string, random Unicode, or a mix of both."""
    return st.one_of(
        st.sampled_from(NASTY),
        st.text(max_size=max_size),
        st.text(alphabet=_any_char, max_size=max_size),
        st.lists(st.sampled_from(NASTY) | st.text(max_size=12), max_size=4).map("".join),
    )


# Text the PDF's standard font can show (WinAnsi), with the markup and entities that must
# print as they are: read back from the PDF and compared.
PRINTABLE = (
    "abcdefghijklmnopqrstuvwxyzåäöABCDEFGHIJKLMNOPQRSTUVWXYZÅÄÖé0123456789"
    " <>&;=/\"'#!?()[]{}+-@%*:,.–"
)
MARKUP = [
    "<para>",
    "</para>",
    '<font color="red">',
    "</font>",
    "<b>",
    "</b>",
    "<br/>",
    "&amp;",
    "&lt;",
    "&#65;",
    "<super>2</super>",
    '<img src="x"/>',
    "=SUM(A1)",
]


def printable_text(min_size: int = 1, max_size: int = 60) -> st.SearchStrategy[str]:
    return (
        st.lists(
            st.sampled_from(MARKUP) | st.text(alphabet=PRINTABLE, min_size=1, max_size=10),
            min_size=1,
            max_size=6,
        )
        .map("".join)
        .map(lambda text: " ".join(text.split())[:max_size])
        .filter(lambda text: len(text) >= min_size)
    )
