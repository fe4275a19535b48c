namespace BackCare.Bot.Channels.DirectLine;

/// <summary>The verdict on a presented token: valid (with what it grants), or why not.</summary>
public sealed record TokenCheck(TokenCheckStatus Status, LocalToken? Token)
{
    public static TokenCheck Missing { get; } = new(TokenCheckStatus.Missing, null);

    public static TokenCheck Invalid { get; } = new(TokenCheckStatus.Invalid, null);

    public static TokenCheck Expired { get; } = new(TokenCheckStatus.Expired, null);
}

public enum TokenCheckStatus
{
    Valid,
    Missing,
    Invalid,
    Expired,
}
