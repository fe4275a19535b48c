using BackCare.Bot.Content;
using BackCare.Bot.Framework.Prompts;
using BackCare.Bot.Framework.Schema;
using Microsoft.Extensions.Options;

namespace BackCare.Bot.Dialogs.Booking;

/// <summary>Builds the booking conversation's messages, prompts and buttons from booking.en-GB.json.</summary>
public sealed class BookingActivities(BookingContent content, IOptions<ClinicOptions> clinic)
{
    public BookingContent Content { get; } = content;

    public Activity Message(string key) => Activity.CreateMessage(Content.Get(key), InputHints.AcceptingInput);

    public Activity Prompt(string key) => Activity.CreateMessage(Content.Get(key), InputHints.ExpectingInput);

    public Choice Choice(string value, string titleKey) =>
        new() { Value = value, Title = Content.Get(titleKey), Synonyms = ButtonSynonyms.ForChoice(Content.SynonymsOf(titleKey)) };

    /// <summary>A message with a "Book online" button opening the clinic's booking page (no personal data in the link).</summary>
    public Activity BookOnline(string key)
    {
        var activity = Message(key);
        activity.Attachments =
        [
            new HeroCard { Buttons = [CardAction.OpenUrl(Content.Get(BookingTextKeys.SayBookOnlineButton), clinic.Value.BookingUrl)] }.ToAttachment(),
        ];
        return activity;
    }

    /// <summary>The massage contraindication screen: one question listing the signs; yes or not sure means no massage for now.</summary>
    public PromptOptions MassageScreen() => new()
    {
        Prompt = Prompt(BookingTextKeys.AskMassageScreen),
        RetryPrompt = Prompt(BookingTextKeys.RetryMassageScreen),
        Choices =
        [
            Choice(ScreenAnswers.None, BookingTextKeys.ChoiceScreenNone),
            Choice(ScreenAnswers.Yes, BookingTextKeys.ChoiceScreenYes),
            Choice(ScreenAnswers.Unsure, BookingTextKeys.ChoiceScreenUnsure),
        ],
        MaxAttempts = 3,
        TooManyAttemptsMessage = Message(BookingTextKeys.SayCallbackGaveUp),
    };
}

/// <summary>The values of the massage screen's answers.</summary>
public static class ScreenAnswers
{
    public const string None = "none";
    public const string Yes = "yes";
    public const string Unsure = "unsure";
}
