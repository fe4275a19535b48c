using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using BackCare.Bot.Framework.Schema;

namespace BackCare.Bot.Tests.Support;

/// <summary>
/// Stands in for a channel's Connector endpoint: records every request the bot makes to a
/// serviceUrl (method, URL, headers, body) and answers {"id": …}.
/// </summary>
public sealed class FakeConnectorHandler : HttpMessageHandler
{
    private int _count;

    public ConcurrentQueue<CapturedRequest> Requests { get; } = new();

    /// <summary>Status codes to answer with before succeeding (to exercise retries).</summary>
    public ConcurrentQueue<HttpStatusCode> FailuresToReturn { get; } = new();

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? string.Empty : await request.Content.ReadAsStringAsync(cancellationToken);
        Requests.Enqueue(new CapturedRequest(request.Method, request.RequestUri!, request.Headers.Authorization?.ToString(), body));
        if (FailuresToReturn.TryDequeue(out var failure))
        {
            return new HttpResponseMessage(failure);
        }

        var id = Interlocked.Increment(ref _count);
        return new HttpResponseMessage(HttpStatusCode.OK)
        {
            Content = new StringContent($"{{\"id\":\"reply-{id}\"}}", System.Text.Encoding.UTF8, "application/json"),
        };
    }
}

public sealed record CapturedRequest(HttpMethod Method, Uri Uri, string? Authorization, string Body)
{
    public Activity Activity => JsonSerializer.Deserialize<Activity>(Body, ProtocolJson.Options)!;
}
