using System.Globalization;

namespace BackCare.Bot.Triage.Understanding;

/// <summary>
/// A concept told by measurements instead of words, from the content's "measurements": "Weight 82.4 kg in January,
/// 74.1 kg this morning" is a weight loss. It is found when the message names what is measured (one of the
/// definition's cue words), gives two or more values in its units, and the last differs from the first by at least
/// the definition's share in its direction. The mention sits on the last value, so its context (a question, a
/// goal, someone else) is read like any phrase's.
/// </summary>
public sealed class MeasuredTrend(MeasurementDefinition definition, string kind)
{
    private readonly HashSet<string> _cues = new(definition.Cues, StringComparer.Ordinal);
    private readonly HashSet<string> _units = new(definition.Units, StringComparer.Ordinal);

    public ConceptMention? Find(IReadOnlyList<Token> tokens)
    {
        if (!tokens.Any(t => _cues.Contains(t.Text)))
        {
            return null;
        }

        var values = new List<(double Value, int Start, int End)>();
        for (var i = 0; i < tokens.Count; i++)
        {
            if (ValueWithUnit(tokens, i) is { } found)
            {
                values.Add((found.Value, i, i + found.Length));
            }
        }

        if (values.Count < 2 || values[0].Value <= 0)
        {
            return null;
        }

        var change = (values[^1].Value - values[0].Value) / values[0].Value;
        var moved = definition.Direction == MeasurementDefinition.Falling ? -change : change;
        var last = values[^1];
        return moved >= definition.MinimumChange
            ? new ConceptMention(definition.Concept, kind, last.Start, last.End, tokens[last.Start].Sentence)
            : null;
    }

    /// <summary>"74 kg" (two tokens) or "74kg" (one), in one of the units.</summary>
    private (double Value, int Length)? ValueWithUnit(IReadOnlyList<Token> tokens, int i)
    {
        var text = tokens[i].Text;
        var digits = text.TakeWhile(char.IsAsciiDigit).Count();
        if (digits == 0 || !double.TryParse(text[..digits], NumberStyles.None, CultureInfo.InvariantCulture, out var value))
        {
            return null;
        }

        if (digits < text.Length)
        {
            return _units.Contains(text[digits..]) ? (value, 1) : null;
        }

        return i + 1 < tokens.Count && _units.Contains(tokens[i + 1].Text) ? (value, 2) : null;
    }
}
