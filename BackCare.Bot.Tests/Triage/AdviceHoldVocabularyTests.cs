using BackCare.Bot.Tests.Support;
using BackCare.Bot.Triage;

namespace BackCare.Bot.Tests.Triage;

/// <summary>The advice hold's words (triage.en-GB.json "adviceHold"): what counts as a parting, and what pushes back.</summary>
public sealed class AdviceHoldVocabularyTests
{
    private static TriageContent Content => TriageFixture.Content;

    [Theory]
    [InlineData("thanks")]
    [InlineData("Thank you so much!")]
    [InlineData("ok thanks, bye")]
    [InlineData("cheers")]
    [InlineData("bye")]
    [InlineData("will do")]
    [InlineData("ok, on my way")]
    public void APartingIsAWholeMessageOfThanksOrGoodbye(string message)
    {
        Assert.True(Content.Parting.IsMatch(Content.Text.Fold(message)));
    }

    [Theory]
    [InlineData("ok")]
    [InlineData("thanks but can it wait?")]
    [InlineData("thanks, can I book instead")]
    [InlineData("bye bye pain I hope, can I have the massage")]
    public void APushBackIsNeverAParting(string message)
    {
        Assert.False(Content.Parting.IsMatch(Content.Text.Fold(message)));
    }

    [Theory]
    [InlineData("can it wait until tomorrow?")]
    [InlineData("should I drive myself?")]
    [InlineData("can I do self-massage instead?")]
    [InlineData("ok but can I just ask about sciatica")]
    [InlineData("is it really that serious?")]
    [InlineData("how often should I have a massage?")]
    [InlineData("I'll see my physio next week")]
    [InlineData("Can my massage therapist not just check the leg? She's very experienced")]
    public void AQuestionThatPushesBackIsRecognisedEvenWhenItNamesATopic(string message)
    {
        Assert.True(Content.Pushback.IsMatch(Content.Text.Fold(message)));
    }

    [Theory]
    [InlineData("what about sciatica?")]
    [InlineData("Can massage cure back pain?")]
    [InlineData("Finding a therapist")]
    public void AClearFaqQuestionIsNotAPushBack(string message)
    {
        Assert.False(Content.Pushback.IsMatch(Content.Text.Fold(message)));
    }

    [Fact]
    public void OnlyTheHoldTextsCarryTheReasonsPlaceholder()
    {
        var withReasons = Content.TextKeys.Where(k => Content.Get(k).Contains(TriageContent.ReasonsPlaceholder, StringComparison.Ordinal)).Order().ToList();

        Assert.Equal([TriageTextKeys.SayAdviceHoldEmergency, TriageTextKeys.SayAdviceHoldUrgent, TriageTextKeys.SayAdviceHoldUrgentPregnant], withReasons);
    }
}
