using Microsoft.AspNetCore.Http.HttpResults;

namespace BackCare.Bot.Booking.Admin;

/// <summary>
/// The clinic's view of call-back requests, under /api/admin/callbacks, behind <see cref="AdminKeyFilter"/>:
/// <c>GET ?status=pending|delivered|failed|handled</c>, <c>GET /{reference}</c>, <c>POST /{reference}/handled</c>,
/// <c>POST /{reference}/retry</c>. Responses are JSON and not cached.
/// </summary>
public static class CallbackAdminEndpoints
{
    public const string Route = "/api/admin/callbacks";

    public static IEndpointRouteBuilder MapCallbackAdmin(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup(Route).AddEndpointFilter<AdminKeyFilter>();
        group.MapGet("/", ListAsync);
        group.MapGet("/{reference}", GetAsync);
        group.MapPost("/{reference}/handled", MarkHandledAsync);
        group.MapPost("/{reference}/retry", RetryAsync);
        return endpoints;
    }

    public static async Task<Results<Ok<CallbackRequestList>, ProblemHttpResult>> ListAsync(
        string? status, CallbackAdmin admin, HttpContext http, CancellationToken cancellationToken)
    {
        CallbackStatus? filter = null;
        if (!string.IsNullOrEmpty(status))
        {
            if (!Enum.TryParse<CallbackStatus>(status, ignoreCase: true, out var parsed) || !Enum.IsDefined(parsed) || int.TryParse(status, out _))
            {
                return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Unknown status", detail: "status is one of pending, delivered, failed, handled.");
            }

            filter = parsed;
        }

        NoStore(http);
        var requests = await admin.ListAsync(filter, cancellationToken);
        return TypedResults.Ok(new CallbackRequestList(requests.Select(CallbackRequestView.From).ToList()));
    }

    public static async Task<Results<Ok<CallbackRequestView>, ProblemHttpResult>> GetAsync(
        string reference, CallbackAdmin admin, HttpContext http, CancellationToken cancellationToken)
    {
        NoStore(http);
        return CallbackReference.Normalize(reference) is { } normalized && await admin.GetAsync(normalized, cancellationToken) is { } request
            ? TypedResults.Ok(CallbackRequestView.From(request))
            : NotFound();
    }

    public static async Task<Results<Ok<CallbackRequestView>, ProblemHttpResult>> MarkHandledAsync(
        string reference, CallbackAdmin admin, HttpContext http, CancellationToken cancellationToken)
    {
        NoStore(http);
        return CallbackReference.Normalize(reference) is { } normalized && await admin.MarkHandledAsync(normalized, cancellationToken) is { } request
            ? TypedResults.Ok(CallbackRequestView.From(request))
            : NotFound();
    }

    public static async Task<Results<Ok<CallbackRequestView>, ProblemHttpResult>> RetryAsync(
        string reference, CallbackAdmin admin, HttpContext http, CancellationToken cancellationToken)
    {
        NoStore(http);
        if (CallbackReference.Normalize(reference) is not { } normalized)
        {
            return NotFound();
        }

        var (result, request) = await admin.RetryAsync(normalized, cancellationToken);
        return result switch
        {
            CallbackAdmin.RetryResult.Queued => TypedResults.Ok(CallbackRequestView.From(request!)),
            CallbackAdmin.RetryResult.NotFailed => TypedResults.Problem(
                statusCode: StatusCodes.Status409Conflict,
                title: "Not failed",
                detail: $"Only a failed request can be retried; this one is {request!.Status.ToString().ToLowerInvariant()}."),
            _ => NotFound(),
        };
    }

    private static ProblemHttpResult NotFound() =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such call-back request");

    private static void NoStore(HttpContext http) => http.Response.Headers.CacheControl = "no-store";

    public sealed record CallbackRequestList(IReadOnlyList<CallbackRequestView> Requests);
}
