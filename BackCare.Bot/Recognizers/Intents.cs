namespace BackCare.Bot.Recognizers;

/// <summary>The intent names BackCare's recognizers produce.</summary>
public static class Intents
{
    public const string Frequency = "frequency";
    public const string Sciatica = "sciatica";
    public const string Pregnancy = "pregnancy";
    public const string IncreasedPain = "increased_pain";
    public const string Cure = "cure";
    public const string SelfMassage = "self_massage";
    public const string FindTherapist = "find_therapist";
    public const string SorenessCheck = "soreness_check";
    public const string Booking = "booking";
    public const string Help = "help";
    public const string Cancel = "cancel";
    public const string StartOver = "start_over";
    public const string Greeting = "greeting";
    public const string Thanks = "thanks";
    public const string Goodbye = "goodbye";
    public const string Acknowledge = "acknowledge";
    public const string AreYouHuman = "are_you_human";
    public const string DeleteData = "delete_data";
    public const string None = "none";

    public static readonly IReadOnlyList<string> All =
    [
        Frequency, Sciatica, Pregnancy, IncreasedPain, Cure, SelfMassage, FindTherapist, SorenessCheck, Booking,
        Help, Cancel, StartOver, Greeting, Thanks, Goodbye, Acknowledge, AreYouHuman, DeleteData, None,
    ];

    /// <summary>Intents that open a conversation topic (as opposed to commands and small talk).</summary>
    public static readonly IReadOnlySet<string> Topics = new HashSet<string>(StringComparer.Ordinal)
    {
        Frequency, Sciatica, Pregnancy, IncreasedPain, Cure, SelfMassage, FindTherapist, SorenessCheck, Booking,
    };
}
