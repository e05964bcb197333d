"""How many sign-ups a client address or an e-mail address may make per hour (NEWSLETTER_RATE_LIMITS)."""

from django.conf import settings

from core import rate_limits

WINDOW_SECONDS = 3600
Verdict = rate_limits.Verdict


def _limit(kind):
    return settings.NEWSLETTER_RATE_LIMITS[kind]


def check_sign_up(ip, email):
    """Counts one attempt: ALLOWED, LIMITED once either address is over its limit, UNAVAILABLE without a cache."""
    return rate_limits.check(
        "newsletter",
        {"ip": (ip, _limit("ip")), "address": (email, _limit("address"))},
        WINDOW_SECONDS,
    )
