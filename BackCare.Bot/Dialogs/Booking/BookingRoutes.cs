namespace BackCare.Bot.Dialogs.Booking;

/// <summary>The values of the booking conversation's buttons: where a choice leads.</summary>
public static class BookingRoutes
{
    public const string OnlineAssessment = "online_assessment";
    public const string OnlineMassage = "online_massage";
    public const string Callback = "callback";
    public const string Manage = "manage";
}

/// <summary>What a call-back is about: the reason's button values, each with its title in booking.en-GB.json.</summary>
public static class CallbackReasons
{
    public const string Assessment = "assessment";
    public const string Massage = "massage";
    public const string Manage = "manage";
    public const string Question = "question";
}

/// <summary>How the booking conversation starts: the message that asked for it (it may already say call-back or cancel).</summary>
public sealed record BookingOptions(string? OpeningText = null);

/// <summary>The booking conversation's progress, carried from question to question (the loop's options).</summary>
public sealed class BookingState
{
    /// <summary>What the next turn of the loop does: one of <see cref="BookingSteps"/>.</summary>
    public string Step { get; set; } = BookingSteps.Start;

    /// <summary>The question asked after an answer (its text key) and the routes it offers.</summary>
    public string? NextPrompt { get; set; }

    public List<string> NextChoices { get; set; } = [];

    /// <summary>What a call-back will be about, when the path so far says (massage screened out: an assessment).</summary>
    public string? Reason { get; set; }

    /// <summary>The massage screen's answer, once asked.</summary>
    public string? Screen { get; set; }
}

/// <summary>The booking loop's steps.</summary>
public static class BookingSteps
{
    public const string Start = "start";
    public const string Screen = "screen";
    public const string Next = "next";
    public const string Callback = "callback";
}
