namespace BackCare.Bot.Triage;

/// <summary>The triage text keys code refers to (triage.en-GB.json "texts"); TriageContentTests checks each one exists.</summary>
public static class TriageTextKeys
{
    public const string AskAfterDisposition = "ask_after_disposition";
    public const string AskConditionsMore = "ask_conditions_more";
    public const string AskConsent = "ask_consent";
    public const string ChoiceBookAfterCheck = "choice_book_after_check";
    public const string ChoiceBookAssessment = "choice_book_assessment";
    public const string ChoiceConsentNo = "choice_consent_no";
    public const string ChoiceConsentYes = "choice_consent_yes";
    public const string ChoiceNo = "choice_no";
    public const string ChoiceUnsure = "choice_unsure";
    public const string ChoiceYes = "choice_yes";
    public const string RetryChoice = "retry_choice";
    public const string RetryConditions = "retry_conditions";
    public const string RetryConfirmRedFlag = "retry_confirm_red_flag";
    public const string RetryConsent = "retry_consent";
    public const string RetrySeverity = "retry_severity";
    public const string RetryYesNo = "retry_yes_no";
    public const string SayAdviceHoldEmergency = "say_advice_hold_emergency";
    public const string SayAdviceHoldUrgent = "say_advice_hold_urgent";
    public const string SayAdviceHoldUrgentPregnant = "say_advice_hold_urgent_pregnant";
    public const string SayAdvicePartingEmergency = "say_advice_parting_emergency";
    public const string SayAdvicePartingUrgent = "say_advice_parting_urgent";
    public const string SayAdvicePartingUrgentPregnant = "say_advice_parting_urgent_pregnant";
    public const string SayAssess = "say_assess";
    public const string SayAssessBooking = "say_assess_booking";
    public const string SayAssessSummaryIntro = "say_assess_summary_intro";
    public const string SayBookingAfterEmergency = "say_booking_after_emergency";
    public const string SayBookingAfterUrgent = "say_booking_after_urgent";
    public const string SayCheckGaveUp = "say_check_gave_up";
    public const string SayCheckStatement = "say_check_statement";
    public const string SayConsentDeclined = "say_consent_declined";
    public const string SayEmergency = "say_emergency";
    public const string SayNormal = "say_normal";
    public const string SayNormalSafetyNet = "say_normal_safety_net";
    public const string SayReasonsIntro = "say_reasons_intro";
    public const string SayRedFlagNotNow = "say_red_flag_not_now";
    public const string SayRedFlagUnansweredEmergency = "say_red_flag_unanswered_emergency";
    public const string SayRedFlagUnansweredUrgent = "say_red_flag_unanswered_urgent";
    public const string SayRedFlagUnansweredUrgentPregnant = "say_red_flag_unanswered_urgent_pregnant";
    public const string SayUrgent = "say_urgent";
    public const string SayUrgentBookingAfterCheck = "say_urgent_booking_after_check";
    public const string SayUrgentPregnant = "say_urgent_pregnant";
    public const string SummaryDispositionAssess = "summary_disposition_assess";
    public const string SummaryRedFlags = "summary_red_flags";
    public const string SummaryRedFlagsNone = "summary_red_flags_none";
    public const string WordAnd = "word_and";
}
