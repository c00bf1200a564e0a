"""Hypothesis profiles for the fuzz suite, and the real walks every hostile post starts from.

`make test` runs the "default" profile: a few hundred examples in all, the same
ones every run (derandomized), so a red CI build can be reproduced. `make fuzz`
sets HYPOTHESIS_PROFILE=fuzz: well over 10,000 examples, freshly random each
run. Neither writes an example database to disk.
"""

import os

import pytest
from hypothesis import HealthCheck, settings

from tests.fuzz.walked import walk_every_step
from wizard import planfile

# Examples per Hypothesis test. The suite has fourteen such tests, so the totals
# are 14 x 25 = 350 for `make test` and 14 x 750 = 10,500 for `make fuzz`.
EXAMPLES_PER_TEST = {"default": 25, "fuzz": 750}

_COMMON = dict(
    deadline=None,  # pages with 30,000-character letters take their time; speed is not the point
    database=None,  # nothing written to .hypothesis/
    suppress_health_check=[
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
        HealthCheck.large_base_example,
        HealthCheck.filter_too_much,
    ],
    print_blob=True,  # a failure prints the line that replays it
)
settings.register_profile("default", max_examples=EXAMPLES_PER_TEST["default"], derandomize=True, **_COMMON)
settings.register_profile("fuzz", max_examples=EXAMPLES_PER_TEST["fuzz"], **_COMMON)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))


@pytest.fixture(scope="session")
def http(app):
    """One test client for the whole session: Hypothesis refuses function-scoped fixtures, and the app keeps no state."""
    return app.test_client()


@pytest.fixture(scope="session")
def walked(http):
    """Step slug -> the page a real family reaches there (team: José and Zoë), with its token."""
    return walk_every_step(http)


@pytest.fixture(scope="session")
def fernet(app):
    return app.extensions["planner.fernet"]


@pytest.fixture(scope="session")
def mounts(app):
    """Every prefix the wizard is served under: plain, a provider's branded pages, and its embed."""
    slug = sorted(app.extensions["planner.providers"])[0]
    return ["", f"/p/{slug}", f"/p/{slug}/embed"]


@pytest.fixture(scope="module", autouse=True)
def cheap_scrypt():
    """Saving with a passphrase stretches it (0.1 s); the smallest cost a file may carry keeps fuzzing quick."""
    patch = pytest.MonkeyPatch()
    patch.setattr(planfile, "SCRYPT_N", planfile.SCRYPT_N_RANGE[0])
    yield
    patch.undo()
