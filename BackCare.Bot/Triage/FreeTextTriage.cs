namespace BackCare.Bot.Triage;

/// <summary>
/// What one free-text message alone says about urgency: a plainly mentioned red flag (the safety
/// net), else what the answers it gives decide (assess), else "normal" when it describes the
/// person's soreness, else "none". The symptom check still asks its questions; this reading gives
/// the corpus figures and lets the check skip what the user already said.
/// </summary>
public sealed class FreeTextTriage
{
    private readonly TriageContent _content;
    private readonly PatternSet? _symptom;

    public FreeTextTriage(TriageContent content)
    {
        _content = content;
        _symptom = content.File.SymptomMentions.Count == 0 ? null : TriagePatterns.Compile(content.File.SymptomMentions, content.File.Terms, "symptomMentions");
    }

    public string Classify(string? message)
    {
        var check = _content.Detector.Check(message);
        if (check.IsRedFlag && !check.Ambiguous)
        {
            return check.Urgency;
        }

        var plain = check.WithoutAmbiguous();
        if (plain.IsRedFlag)
        {
            return plain.Urgency;
        }

        var decision = _content.Engine.Decide(_content.Answers.Extract(message));
        if (Dispositions.Rank(decision.Disposition) > Dispositions.Rank(Dispositions.Normal))
        {
            return decision.Disposition;
        }

        return _symptom is not null && _symptom.IsMatch(_content.Text.Fold(message)) ? Dispositions.Normal : Dispositions.None;
    }
}
