using BackCare.Bot.Framework.Schema;

namespace BackCare.Bot.Framework.Turns;

/// <summary>What the HTTP layer answers after a turn: replies for expectReplies, or an invoke response.</summary>
public sealed record TurnOutcome(IReadOnlyList<Activity>? ExpectedReplies, InvokeResponse? InvokeResponse);
