vcl 4.1;
# Varnish in front of nginx: keeps what the app marks `Cache-Control: public` (public pages for
# anonymous readers) for its s-maxage, and nothing else. After each change the app purges the
# paths core/purges.py lists (FRONTEND_CACHE_PURGE_URL points here):
#   PURGE /fr/actualites/   that path with any query string (every filtered and paginated page);
#   PURGE /fr/*             everything under the prefix (a whole language, a subtree).
# Purges are bans on the stored URL and host, so the ban lurker clears them in the background.
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
        # The path as a regular expression: its metacharacters escaped, a final * for "anything under".
        set req.http.X-Purge-Pattern = regsuball(regsub(req.url, "\?.*$", ""), "([.+?^$|()\[\]{}\\])", "\\\1");
        if (req.http.X-Purge-Pattern ~ "\*$") {
            ban("obj.http.X-Host == " + req.http.host + " && obj.http.X-Url ~ ^" + regsub(req.http.X-Purge-Pattern, "\*$", ""));
        } else {
            ban("obj.http.X-Host == " + req.http.host + " && obj.http.X-Url ~ ^" + req.http.X-Purge-Pattern + "(\?|$)");
        }
        return (synth(200, "Purged"));
    }
    if (req.method != "GET" && req.method != "HEAD") {
        return (pass);
    }
    # The admin, health checks, documents and anything a signed-in editor sees are never cached.
    if (req.url ~ "^/(admin|health|documents)/" || req.http.Cookie ~ "sessionid=") {
        return (pass);
    }
    # Public pages set no cookie for anonymous readers; other cookies must not split the cache.
    unset req.http.Cookie;
    return (hash);
}

sub vcl_backend_response {
    # Kept with the object, for purges (bans) to match on.
    set beresp.http.X-Url = bereq.url;
    set beresp.http.X-Host = bereq.http.host;
    # Only what the app says anyone may share: no cookie, no private answer, no Vary: Cookie.
    if (beresp.http.Set-Cookie
        || beresp.http.Cache-Control !~ "public"
        || beresp.http.Cache-Control ~ "(private|no-cache|no-store)"
        || beresp.http.Vary ~ "(?i)cookie"
        || beresp.status >= 500) {
        set beresp.ttl = 120s;
        set beresp.uncacheable = true;
        return (deliver);
    }
    return (deliver);
}

sub vcl_deliver {
    unset resp.http.X-Url;
    unset resp.http.X-Host;
    if (obj.hits > 0) {
        set resp.http.X-Cache = "HIT";
    } else {
        set resp.http.X-Cache = "MISS";
    }
}
