namespace BackCare.Bot.Content;

/// <summary>The response keys code refers to; ContentCatalogTests checks each one exists.</summary>
public static class ResponseKeys
{
    public const string SayWelcome = "say_welcome";
    public const string SayIntroShort = "say_intro_short";
    public const string AskTopic = "ask_topic";
    public const string AskTopicAgain = "ask_topic_again";
    public const string RetryTopic = "retry_topic";
    public const string SayTopicGaveUp = "say_topic_gave_up";
    public const string AskFollowUp = "ask_follow_up";
    public const string RetryFollowUp = "retry_follow_up";
    public const string SayHelp = "say_help";
    public const string SayCancelled = "say_cancelled";
    public const string SayStartOver = "say_start_over";
    public const string SayGreeting = "say_greeting";
    public const string SayThanks = "say_thanks";
    public const string SayGoodbye = "say_goodbye";
    public const string SayNoMore = "say_no_more";
    public const string SayAcknowledge = "say_acknowledge";
    public const string SayAreYouHuman = "say_are_you_human";
    public const string SayDataDeleted = "say_data_deleted";
    public const string SayDataDeletedWithCallbacks = "say_data_deleted_with_callbacks";
    public const string SayDataDeletedCallbacksSent = "say_data_deleted_callbacks_sent";
    public const string AskTopicAfterClose = "ask_topic_after_close";
    public const string AskDidYouMean = "ask_did_you_mean";
    public const string RetryDidYouMean = "retry_did_you_mean";
    public const string ChoiceSomethingElse = "choice_something_else";
    public const string SayNotUnderstood = "say_not_understood";
    public const string SayError = "say_error";
    public const string SayBooking = "say_booking";
    public const string SayBookingButton = "say_booking_button";
    public const string ChoiceSorenessCheck = "choice_soreness_check";
    public const string ChoiceBooking = "choice_booking";
    public const string ChoiceAnotherQuestion = "choice_another_question";
    public const string FaqIncreasedPain = "faq_increased_pain";
}
