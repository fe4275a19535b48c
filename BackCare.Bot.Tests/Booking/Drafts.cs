using BackCare.Bot.Booking;

namespace BackCare.Bot.Tests.Booking;

/// <summary>Call-back drafts with distinctive personal data, so a leak into logs or the wrong place is easy to spot.</summary>
internal static class Drafts
{
    public const string Name = "Philippa Quarrington";
    public const string Phone = "+447700900461";
    public const string Email = "philippa.q@example.org";
    public const string Times = "Thursday after 5";
    public const string Reason = "Sciatica flare after deep tissue massage";

    public static CallbackRequestDraft Sample() => new(Name, Phone, Email, Times, Reason, "assess");

    /// <summary>Everything personal in <see cref="Sample"/>: none of it may appear in a log.</summary>
    public static string[] PersonalData => [Name, "Quarrington", Phone, "7700900461", Email, Times, Reason, "Sciatica"];
}
