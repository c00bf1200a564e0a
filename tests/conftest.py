"""Fixtures shared by every test: the app, a client, and a journey helper."""

import pytest

from app import create_app
from tests.support import Journey

TEST_SECRET = "test-secret-not-for-production"


@pytest.fixture(scope="session")
def app():
    return create_app({"TESTING": True, "SECRET_KEYS": [TEST_SECRET]})


@pytest.fixture
def client(app):
    return app.test_client()


@pytest.fixture
def journey(client):
    return Journey(client)
