namespace BackCare.Bot.Triage;

/// <summary>
/// Computes the disposition from the answers: one pure function over the content file's rules.
/// The most urgent rule that fires wins; every rule firing at that level is reported; with no rule
/// firing the soreness is "normal" (rule <see cref="NoFlagsRuleId"/>). Unknown answers never fire a rule.
/// </summary>
public sealed class TriageEngine
{
    public const string NoFlagsRuleId = "N-NO-FLAGS";

    private readonly TriageFile _file;
    private readonly Dictionary<string, TriageQuestion> _questions;

    public TriageEngine(TriageFile file)
    {
        _file = file;
        _questions = file.Questions.ToDictionary(q => q.Id, StringComparer.Ordinal);
    }

    public TriageDecision Decide(IReadOnlyDictionary<string, string> answers)
    {
        var fired = _file.Rules.Where(rule => Evaluate(rule.When, answers)).ToList();
        if (fired.Count == 0)
        {
            return new TriageDecision(Dispositions.Normal, [NoFlagsRuleId], _file.ContentVersion);
        }

        var top = fired.Max(r => Dispositions.Rank(r.Disposition));
        var winners = fired.Where(r => Dispositions.Rank(r.Disposition) == top).ToList();
        return new TriageDecision(winners[0].Disposition, winners.Select(r => r.Id).ToList(), _file.ContentVersion);
    }

    public bool Evaluate(TriageCondition condition, IReadOnlyDictionary<string, string> answers)
    {
        if (condition.Any is { } any)
        {
            return any.Any(c => Evaluate(c, answers));
        }

        if (condition.All is { } all)
        {
            return all.All(c => Evaluate(c, answers));
        }

        if (condition.Group is { } group)
        {
            return _file.Questions.Where(q => q.Group == group)
                .Any(q => answers.TryGetValue(q.Id, out var a) && (condition.In?.Contains(a) ?? false));
        }

        if (condition.Question is not { } questionId || !answers.TryGetValue(questionId, out var answer))
        {
            return false;
        }

        if (condition.In is { } values && !values.Contains(answer))
        {
            return false;
        }

        if (condition.NotIn is { } excluded && excluded.Contains(answer))
        {
            return false;
        }

        if (condition.Includes is { } code && !answer.Split(',').Contains(code))
        {
            return false;
        }

        if (condition.AtLeast is { } minimum && !(int.TryParse(answer, out var number) && number >= minimum))
        {
            return false;
        }

        if (condition.HoursAboveThreshold is true)
        {
            var hours = _questions.GetValueOrDefault(questionId)?.Choices.FirstOrDefault(c => c.Value == answer)?.Hours;
            return hours is { } h && h > _file.EscalationThresholdHours;
        }

        return true;
    }
}
