"""Bodies no browser would send: bytes that are not UTF-8, unencoded bytes, odd multipart parts."""

from hypothesis import given
from hypothesis import strategies as st

from tests.fuzz.hostile import INVALID_UTF8, multipart_body, raw_bytes, raw_pairs_body
from tests.fuzz.verdicts import assert_answers_kept, assert_kind_response, plan_on


def field_pairs(walked):
    """Raw (name, value) pairs: the page's own fields, each kept or swapped for raw bytes."""
    names = [name.encode() for name in walked.fields]
    kept = [(k.encode(), v.encode()) for k, v in walked.answers]
    return st.lists(
        st.one_of(st.sampled_from(kept or [(b"x", b"")]), st.tuples(st.sampled_from(names or [b"x"]), raw_bytes), st.tuples(raw_bytes, raw_bytes)),
        max_size=8,
    )


@given(data=st.data())
def test_a_urlencoded_body_with_bytes_that_are_not_utf8_is_answered_kindly(http, walked, fernet, data):
    here = walked[data.draw(st.sampled_from(sorted(walked)), label="step")]
    pairs = [(b"token", here.token.encode()), *data.draw(field_pairs(here), label="pairs")]
    action = data.draw(st.one_of(st.just(b"continue"), st.just(b"back"), raw_bytes), label="action")
    encode = data.draw(st.booleans(), label="percent-encoded")
    body = raw_pairs_body([*pairs, (b"action", action)], encode=encode)

    response = http.post(here.path, data=body, content_type="application/x-www-form-urlencoded")

    page = assert_kind_response(response)
    assert_answers_kept(here.plan, plan_on(page, fernet), here.step, page, action.decode(errors="replace"))


@given(data=st.data())
def test_a_multipart_body_with_raw_bytes_and_odd_charsets_is_answered_kindly(http, walked, fernet, data):
    here = walked[data.draw(st.sampled_from(sorted(walked)), label="step")]
    pairs = [(b"token", here.token.encode()), *data.draw(field_pairs(here), label="pairs"), (b"action", b"continue")]
    charset = data.draw(st.sampled_from([None, b"utf-8", b"iso-8859-1", b"us-ascii", b"utf-16", b"x-unknown"]), label="charset")
    boundary = b"fuzz" + data.draw(st.binary(min_size=1, max_size=8).map(bytes.hex).map(str.encode), label="boundary")
    body = multipart_body(pairs, boundary, charset)
    if data.draw(st.booleans(), label="cut short"):
        body = body[: data.draw(st.integers(0, len(body)), label="cut at")] + data.draw(INVALID_UTF8)

    response = http.post(here.path, data=body, content_type=f"multipart/form-data; boundary={boundary.decode()}")

    page = assert_kind_response(response)
    assert_answers_kept(here.plan, plan_on(page, fernet), here.step, page, "continue")
