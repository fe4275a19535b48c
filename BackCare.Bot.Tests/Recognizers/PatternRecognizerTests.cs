using BackCare.Bot.Recognizers;

namespace BackCare.Bot.Tests.Recognizers;

public sealed class PatternRecognizerTests
{
    private static readonly PatternRecognizer Recognizer = new();

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
    [InlineData("help", Intents.Help)]
    [InlineData("?", Intents.Help)]
    [InlineData("what can you do", Intents.Help)]
    [InlineData("stop", Intents.Cancel)]
    [InlineData("Cancel.", Intents.Cancel)]
    [InlineData("never mind", Intents.Cancel)]
    [InlineData("start over", Intents.StartOver)]
    [InlineData("Main menu", Intents.StartOver)]
    [InlineData("hi there", Intents.Greeting)]
    [InlineData("Good morning!", Intents.Greeting)]
    [InlineData("thanks so much", Intents.Thanks)]
    [InlineData("banana", Intents.None)]
    [InlineData("", Intents.None)]
    public void RecognisesEverydayWordings(string text, string expected)
    {
        Assert.Equal(expected, Recognizer.Recognize(text).TopIntent);
    }

    [Theory]
    [InlineData("the massage didn't help")]
    [InlineData("can you stop the pain")]
    [InlineData("I need help with my sciatica")]
    [InlineData("what's on the menu for back pain")]
    public void CommandsCountOnlyAsTheWholeMessage(string text)
    {
        var result = Recognizer.Recognize(text);

        Assert.NotEqual(Intents.Help, result.TopIntent);
        Assert.NotEqual(Intents.Cancel, result.TopIntent);
        Assert.NotEqual(Intents.StartOver, result.TopIntent);
    }

    [Fact]
    public void ATopicWinsOverThanksInTheSameMessage()
    {
        Assert.Equal(Intents.Frequency, Recognizer.Recognize("thanks! and how often should I go?").TopIntent);
    }

    [Fact]
    public void TheTraceValueCarriesTextTopIntentAndScores()
    {
        var value = Recognizer.Recognize("sciatica").ToTraceValue();

        Assert.Equal("sciatica", value["text"]!.GetValue<string>());
        Assert.Equal(Intents.Sciatica, value["topIntent"]!.GetValue<string>());
        Assert.Equal(0.9, value["intents"]![Intents.Sciatica]!["score"]!.GetValue<double>());
    }

    [Fact]
    public void AVeryLongMessageIsRecognisedWithoutError()
    {
        var text = string.Concat(Enumerable.Repeat("my back is a bit stiff and ", 5000)) + "how often should I have a massage";

        Assert.Equal(Intents.Frequency, Recognizer.Recognize(text).TopIntent);
    }
}
