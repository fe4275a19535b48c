namespace BackCare.Bot.Dialogs.Booking;

/// <summary>How a call-back request starts: what it is about when the path so far says, and the massage screen's answer.</summary>
public sealed record CallbackOptions(string? Reason = null, string? Screen = null);

/// <summary>
/// The call-back request being filled in, carried from question to question (the loop's options). It lives only in
/// this conversation's state until the person confirms it; "Cancel", "stop" or "delete my data" drop it.
/// </summary>
public sealed class CallbackForm
{
    public bool Consented { get; set; }

    public string? Name { get; set; }

    /// <summary>E.164.</summary>
    public string? Phone { get; set; }

    public string? Email { get; set; }

    /// <summary>The person chose "Email me instead" at the phone question.</summary>
    public bool PreferEmail { get; set; }

    public string? Times { get; set; }

    /// <summary>One of <see cref="CallbackReasons"/>.</summary>
    public string? Reason { get; set; }

    /// <summary>Whether the person agreed to include the soreness check's summary (null until asked).</summary>
    public bool? ShareSummary { get; set; }

    /// <summary>The massage screen's answer (<see cref="ScreenAnswers"/>), once asked.</summary>
    public string? Screen { get; set; }

    /// <summary>The person chose "Change something" at the summary.</summary>
    public bool Changing { get; set; }

    /// <summary>The field the pending question asks for (<see cref="CallbackFields"/>).</summary>
    public string? Asking { get; set; }

    public bool ScreenedOut => Screen is ScreenAnswers.Yes or ScreenAnswers.Unsure;
}

/// <summary>The call-back form's questions, in the order they are asked.</summary>
public static class CallbackFields
{
    public const string Consent = "consent";
    public const string Name = "name";
    public const string Phone = "phone";
    public const string Email = "email";
    public const string Times = "times";
    public const string Share = "share";
    public const string Reason = "reason";
    public const string Screen = "screen";
    public const string Change = "change";
    public const string Confirm = "confirm";
}
