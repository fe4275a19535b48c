using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace BackCare.Bot.Channels.DirectLine;

/// <summary>Token requests per client IP address: a fixed window, no queue, 429 with Retry-After beyond it.</summary>
public static class DirectLineRateLimits
{
    public const string TokenPolicy = "directline-token";

    public static IServiceCollection AddDirectLineRateLimits(this IServiceCollection services)
    {
        services.AddRateLimiter(limiter =>
        {
            limiter.AddPolicy(TokenPolicy, context =>
            {
                var options = context.RequestServices.GetRequiredService<IOptions<DirectLineOptions>>().Value;
                var client = context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
                return RateLimitPartition.GetFixedWindowLimiter(client, _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = options.TokenRequestsPerWindow,
                    Window = options.TokenRequestWindow,
                    QueueLimit = 0,
                });
            });
            limiter.OnRejected = async (context, cancellationToken) =>
            {
                var response = context.HttpContext.Response;
                response.StatusCode = StatusCodes.Status429TooManyRequests;
                if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
                {
                    response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                }

                await response.WriteAsJsonAsync(
                    new DirectLineErrorResponse(new DirectLineError("TooManyRequests", "Too many token requests; try again later.")),
                    cancellationToken);
            };
        });
        return services;
    }
}
