namespace BackCare.Bot.Dialogs;

/// <summary>The values of the follow-up choices offered after an answer.</summary>
public static class FollowUp
{
    public const string AnotherQuestion = "another_question";
}
