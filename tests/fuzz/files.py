"""Hypothesis strategies for plan and letter files: garbage, real files damaged, and odd ones that parse.

A saved file is the family's to keep, edit, rename or break, so /resume and
"import a letter" must treat it as hostile input.
"""

import json

from hypothesis import strategies as st

from tests.fuzz.hostile import VISIBLE_CHARACTER, raw_bytes
from wizard import planfile

# Text in files holds no control characters: those reach the page (an xfail in test_found_by_fuzzing.py).
json_value = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(VISIBLE_CHARACTER, max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(VISIBLE_CHARACTER, max_size=10), inner, max_size=4),
    max_leaves=12,
)
header = st.fixed_dictionaries(
    {
        "app": st.sampled_from([planfile.APP, "something-else"]),
        "kind": st.sampled_from(["plan", "letter", "other", 1]),
        "format": st.sampled_from([0, 1, 2, 3, "2", 2.0, True, None]),
    }
)


@st.composite
def altered_json(draw, document):
    """The document with one value somewhere in it replaced, or one key removed."""
    if not isinstance(document, (dict, list)) or not document:
        return draw(json_value)
    keys = list(document) if isinstance(document, dict) else list(range(len(document)))
    key = draw(st.sampled_from(keys))
    copy = dict(document) if isinstance(document, dict) else list(document)
    how = draw(st.sampled_from(["deeper", "replace", "remove"]))
    if how == "deeper":
        copy[key] = draw(altered_json(copy[key]))
    elif how == "replace" or isinstance(copy, list):
        copy[key] = draw(json_value)
    else:
        del copy[key]
    return copy


@st.composite
def damaged(draw, data: bytes) -> bytes:
    """A real file cut short, with a byte changed, or with one JSON value changed."""
    how = draw(st.sampled_from(["cut", "byte", "json", "json", "bom", "deep"]))
    if how == "cut":
        return data[: draw(st.integers(0, len(data)))]
    if how == "byte":
        at = draw(st.integers(0, len(data) - 1))
        return data[:at] + bytes([draw(st.integers(0, 255))]) + data[at + 1:]
    if how == "bom":
        return b"\xef\xbb\xbf" + data
    if how == "deep":
        depth = draw(st.integers(30, 5000))
        return data[:-1] + b', "x": ' + b"[" * depth + b"]" * depth + b"}"
    return json.dumps(draw(altered_json(json.loads(data))), ensure_ascii=draw(st.booleans())).encode()


def garbage_file():
    return st.one_of(
        raw_bytes,
        st.just(b""),
        st.just(b"   \n"),
        json_value.map(json.dumps).map(str.encode),
        st.builds(lambda head, body: json.dumps({**head, **body}).encode(), header, st.dictionaries(st.sampled_from(["plan", "member", "letter", "protected"]), json_value)),
    )
