using BackCare.Bot.Content;
using BackCare.Bot.Framework.Recognizers;
using BackCare.Bot.Recognizers;

namespace BackCare.Bot.Tests.Recognizers;

public sealed class TrainedRecognizerTests
{
    private static readonly TrainedRecognizer Recognizer = new();

    [Theory]
    [InlineData("How often should I massage my lower back?", Intents.Frequency)]
    [InlineData("how many sessions do i need", Intents.Frequency)]
    [InlineData("is once a week too much?", Intents.Frequency)]
    [InlineData("Can I use massage therapy for sciatica?", Intents.Sciatica)]
    [InlineData("i think i have siatica", Intents.Sciatica)]
    [InlineData("I'm pregnant, is it safe?", Intents.Pregnancy)]
    [InlineData("im 20 weeks pregnent", Intents.Pregnancy)]
    [InlineData("I'm in my second trimester", Intents.Pregnancy)]
    [InlineData("What should I do if massage increases my pain?", Intents.IncreasedPain)]
    [InlineData("my back is worse after the massage", Intents.IncreasedPain)]
    [InlineData("the massage made it worse", Intents.IncreasedPain)]
    [InlineData("Can massage therapy cure lower back pain?", Intents.Cure)]
    [InlineData("will it fix my back pain", Intents.Cure)]
    [InlineData("Are there any risks to self-massaging the lower back?", Intents.SelfMassage)]
    [InlineData("can my husband massage my back", Intents.SelfMassage)]
    [InlineData("is a massage gun ok", Intents.SelfMassage)]
    [InlineData("How do I find a qualified massage therapist or physiotherapist?", Intents.FindTherapist)]
    [InlineData("are your physios HCPC registered", Intents.FindTherapist)]
    [InlineData("I'm really sore after my massage yesterday, is that normal?", Intents.SorenessCheck)]
    [InlineData("check my soreness", Intents.SorenessCheck)]
    [InlineData("I want to book an appointment", Intents.Booking)]
    [InlineData("how much does it cost", Intents.Booking)]
    [InlineData("I need to cancel my appointment on Friday", Intents.Booking)]
    [InlineData("hi there", Intents.Greeting)]
    [InlineData("Good morning!", Intents.Greeting)]
    [InlineData("thanks so much", Intents.Thanks)]
    [InlineData("no thanks, that's all", Intents.Goodbye)]
    [InlineData("ok", Intents.Acknowledge)]
    [InlineData("👍", Intents.Acknowledge)]
    [InlineData("are you a real person?", Intents.AreYouHuman)]
    [InlineData("delete my data", Intents.DeleteData)]
    [InlineData("what do you keep about me", Intents.DeleteData)]
    [InlineData("banana", Intents.None)]
    [InlineData("", Intents.None)]
    [InlineData("   ", Intents.None)]
    public void RecognisesEverydayWordings(string text, string expected)
    {
        Assert.Equal(expected, Recognizer.Recognize(text).TopIntent);
    }

    [Theory]
    [InlineData("stop", Intents.Cancel)]
    [InlineData("Cancel.", Intents.Cancel)]
    [InlineData("STOP!", Intents.Cancel)]
    [InlineData("never mind", Intents.Cancel)]
    [InlineData("help", Intents.Help)]
    [InlineData("Help?", Intents.Help)]
    [InlineData("what can you do", Intents.Help)]
    [InlineData("?", Intents.Help)]
    [InlineData("??", Intents.Help)]
    [InlineData("menu", Intents.StartOver)]
    [InlineData("Main menu", Intents.StartOver)]
    [InlineData("start over", Intents.StartOver)]
    public void AWholeMessageCommandScoresOne(string text, string expected)
    {
        var result = Recognizer.Recognize(text);

        Assert.Equal(expected, result.TopIntent);
        Assert.Equal(1.0, result.TopScore);
        Assert.IsType<RecognitionVerdict.Confident>(result.Verdict);
    }

    [Theory]
    [InlineData("the massage didn't help")]
    [InlineData("can you stop the pain")]
    [InlineData("I need help with my sciatica")]
    [InlineData("what's on the menu for back pain")]
    [InlineData("please stop the massage if it hurts")]
    public void ACommandWordInsideASentenceIsNeverACommand(string text)
    {
        Assert.True(Recognizer.Recognize(text).TopScore < 1.0);
    }

    [Fact]
    public void ResultsCarryTheTopFewIntentsRankedWithProbabilities()
    {
        var result = Recognizer.Recognize("my back has been achy since the massage, is that ok?");

        var scores = result.Intents.Values.ToList();
        Assert.InRange(scores.Count, 2, 4);
        Assert.Equal(scores.OrderByDescending(s => s), scores);
        Assert.All(scores, s => Assert.InRange(s, 0.0, 1.0));
        Assert.InRange(scores.Sum(), 0.5, 1.0 + 1e-6);
    }

    [Fact]
    public void TheScoresOverEveryIntentSumToOne()
    {
        var ranked = Recognizer.RankAll("is it safe to have a massage while pregnant");

        Assert.Equal(Intents.All.Count, ranked.Count);
        Assert.Equal(1.0, ranked.Sum(s => s.Score), 3);
        Assert.Equal(Intents.Pregnancy, ranked[0].Label);
    }

    [Fact]
    public void TrainingAgainWithTheSameSeedGivesTheSameScores()
    {
        var utterances = EmbeddedContent.Load<IntentUtteranceFile>("intent-utterances.en-GB.json");
        var recognition = EmbeddedContent.Load<IntentRecognitionFile>("intent-recognition.en-GB.json");
        var retrained = new TrainedRecognizer(utterances, recognition);
        string[] messages = ["how often should I come in", "is this normal after a massage", "purple elephants", "can my partner do it"];

        foreach (var message in messages)
        {
            Assert.Equal(Recognizer.RankAll(message), retrained.RankAll(message));
        }
    }

    [Fact]
    public async Task RecognitionIsThreadSafe()
    {
        string[] messages = ["how often should I come in", "sciatica", "I'm 20 weeks pregnant", "can I book for Tuesday", "bye", "hello"];
        var expected = messages.Select(m => Recognizer.Recognize(m).Intents.ToList()).ToList();

        var results = await Task.WhenAll(Enumerable.Range(0, 200).Select(i => Task.Run(() => (i, Recognizer.Recognize(messages[i % messages.Length])))));

        Assert.All(results, r => Assert.Equal(expected[r.i % messages.Length], r.Item2.Intents.ToList()));
    }

    [Fact]
    public void AVeryLongMessageIsRecognisedWithoutError()
    {
        var text = string.Concat(Enumerable.Repeat("my back is a bit stiff and ", 5000)) + "how often should I have a massage";

        var result = Recognizer.Recognize(text);

        Assert.Equal(text, result.Text);
        Assert.Contains(result.TopIntent, Intents.All);
    }

    [Fact]
    public void TheTraceValueCarriesTextTopIntentAndScores()
    {
        var value = Recognizer.Recognize("sciatica").ToTraceValue();

        Assert.Equal("sciatica", value["text"]!.GetValue<string>());
        Assert.Equal(Intents.Sciatica, value["topIntent"]!.GetValue<string>());
        Assert.InRange(value["intents"]![Intents.Sciatica]!["score"]!.GetValue<double>(), 0.5, 1.0);
    }

    [Fact]
    public void TheTrainingFileHasAtLeastFortyExamplesOfEveryIntent()
    {
        var utterances = EmbeddedContent.Load<IntentUtteranceFile>("intent-utterances.en-GB.json").Utterances;

        Assert.Equal(Intents.All.Order(), utterances.Keys.Order());
        Assert.All(utterances, u => Assert.True(u.Value.Count >= 40, $"{u.Key} has {u.Value.Count} examples"));
        Assert.Equal(Intents.All.Order(), Recognizer.ModelIntents.Order());
    }

    [Fact]
    public void ANameTheModelDoesNotKnowIsRefused()
    {
        var utterances = new IntentUtteranceFile { Version = "test", Utterances = new() { ["frequency"] = ["how often"], ["none"] = ["banana"], ["weather"] = ["rain?"] } };
        var recognition = EmbeddedContent.Load<IntentRecognitionFile>("intent-recognition.en-GB.json");

        var error = Assert.Throws<InvalidOperationException>(() => new TrainedRecognizer(utterances, recognition));

        Assert.Contains("weather", error.Message);
    }
}
