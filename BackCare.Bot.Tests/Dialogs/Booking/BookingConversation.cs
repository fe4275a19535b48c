using BackCare.Bot.Tests.Support;

namespace BackCare.Bot.Tests.Dialogs.Booking;

/// <summary>The booking conversation's texts as the user sees them, and the moves that reach each of its questions.</summary>
public static class BookingConversation
{
    public const string StartPrompt = "Happy to help you book with One Body LDN. What would you like to do?";
    public static readonly string[] StartButtons = ["Book an assessment online", "Book a massage online", "Ask for a call-back", "Cancel or move an appointment"];

    public const string ConsentPrompt = "To arrange a call-back, I'll send One Body LDN your name";
    public static readonly string[] ConsentButtons = ["Yes, that's OK", "No thanks"];
    public const string NamePrompt = "What name should the team ask for?";
    public const string PhonePrompt = "What's the best UK phone number to call you on?";
    public const string EmailPrompt = "What email address should the team use?";
    public const string TimesPrompt = "When is a good time to contact you?";
    public static readonly string[] TimesButtons = ["Any time", "Weekday mornings", "Weekday afternoons", "Weekday evenings", "Weekends"];
    public const string ReasonPrompt = "What's the call about?";
    public const string SummaryIntro = "Here's your call-back request:";
    public static readonly string[] SummaryButtons = ["Send request", "Change something", "Don't send it"];
    public const string Received = "One Body LDN has received your call-back request. Your reference is **CB-0001**.";
    public const string ScreenPrompt = "Before you book a massage, a quick safety check.";
    public const string ScreenPositive = "a massage isn't the right first step for now";
    public const string Manage = "To cancel or move an appointment, use the link in your booking confirmation, go to https://www.onebodyldn.com/book, or call One Body LDN on 020 0000 0000.";
    public const string GaveUp = "Sorry, I'm having trouble with that, so I've stopped the call-back request and nothing was sent.";
    public const string Menu = "What else can I help you with?";

    /// <summary>From a new conversation to the name question of a call-back request.</summary>
    public static readonly string[] ToName = ["can someone call me back?", "Yes, that's OK"];

    public static readonly string[] ToPhone = [.. ToName, "Sam Taylor"];

    public static readonly string[] ToTimes = [.. ToPhone, "07911 123456"];

    public static readonly string[] ToReason = [.. ToTimes, "Thursday after 5"];

    public static readonly string[] ToSummary = [.. ToReason, "Physiotherapy assessment"];

    public static async Task PlayAsync(ChatClient chat, IEnumerable<string> messages)
    {
        await chat.JoinAsync();
        foreach (var message in messages)
        {
            await chat.SayAsync(message);
        }
    }
}
