namespace BackCare.Bot.Channels.WebChat;

/// <summary>
/// Security headers on every response the bot serves, the chat page and its assets included: the
/// Content-Security-Policy (the page replaces it with its nonce version), nosniff, a referrer policy, no
/// camera/microphone/location, and HSTS outside Development (browsers ignore it over plain http).
/// </summary>
public sealed class SecurityHeadersMiddleware(RequestDelegate next, ContentSecurityPolicy policy, IHostEnvironment environment)
{
    public const string StrictTransportSecurity = "max-age=31536000";
    public const string ReferrerPolicy = "strict-origin-when-cross-origin";
    public const string PermissionsPolicy = "camera=(), microphone=(), geolocation=(), payment=()";

    private readonly bool _hsts = !environment.IsDevelopment();

    public Task InvokeAsync(HttpContext context)
    {
        var headers = context.Response.Headers;
        headers.ContentSecurityPolicy = policy.Value;
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = ReferrerPolicy;
        headers["Permissions-Policy"] = PermissionsPolicy;
        if (_hsts)
        {
            headers.StrictTransportSecurity = StrictTransportSecurity;
        }

        return next(context);
    }
}
