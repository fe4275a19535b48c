namespace BackCare.Bot.Content;

/// <summary>The FAQ topics, loaded once and checked against the responses they name.</summary>
public sealed class FaqCatalog
{
    public FaqCatalog(ContentCatalog content)
        : this(EmbeddedContent.Load<FaqFile>("faq.en-GB.json"), content)
    {
    }

    public FaqCatalog(FaqFile file, ContentCatalog content)
    {
        Topics = file.Topics;
        var missing = Topics
            .SelectMany(t => new[] { t.Choice, t.Clarify?.Prompt, t.Clarify?.Retry }.Concat(t.AnswerKeys)
                .Concat(t.Clarify?.Choices.SelectMany(c => new[] { c.Title, c.Answer }) ?? []))
            .Where(k => k is not null && !content.Contains(k))
            .ToList();
        var unanswered = Topics.Where(t => t.Dialog is null && !t.AnswerKeys.Any() && (t.Clarify is null || t.Clarify.Choices.Count == 0)).Select(t => t.Id).ToList();
        if (missing.Count > 0 || unanswered.Count > 0)
        {
            throw new InvalidOperationException(
                $"faq.en-GB.json is inconsistent: missing response keys [{string.Join(", ", missing)}]; topics without an answer [{string.Join(", ", unanswered)}].");
        }
    }

    public IReadOnlyList<FaqTopic> Topics { get; }

    public FaqTopic? Find(string id) => Topics.FirstOrDefault(t => t.Id == id);
}
