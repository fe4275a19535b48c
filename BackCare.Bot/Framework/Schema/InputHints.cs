namespace BackCare.Bot.Framework.Schema;

/// <summary>Wire values of inputHint (protocol.md §1.2: send the "…Input" forms).</summary>
public static class InputHints
{
    public const string AcceptingInput = "acceptingInput";
    public const string IgnoringInput = "ignoringInput";
    public const string ExpectingInput = "expectingInput";
}
