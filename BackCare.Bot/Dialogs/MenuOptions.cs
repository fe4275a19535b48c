namespace BackCare.Bot.Dialogs;

/// <summary>
/// How the menu starts: with a topic already chosen, asking (again), after a warm close, or asking
/// "Did you mean …?" with the recognizer's candidate topics.
/// </summary>
public sealed record MenuOptions(string? Intent = null, bool Again = false, bool AfterClose = false, IReadOnlyList<string>? Candidates = null);
