using BackCare.Bot.Framework.Schema;
using BackCare.Bot.Triage;

namespace BackCare.Bot.Tests.Support;

/// <summary>
/// Plays a symptom check turn by turn: reads which question the bot asked (by its approved text),
/// answers it as a person would (a button title or typed words), and stops when no question is left.
/// Answers not given default to those of normal post-massage soreness. A group of signs asked as one
/// question is answered "None of these", or "Yes, one or more" ("Not sure") when an answer (an unsure
/// one) is given for one of its questions, or as given by the group's id.
/// </summary>
public sealed class SymptomCheckPlayer(ChatClient chat)
{
    public static readonly IReadOnlyDictionary<string, string> NormalAnswers = new Dictionary<string, string>
    {
        ["massage_when"] = "Yesterday",
        ["pain_onset"] = "During or within a day",
        ["feel"] = "Dull ache, tender or stiff",
        ["where"] = "Lower back only",
        ["legs"] = "One leg",
        ["severity"] = "4",
        ["trend"] = "Getting better",
        ["pregnant"] = "No",
        ["conditions"] = "None of these",
    };

    private static TriageContent Triage => TriageFixture.Content;

    public const string NoneOfThese = "None of these";
    public const string YesOneOrMore = "Yes, one or more";
    public const string NotSure = "Not sure";

    /// <summary>Question (and group) ids in the order the bot asked them.</summary>
    public List<string> Asked { get; } = [];

    /// <summary>How many messages the player typed or tapped (the opening and consent included).</summary>
    public int MessagesSent { get; private set; }

    /// <summary>Says "Check my soreness" and consents.</summary>
    public async Task StartAsync(string opening = "Check my soreness")
    {
        await chat.JoinAsync();
        await chat.SayAsync(opening);
        Assert.Contains("not a diagnosis", chat.LastText);
        Assert.Equal(["Start the check", "Not now"], chat.LastButtons);
        await chat.SayAsync("Start the check");
        MessagesSent += 2;
    }

    /// <summary>Answers every question asked with <paramref name="answers"/> (by question id), else "No" or the normal answer.</summary>
    public async Task AnswerAllAsync(IReadOnlyDictionary<string, string>? answers = null)
    {
        for (var turn = 0; turn < 40; turn++)
        {
            if (CurrentGroup() is { } group)
            {
                Asked.Add(group.Id);
                await SayAsync(GroupAnswer(group, answers));
                continue;
            }

            var question = CurrentQuestion();
            if (question is null)
            {
                return;
            }

            Asked.Add(question.Id);
            var answer = answers?.GetValueOrDefault(question.Id)
                ?? (question.Kind == QuestionKinds.YesNo && question.Id != "pregnant" ? "No" : NormalAnswers[question.Id]);
            await SayAsync(answer);
        }

        throw new InvalidOperationException("The check did not end within 40 answers.");
    }

    /// <summary>The group of signs the bot's last message asks about as one question, if any.</summary>
    public TriageQuestionGroup? CurrentGroup()
    {
        var last = chat.LastMessages.LastOrDefault()?.Text;
        return last is null ? null : Triage.Groups.FirstOrDefault(g => last.StartsWith(Triage.Get(g.Text) + "\n\n- ", StringComparison.Ordinal));
    }

    private static string GroupAnswer(TriageQuestionGroup group, IReadOnlyDictionary<string, string>? answers)
    {
        if (answers?.GetValueOrDefault(group.Id) is { } given)
        {
            return given;
        }

        var member = group.Questions.Select(id => answers?.GetValueOrDefault(id)).FirstOrDefault(a => a is not null);
        return member is null ? NoneOfThese : member.Equals("not sure", StringComparison.OrdinalIgnoreCase) ? NotSure : YesOneOrMore;
    }

    private async Task SayAsync(string text)
    {
        MessagesSent++;
        await chat.SayAsync(text);
    }

    /// <summary>The question the bot's last message asks, or null when it asked none of them.</summary>
    public TriageQuestion? CurrentQuestion()
    {
        var last = chat.LastMessages.LastOrDefault()?.Text;
        if (last is null)
        {
            return null;
        }

        if (last == Triage.Get("ask_conditions_more"))
        {
            return Triage.Question("conditions");
        }

        return Triage.Questions.FirstOrDefault(q => q.IsAsked && last == Triage.Get(q.Text!));
    }

    public bool Traced(string name) => chat.LastActivities.Any(a => a.IsType(ActivityTypes.Trace) && a.Name == name);

    public System.Text.Json.Nodes.JsonNode? TraceValue(string name) =>
        chat.LastActivities.LastOrDefault(a => a.IsType(ActivityTypes.Trace) && a.Name == name)?.Value;
}
