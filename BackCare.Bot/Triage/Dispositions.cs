namespace BackCare.Bot.Triage;

/// <summary>The four outcomes of a symptom check, most urgent first, and the safety net's "none".</summary>
public static class Dispositions
{
    public const string Emergency = "emergency";
    public const string Urgent = "urgent";
    public const string Assess = "assess";
    public const string Normal = "normal";
    public const string None = "none";

    /// <summary>Higher is more urgent; unknown values rank lowest.</summary>
    public static int Rank(string? disposition) => disposition switch
    {
        Emergency => 4,
        Urgent => 3,
        Assess => 2,
        Normal => 1,
        _ => 0,
    };

    public static bool IsKnown(string? disposition) => disposition is Emergency or Urgent or Assess or Normal;
}
