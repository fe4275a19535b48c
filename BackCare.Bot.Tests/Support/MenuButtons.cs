namespace BackCare.Bot.Tests.Support;

/// <summary>The main menu's buttons, in order, as a user sees them.</summary>
public static class MenuButtons
{
    public static readonly string[] All =
    [
        "How often to massage", "Sciatica", "Pregnancy", "Pain got worse after massage", "Can massage cure back pain?",
        "Self-massage risks", "Finding a therapist", "Check my soreness", "Book an assessment",
    ];
}
