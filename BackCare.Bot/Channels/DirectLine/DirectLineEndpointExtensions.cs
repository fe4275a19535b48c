namespace BackCare.Bot.Channels.DirectLine;

/// <summary>Maps POST /api/directline/token always, and the local /v3/directline endpoint when it is on.</summary>
public static class DirectLineEndpointExtensions
{
    public static WebApplication MapDirectLine(this WebApplication app)
    {
        app.UseCors();
        app.UseRateLimiter();
        app.MapPost(DirectLineTokenEndpoint.Path, DirectLineTokenEndpoint.HandleAsync)
            .RequireRateLimiting(DirectLineRateLimits.TokenPolicy)
            .RequireCors(DirectLineCors.Policy);
        if (app.Services.GetRequiredService<LocalDirectLineState>().Enabled)
        {
            app.UseWebSockets(new WebSocketOptions { KeepAliveInterval = TimeSpan.FromSeconds(30) });
            app.MapLocalDirectLine().RequireCors(DirectLineCors.Policy);
        }

        return app;
    }
}
