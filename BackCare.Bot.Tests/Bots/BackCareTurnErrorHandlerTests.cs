using BackCare.Bot.Framework.Recognizers;
using BackCare.Bot.Framework.Turns;
using BackCare.Bot.Recognizers;
using BackCare.Bot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace BackCare.Bot.Tests.Bots;

public sealed class BackCareTurnErrorHandlerTests
{
    [Fact]
    public async Task AnErrorMidConversationStillAnswersWithEmergencyGuidanceAndResetsTheDialog()
    {
        var recognizer = new FailingRecognizer();
        await using var app = new BackCareApplication(configureServices: services =>
        {
            services.RemoveAll<IRecognizer>();
            services.AddSingleton<IRecognizer>(recognizer);
        });
        var chat = new ChatClient(app.CreateClient());
        await chat.JoinAsync();
        await chat.SayAsync("How often to massage");

        recognizer.FailNext = true;
        await chat.SayAsync("relaxation");

        Assert.Contains("something went wrong", chat.LastText);
        Assert.Contains("call 999 or go to A&E in an emergency", chat.LastText);
        Assert.Contains("NHS 111", chat.LastText);
        Assert.DoesNotContain(chat.LastActivities, a => a.Text?.Contains("InvalidOperationException", StringComparison.Ordinal) == true);

        await chat.SayAsync("sciatica");
        Assert.Contains("4 to 6 weeks", chat.LastText);
    }

    private sealed class FailingRecognizer : IRecognizer
    {
        private readonly TrainedRecognizer _inner = new();

        public bool FailNext { get; set; }

        public Task<RecognizerResult> RecognizeAsync(ITurnContext turnContext, CancellationToken cancellationToken)
        {
            if (FailNext)
            {
                FailNext = false;
                throw new InvalidOperationException("simulated failure");
            }

            return _inner.RecognizeAsync(turnContext, cancellationToken);
        }
    }
}
