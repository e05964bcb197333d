"""Content-Security-Policy per part of the site (django-csp 4).

Public pages get CONTENT_SECURITY_POLICY: scripts from this site or carrying the
request's nonce, nothing inline otherwise. Wagtail's admin still writes a few inline
scripts and style attributes of its own, so paths under the admin get
ADMIN_CONTENT_SECURITY_POLICY, which allows them there and nowhere else. A page rendered
for the admin's preview panel goes through the public policy, framed by the admin only.
"""

from csp.constants import SELF
from csp.middleware import CSPMiddleware
from django.conf import settings
from django.urls import reverse


class SiteCSPMiddleware(CSPMiddleware):
    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only=report_only)
        admin_policy = getattr(settings, "ADMIN_CONTENT_SECURITY_POLICY", None)
        if not report_only and admin_policy and parts.config is None and _is_admin(request):
            parts.config = admin_policy["DIRECTIVES"]
        if getattr(request, "is_dummy", False):
            # Wagtail renders previews through a request of its own, for the page's public URL.
            parts.replace = {**(parts.replace or {}), "frame-ancestors": [SELF]}
        return parts


def _is_admin(request):
    return request.path_info.startswith(reverse("wagtailadmin_home"))
