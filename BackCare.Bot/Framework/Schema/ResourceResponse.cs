namespace BackCare.Bot.Framework.Schema;

public sealed record ResourceResponse(string? Id);
