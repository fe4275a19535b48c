namespace BackCare.Bot.Channels.DirectLine;

/// <summary>Whether the local endpoint is on in this process (decided once, at start-up).</summary>
public sealed record LocalDirectLineState(bool Enabled);
