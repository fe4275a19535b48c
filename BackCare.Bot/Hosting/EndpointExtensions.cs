using System.Diagnostics;
using BackCare.Bot.Channels.DirectLine;
using BackCare.Bot.Channels.WebChat;

namespace BackCare.Bot.Hosting;

public static partial class EndpointExtensions
{
    public static WebApplication MapBackCareEndpoints(this WebApplication app)
    {
        // Fail at start-up, not on the first message, if content or training data are broken; and train the
        // intent model and the safety net's second opinion now (a few seconds), so the first reply stays fast.
        app.Services.GetRequiredService<Dialogs.MainDialog>();
        var recognizer = app.Services.GetRequiredService<Recognizers.TrainedRecognizer>();
        var started = Stopwatch.GetTimestamp();
        recognizer.WarmUp();
        LogIntentModelReady(app.Logger, recognizer.ModelIntents.Count, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        Triage.Understanding.RedFlagSecondOpinion.Embedded.WarmUp();
        app.Services.GetRequiredService<Framework.Recognizers.IRecognizer>();
        app.Services.GetRequiredService<Framework.State.IStorage>();

        app.UseWebChatPage();
        app.UseStatusCodePages();
        app.MapPost("/api/messages", MessagesEndpoint.HandleAsync);
        app.MapDirectLine();
        app.MapHealthChecks("/healthz");
        Booking.Admin.CallbackAdminEndpoints.MapCallbackAdmin(app);
        app.MapWebChatPage();
        return app;
    }

    [LoggerMessage(EventId = 400, Level = LogLevel.Information, Message = "Intent model ready: {IntentCount} intents in {ElapsedMilliseconds:F0} ms")]
    private static partial void LogIntentModelReady(ILogger logger, int intentCount, double elapsedMilliseconds);
}
