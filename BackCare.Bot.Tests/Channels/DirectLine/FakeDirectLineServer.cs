using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace BackCare.Bot.Tests.Channels.DirectLine;

/// <summary>
/// A real HTTP server on a free local port standing in for directline.botframework.com's tokens/generate:
/// records each request's Authorization header and body, and answers with a token for a new conversation
/// (or with <see cref="FailWith"/>).
/// </summary>
public sealed class FakeDirectLineServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private int _count;

    private FakeDirectLineServer(WebApplication app) => _app = app;

    public ConcurrentQueue<(string? Authorization, JsonNode? Body)> Requests { get; } = new();

    public int? FailWith { get; set; }

    public string BaseUrl { get; private set; } = string.Empty;

    public static async Task<FakeDirectLineServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var server = new FakeDirectLineServer(app);
        app.MapPost("/v3/directline/tokens/generate", async (HttpRequest request) =>
        {
            var body = await JsonNode.ParseAsync(request.Body);
            server.Requests.Enqueue((request.Headers.Authorization.ToString(), body));
            if (server.FailWith is { } status)
            {
                return Results.StatusCode(status);
            }

            var n = Interlocked.Increment(ref server._count);
            return Results.Json(new JsonObject { ["conversationId"] = $"azure-conv-{n}", ["token"] = $"azure-token-{n}", ["expires_in"] = 1800 });
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.BaseUrl = address.TrimEnd('/') + "/";
        return server;
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
