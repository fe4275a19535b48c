using BackCare.Bot.Content;
using BackCare.Bot.Framework.Prompts;
using BackCare.Bot.Framework.Schema;

namespace BackCare.Bot.Dialogs;

/// <summary>Builds outgoing activities and choices from content keys, so dialogs hold no user-facing text.</summary>
public sealed class ContentActivities(ContentCatalog content, Microsoft.Extensions.Options.IOptions<ClinicOptions> clinic)
{
    public ContentCatalog Content { get; } = content;

    public Activity Message(string key, string? channelId = null) =>
        Activity.CreateMessage(Content.Get(key, channelId), InputHints.AcceptingInput);

    public Activity Prompt(string key, string? channelId = null) =>
        Activity.CreateMessage(Content.Get(key, channelId), InputHints.ExpectingInput);

    /// <summary>A button titled by <paramref name="titleKey"/>; what a person may type for it is the text's "synonyms" in the content, or <paramref name="synonyms"/> (an FAQ topic's own).</summary>
    public Choice Choice(string value, string titleKey, IEnumerable<string>? synonyms = null) =>
        new() { Value = value, Title = Content.Get(titleKey), Synonyms = ButtonSynonyms.ForChoice(synonyms ?? Content.SynonymsOf(titleKey)) };

    /// <summary>The booking answer with a "Book online" button (an openUrl card button works on every channel).</summary>
    public Activity BookingMessage(string key, string? channelId)
    {
        var activity = Message(key, channelId);
        activity.Attachments =
        [
            new HeroCard { Buttons = [CardAction.OpenUrl(Content.Get(ResponseKeys.SayBookingButton), clinic.Value.BookingUrl)] }.ToAttachment(),
        ];
        return activity;
    }
}
