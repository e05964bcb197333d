vcl 4.1;
# Varnish in front of nginx: caches public pages for anonymous readers; Wagtail purges a page's
# URLs in every language when it is published (FRONTEND_CACHE_PURGE_URL points here).
# Start: varnishd -a :80 -f /etc/varnish/default.vcl -s malloc,256m
# The backend (nginx) is declared in backend.vcl, found on varnishd's vcl_path.

include "backend.vcl";

# Who may purge: the app servers and workers. Add their addresses when they run elsewhere.
acl purge {
    "127.0.0.1";
    "::1";
}

sub vcl_recv {
    if (req.method == "PURGE") {
        if (!client.ip ~ purge) {
            return (synth(405, "Not allowed"));
        }
        return (purge);
    }
    if (req.method != "GET" && req.method != "HEAD") {
        return (pass);
    }
    # The admin, health checks, previews and anything a signed-in editor sees are never cached.
    if (req.url ~ "^/(admin|health|documents)/" || req.http.Cookie ~ "sessionid=") {
        return (pass);
    }
    # Public pages set no cookie for anonymous readers; other cookies must not split the cache.
    unset req.http.Cookie;
    return (hash);
}

sub vcl_backend_response {
    # A response that sets a cookie is someone's own: never stored.
    if (beresp.http.Set-Cookie) {
        set beresp.uncacheable = true;
        return (deliver);
    }
    # Pages carry their own Cache-Control; errors are kept only briefly.
    if (beresp.status >= 500) {
        set beresp.ttl = 0s;
        set beresp.uncacheable = true;
    }
    return (deliver);
}

sub vcl_deliver {
    if (obj.hits > 0) {
        set resp.http.X-Cache = "HIT";
    } else {
        set resp.http.X-Cache = "MISS";
    }
}
