namespace BackCare.Bot.Hosting;

public static class EndpointExtensions
{
    public static WebApplication MapBackCareEndpoints(this WebApplication app)
    {
        // Fail at start-up, not on the first message, if content or training data are broken; and train the
        // intent model and the safety net's second opinion now (a few seconds), so the first reply stays fast.
        app.Services.GetRequiredService<Dialogs.MainDialog>();
        app.Services.GetRequiredService<Recognizers.TrainedRecognizer>().WarmUp();
        Triage.Understanding.RedFlagSecondOpinion.Embedded.WarmUp();
        app.Services.GetRequiredService<Framework.Recognizers.IRecognizer>();
        app.Services.GetRequiredService<Framework.State.IStorage>();

        app.UseStatusCodePages();
        app.MapPost("/api/messages", MessagesEndpoint.HandleAsync);
        app.MapHealthChecks("/healthz");
        app.MapGet("/", () => Results.Text("BackCare is running. Connect the Bot Framework Emulator to http://localhost:3978/api/messages."));
        return app;
    }
}
