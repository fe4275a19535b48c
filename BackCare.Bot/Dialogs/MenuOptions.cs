namespace BackCare.Bot.Dialogs;

/// <summary>How the menu starts: with a topic already chosen, or asking (again).</summary>
public sealed record MenuOptions(string? Intent = null, bool Again = false);
