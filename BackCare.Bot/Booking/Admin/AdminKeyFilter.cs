using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace BackCare.Bot.Booking.Admin;

/// <summary>
/// Guards the admin API: 404 when Callbacks:AdminKey is not configured (the API is off), 401 when the
/// <see cref="HeaderName"/> header is missing or wrong. Both sides are hashed to SHA-256 first, so the comparison
/// (<see cref="CryptographicOperations.FixedTimeEquals"/>) takes the same time whatever the key's length or content.
/// </summary>
public sealed class AdminKeyFilter(IOptions<CallbackOptions> options) : IEndpointFilter
{
    public const string HeaderName = "X-Admin-Key";

    private readonly byte[]? _expected = options.Value.AdminEnabled ? Digest(options.Value.AdminKey!) : null;

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        if (_expected is null)
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status404NotFound,
                title: "The call-back admin API is off",
                detail: "Set Callbacks:AdminKey (at least 24 characters) to turn it on.");
        }

        var given = context.HttpContext.Request.Headers[HeaderName].ToString();
        if (given.Length == 0 || !CryptographicOperations.FixedTimeEquals(Digest(given), _expected))
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status401Unauthorized,
                title: "Admin key missing or wrong",
                detail: $"Send the key configured in Callbacks:AdminKey in the {HeaderName} header.");
        }

        return await next(context);
    }

    private static byte[] Digest(string key) => SHA256.HashData(Encoding.UTF8.GetBytes(key));
}
