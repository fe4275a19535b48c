using System.Text.RegularExpressions;
using BackCare.Bot.Framework.Prompts;

namespace BackCare.Bot.Triage;

/// <summary>
/// Turns what people type into answer codes: a typed answer to one question (buttons, numbers,
/// "yeah", "a bit", "not sure", "none of these"), and the answers a free-text message already
/// gives ("sore since my massage yesterday, getting worse"), so the check can skip those questions.
/// When several choices match, the last listed (the more cautious) wins.
/// </summary>
public sealed class AnswerReader
{
    // The words are content: triage.en-GB.json, "vocabulary".
    private readonly Regex _hedgedYes;
    private readonly Regex _unsure;
    private readonly Regex _notApplicable;
    private readonly Regex _groupYes;
    private readonly HashSet<string> _groupNone;
    private readonly HashSet<string> _groupNegatives;
    private readonly TriageText _text;
    private readonly Dictionary<string, CompiledQuestion> _questions;

    public AnswerReader(TriageFile file, TriageText text)
    {
        _text = text;
        var vocabulary = file.Vocabulary;
        _hedgedYes = Phrases(vocabulary.HedgedYes, "^(?:{0})\\b");
        _unsure = Phrases(vocabulary.Unsure, "\\b(?:{0})\\b");
        _notApplicable = Phrases(vocabulary.NotApplicable, "^(?:{0})$");
        _groupYes = Phrases(vocabulary.GroupYes, "\\b(?:{0})\\b");
        _groupNone = vocabulary.GroupNone.ToHashSet(StringComparer.Ordinal);
        _groupNegatives = vocabulary.GroupNegatives.ToHashSet(StringComparer.Ordinal);
        _questions = file.Questions.ToDictionary(
            q => q.Id,
            q => new CompiledQuestion(
                q,
                q.Choices.Select(c => c.Patterns.Count == 0 ? null : TriagePatterns.Compile(c.Patterns, file.Terms, $"{q.Id}.{c.Value}")).ToList(),
                q.YesPatterns.Count == 0 ? null : TriagePatterns.Compile(q.YesPatterns, file.Terms, $"{q.Id}.yes"),
                q.ValuePatterns.Count == 0 ? null : TriagePatterns.Compile(q.ValuePatterns, file.Terms, $"{q.Id}.value", captures: true)),
            StringComparer.Ordinal);
    }

    /// <summary>
    /// Reads a typed answer to <paramref name="question"/>; <paramref name="titles"/> are the rendered
    /// button titles in choice order. Returns the answer code, or null when it is not an answer.
    /// </summary>
    public string? Read(TriageQuestion question, string? typed, IReadOnlyList<string> titles)
    {
        var text = _text.Fold(typed);
        if (text.Length == 0)
        {
            return null;
        }

        return question.Kind switch
        {
            QuestionKinds.YesNo => ReadYesNo(question, text, titles),
            QuestionKinds.Number => (_questions[question.Id].Value is { } value ? NumberFrom(question, value.Match(text)) : null) ?? ReadNumber(question, typed, text),
            QuestionKinds.Conditions => ReadConditions(question, text, titles),
            _ => ReadChoice(question, text, titles, typedAnswer: true),
        };
    }

    /// <summary>
    /// Reads the answer to a grouped question: <see cref="AnswerCodes.None"/> ("None of these", "no",
    /// "nope none of those"), <see cref="AnswerCodes.Yes"/> ("Yes, one or more", "a bit", "no but…") or
    /// <see cref="AnswerCodes.Unsure"/>; null when it is not an answer. <paramref name="titles"/>: None, Yes, Not sure.
    /// </summary>
    public string? ReadGroup(string? typed, IReadOnlyList<string> titles)
    {
        var text = _text.Fold(typed);
        if (text.Length == 0)
        {
            return null;
        }

        string[] codes = [AnswerCodes.None, AnswerCodes.Yes, AnswerCodes.Unsure];
        for (var i = 0; i < titles.Count && i < codes.Length; i++)
        {
            if (text == _text.Fold(titles[i]))
            {
                return codes[i];
            }
        }

        if (_unsure.IsMatch(text))
        {
            return AnswerCodes.Unsure;
        }

        if (_hedgedYes.IsMatch(text) || _groupYes.IsMatch(text) || ConfirmPrompt.Recognize(text) == true)
        {
            return AnswerCodes.Yes;
        }

        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.All(_groupNone.Contains) && words.Any(_groupNegatives.Contains) ? AnswerCodes.None : null;
    }

    /// <summary>True when the message says the person is pregnant ("I'm 20 weeks pregnant"), read from the "pregnant" question's patterns.</summary>
    public bool SaysPregnant(string? message)
    {
        if (!_questions.TryGetValue("pregnant", out var compiled) || compiled.Yes is not { } yes)
        {
            return false;
        }

        var prepared = _text.Prepare(message);
        return prepared.Clauses.Where((c, i) => !_text.IsPastOrResolved(prepared.Clauses, i))
            .Any(c => yes.Match(c) is { Success: true } m && !_text.IsNegatedAt(c, m.Index));
    }

    /// <summary>The answers a free-text message gives, by question id (never a red-flag screen).</summary>
    public Dictionary<string, string> Extract(string? message)
    {
        var answers = new Dictionary<string, string>(StringComparer.Ordinal);
        var prepared = _text.Prepare(message);
        if (prepared.Clauses.Count == 0)
        {
            return answers;
        }

        foreach (var compiled in _questions.Values)
        {
            var question = compiled.Question;
            string? answer = question.Kind switch
            {
                QuestionKinds.Choice => ChoiceFromClauses(compiled, prepared.Clauses),
                QuestionKinds.Number => compiled.Value is { } value ? NumberFrom(question, value.Match(prepared.Normalized)) : null,
                QuestionKinds.YesNo or QuestionKinds.Fact when compiled.Yes is { } yes =>
                    prepared.Clauses.Where((c, i) => !_text.IsPastOrResolved(prepared.Clauses, i))
                        .Any(c => yes.Match(c) is { Success: true } m && !_text.IsNegatedAt(c, m.Index)) ? AnswerCodes.Yes : null,
                _ => null,
            };
            if (answer is not null)
            {
                answers[question.Id] = answer;
            }
        }

        return answers;
    }

    private string? ReadYesNo(TriageQuestion question, string text, IReadOnlyList<string> titles)
    {
        if (titles.Count > 2 && text == _text.Fold(titles[2]))
        {
            return AnswerCodes.Unsure;
        }

        if (_hedgedYes.IsMatch(text))
        {
            return AnswerCodes.Yes;
        }

        if (_unsure.IsMatch(text))
        {
            return AnswerCodes.Unsure;
        }

        if (_notApplicable.IsMatch(text))
        {
            return AnswerCodes.No;
        }

        if (ConfirmPrompt.Recognize(text) is { } yes)
        {
            return yes ? AnswerCodes.Yes : AnswerCodes.No;
        }

        // "I am pregnant" / "I have" answers: the question's own yes patterns.
        return _questions.TryGetValue(question.Id, out var compiled) && compiled.Yes is { } pattern && pattern.Match(text) is { Success: true } m && !_text.IsNegatedAt(text, m.Index)
            ? AnswerCodes.Yes
            : null;
    }

    private static string? ReadNumber(TriageQuestion question, string? typed, string text)
    {
        var value = NumberPrompt<int>.Recognize(typed) ?? NumberPrompt<int>.Recognize(text);
        return value is { } v && v >= question.Min && v <= question.Max ? v.ToString(System.Globalization.CultureInfo.InvariantCulture) : null;
    }

    private string? ReadChoice(TriageQuestion question, string text, IReadOnlyList<string> titles, bool typedAnswer)
    {
        for (var i = 0; i < question.Choices.Count; i++)
        {
            var choice = question.Choices[i];
            if (text == _text.Fold(choice.Value.Replace('_', ' ')) || (i < titles.Count && text == _text.Fold(titles[i])))
            {
                return choice.Value;
            }
        }

        if (typedAnswer && int.TryParse(text, out var index) && index >= 1 && index <= question.Choices.Count && question.Kind != QuestionKinds.Number)
        {
            return question.Choices[index - 1].Value;
        }

        return ChoiceFromClauses(_questions[question.Id], [text]);
    }

    private string? ReadConditions(TriageQuestion question, string text, IReadOnlyList<string> titles)
    {
        var compiled = _questions[question.Id];
        var found = new List<TriageChoice>();
        for (var i = 0; i < question.Choices.Count; i++)
        {
            var choice = question.Choices[i];
            var byTitle = i < titles.Count && text.Contains(_text.Fold(titles[i]), StringComparison.Ordinal);
            var byPattern = compiled.Choices[i] is { } pattern && pattern.Match(text) is { Success: true } m && (choice.Exclusive || !_text.IsNegatedAt(text, m.Index));
            if (byTitle || byPattern)
            {
                found.Add(choice);
            }
        }

        var specific = found.Where(c => !c.Exclusive).Select(c => c.Value).ToList();
        if (specific.Count > 0)
        {
            return string.Join(",", specific);
        }

        return found.FirstOrDefault(c => c.Exclusive)?.Value ?? (ConfirmPrompt.Recognize(text) == false ? AnswerCodes.None : null);
    }

    private string? ChoiceFromClauses(CompiledQuestion compiled, IReadOnlyList<string> clauses)
    {
        string? answer = null;
        for (var i = 0; i < compiled.Question.Choices.Count; i++)
        {
            if (compiled.Choices[i] is not { } pattern)
            {
                continue;
            }

            for (var c = 0; c < clauses.Count; c++)
            {
                var clause = clauses[c];
                if (clauses.Count > 1 && _text.IsPastOrResolved(clauses, c))
                {
                    continue;
                }

                if (pattern.Match(clause) is { Success: true } m && !_text.IsNegatedAt(clause, m.Index))
                {
                    answer = compiled.Question.Choices[i].Value;
                    break;
                }
            }
        }

        return answer;
    }

    private static string? NumberFrom(TriageQuestion question, Match match) =>
        match.Success && int.TryParse(match.Groups[1].Value, out var value) && value >= question.Min && value <= question.Max
            ? value.ToString(System.Globalization.CultureInfo.InvariantCulture)
            : null;

    private sealed record CompiledQuestion(TriageQuestion Question, List<PatternSet?> Choices, PatternSet? Yes, PatternSet? Value);

    // Folded phrases as one pattern, the longest first; a list with no phrases matches nothing.
    private static Regex Phrases(IReadOnlyCollection<string> phrases, string shape) =>
        new(
            phrases.Count == 0 ? "[^\\s\\S]" : string.Format(System.Globalization.CultureInfo.InvariantCulture, shape, string.Join('|', phrases.OrderByDescending(p => p.Length).Select(Regex.Escape))),
            RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);
}
