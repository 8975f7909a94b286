package io.tickmark.server;

import io.javalin.http.Context;

/** Who may call: the API key from {@code X-Api-Key} or {@code Authorization: Bearer} (and {@code ?key=} on /v1/cell, for Excel). */
final class Auth {
    static final String CALLER = "tickmark.caller";
    private final AccessKeys keys;

    Auth(AccessKeys keys) {
        this.keys = keys;
    }

    void require(Context ctx) {
        if (ctx.path().equals("/v1/health")) return;
        String key = ctx.header("X-Api-Key");
        String authorization = ctx.header("Authorization");
        if ((key == null || key.isBlank()) && authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            key = authorization.substring(7).trim();
        }
        if ((key == null || key.isBlank()) && ctx.path().equals("/v1/cell")) key = ctx.queryParam("key");
        if (key == null || key.isBlank()) {
            throw new ApiException(401, "no_api_key", "this API needs an API key: send it as the X-Api-Key header"
                    + " (make one with 'tickmark serve --add-key WORKSPACE:USER')");
        }
        AccessKeys.Caller caller = keys.check(key)
                .orElseThrow(() -> new ApiException(401, "bad_api_key", "the API key is not one of this server's keys"));
        ctx.attribute(CALLER, caller);
    }

    static AccessKeys.Caller caller(Context ctx) {
        AccessKeys.Caller c = ctx.attribute(CALLER);
        if (c == null) throw new ApiException(401, "no_api_key", "this API needs an API key");
        return c;
    }
}
